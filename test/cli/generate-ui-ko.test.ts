// generate's frame lines (what was written, the verdict, the findings, the next steps) follow --ui like its messages.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { readDocument } from "../../src/readers/read-document.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-cli-generate-ko-");

const example = (name: string): string => path.join(PACKAGE_ROOT, "examples", name, "case.json");

describe("generate --ui ko", () => {
  const parent = tempDir();

  it("prints the written files, the verdict, the findings and the next steps in Korean", async () => {
    const out = path.join(parent, "ko");
    const run = await cli(["generate", example("web-developer"), "--out", out, "--format", "docx", "--ui", "ko"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^.*에 파일 \d+개를 썼습니다:\n/);
    expect(run.stdout).toContain("일치: 모든 문서에 신청 직종 2224 코드가 적혀 있고");
    expect(run.stdout).toMatch(/\n {2}경고 minimum-wage: 계약 기간이/);
    expect(run.stdout).toMatch(/\n보고서: .*consistency-report\.md\n다음 단계:\n {2}1\. 서류 점검표를 읽으십시오: /);
    expect(run.stdout).toMatch(
      /\n {2}4\. \d{4}\. \d{1,2}\. \d{1,2}\.까지 신청하십시오\. 신청 종류: 사증발급인정신청, 서식: 사증발급인정신청서 /,
    );
    for (const english of ["Wrote ", "Consistent:", "warning ", "Report:", "Next steps:", "Read the filing", "File: "])
      expect(run.stdout).not.toContain(english);
    // The Markdown report of the packet is Korean too: headings, verdict, table headers and the findings.
    const report = readFileSync(path.join(out, "consistency-report.md"), "utf8");
    expect(report).toMatch(/^# 일관성 보고서: 2224 웹 개발자/);
    expect(report).toContain("**판정: 일치.**");
    expect(report).toContain("| 파일 | 담당업무 항목 | 최적 코드 | 차이 | 판정 |");
    expect(report).toMatch(/- \*\*경고\*\* `minimum-wage`: 계약 기간이/);
    expect(report).not.toContain("## Duties");
  });

  it("writes the Korean report of a Korean packet without English words: kinds, sources, check texts", async () => {
    {
      const name = "korean-game-client-developer";
      const out = path.join(parent, `latin-${name}`);
      const run = await cli(["generate", example(name), "--out", out, "--format", "docx", "--ui", "ko"]);
      expect(run.code).toBe(0);
      const report = readFileSync(path.join(out, "consistency-report.md"), "utf8");
      expect(report).toContain("| packet-same-code | 통과 | 모든 서류에 신청 직종코드가 적혀 있고");
      expect(report).toMatch(/~ (핵심어|수행 직무|직무 범위) \(\d{4}\)/);
      expect(report).toContain("contract-duty-annex.docx (직무 내용 부속서) |");
      // Left: file names and formats, check ids, the case's own words in quotes, the tool's name and the hash label.
      const rest = report
        .replace(/"[^"]*"/g, "")
        .replace(/`[^`]*`/g, "")
        .replace(/\b[\w-]+\.(docx|pdf|json|md)\b/g, "")
        .replace(/\| (packet|duties)-[a-z-]+ \|/g, "|")
        .replace(/e7-align|SHA-256 [0-9a-f]+|\.docx|PDF/g, "");
      expect(rest.match(/[A-Za-z]{2,}/g) ?? [], name).toEqual([]);
    }
    // The redline of a reapplication names each row's language in Korean.
    const out = path.join(parent, "latin-reapplication");
    const args = ["generate", example("reapplication-after-code-mismatch"), "--out", out, "--format", "docx"];
    expect((await cli([...args, "--lang", "ko", "--ui", "ko"])).code).toBe(0);
    const report = readFileSync(path.join(out, "consistency-report.md"), "utf8");
    expect(report).toMatch(/\n\| contract-duty-annex-redline\.docx \| 한국어 \| 2\.1 \|/);
    expect(report).toContain("reapplication-cover-letter.docx (재신청 사유서) |");
    expect(report).not.toMatch(/\| (ko|en) \|/);
  });

  it("keeps the packet's Markdown report in English without --ui, whatever the locale", async () => {
    const out = path.join(parent, "default");
    const saved = process.env.LANG;
    process.env.LANG = "ko_KR.UTF-8";
    let run: Awaited<ReturnType<typeof cli>>;
    try {
      run = await cli(["generate", example("web-developer"), "--out", out, "--format", "docx"]);
    } finally {
      if (saved === undefined) delete process.env.LANG;
      else process.env.LANG = saved;
    }
    expect(run.code).toBe(0);
    // The locale makes the printed lines Korean; the packet's files stay the same.
    expect(run.stdout).toContain("일치: 모든 문서에");
    const report = readFileSync(path.join(out, "consistency-report.md"), "utf8");
    expect(report).toMatch(/^# Consistency report: 2224 Web developer/);
    expect(report).toContain("**Verdict: consistent.**");
  });

  it("names the cover letter in the next steps by the title printed on it", async () => {
    const out = path.join(parent, "reapplication");
    const run = await cli([
      "generate",
      example("reapplication-after-code-mismatch"),
      "--out",
      out,
      "--format",
      "docx",
      "--ui",
      "ko",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("고용계약서, 직무 내용 부속서, 고용사유서, 재신청 사유서에 서명·날인하고");
    expect(run.stdout).not.toContain("소명서");
  });

  it("names the duty annex, the contract and the code one way in every Korean file of a packet and in the report", async () => {
    const out = path.join(parent, "names");
    const run = await cli([
      "generate",
      example("reapplication-after-code-mismatch"),
      "--out",
      out,
      "--lang",
      "ko",
      "--ui",
      "ko",
    ]);
    expect(run.stdout).toContain("에 파일");
    const files = readdirSync(out).filter((f) => /\.(docx|pdf|md)$/.test(f));
    expect(files.filter((f) => f.endsWith(".pdf"))).toHaveLength(4);
    const texts = await Promise.all(
      files.map(async (f) =>
        f.endsWith(".md") ? readFileSync(path.join(out, f), "utf8") : (await readDocument(path.join(out, f))).text,
      ),
    );
    const all = texts.join("\n").replace(/\s+/g, " ");
    // Each name is looked for where it is printed: the checklist's row, the RRS heading, the cover letter, the report.
    expect(all).toContain("고용계약서 직무 내용 부속서");
    expect(all).toContain("담당 업무(고용계약서 직무 내용 부속서 제2조)");
    expect(all).toContain("변경된 고용계약서 직무 내용 부속서의 업무는");
    expect(all).toContain("직종코드 2224");
    // What is left of 부속서 after the full name, its short form, the annex's printed title and its own "이 부속서": nothing.
    const rest = all
      .replace(/직무 내용\(고용계약서 부속서\)/g, "")
      .replace(/(고용계약서 )?직무 내용 부속서/g, "")
      .replace(/이 부속서/g, "");
    expect(rest.match(/.{0,12}부속서.{0,6}/g) ?? []).toEqual([]);
    expect(all).not.toContain("근로계약서");
    expect(all).not.toContain("직종 코드");
  });

  it("says in Korean that nothing was written for a case with errors, and keeps English with --ui en", async () => {
    const mismatch = example("mismatch-web-platform-filed-as-2223");
    const ko = await cli(["generate", mismatch, "--out", path.join(parent, "stopped"), "--ui", "ko"]);
    expect(ko.code).toBe(1);
    expect(ko.stdout).toMatch(
      /^아무것도 쓰지 않았습니다: 신청 건 정보 파일에 먼저 고칠 오류가 \d+건 있습니다\.\n {2}오류 /,
    );
    expect(ko.stdout).toContain("작성된 업무는 2223 직종이 아니라 2224 직종으로 읽힙니다.");
    expect(ko.stdout).not.toContain("Nothing was written");
    const en = await cli(["generate", mismatch, "--out", path.join(parent, "stopped"), "--ui", "en"]);
    expect(en.stdout).toMatch(/^Nothing was written: the case has \d+ errors? to fix first\.\n {2}error /);
    expect(en.stdout).toContain("The duties as written read as 2224, not 2223.");
    expect(existsSync(path.join(parent, "stopped"))).toBe(false);
  });
});
