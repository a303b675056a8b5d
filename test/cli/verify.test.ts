// The verify command end to end: exit codes, text and JSON output, the Markdown report, and every bad document giving exit 2.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { makeDocx, makePdf, writeBadDocuments } from "../fixtures/verify/build-fixtures.js";
import * as F from "../fixtures/verify/documents.js";
import { cli } from "../helpers/run-cli.js";
import { buildContract } from "../fixtures/contracts/build-contracts.js";
import { CONTRACTS } from "../fixtures/contracts/corpus.js";

let dir: string;
let bad: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-verify-cli-"));
  await writeFile(path.join(dir, "web.docx"), await makeDocx(F.WEB_CONTRACT_BILINGUAL));
  await writeFile(path.join(dir, "app-rrs.pdf"), await makePdf(F.APP_RRS_EN));
  await writeFile(path.join(dir, "web.md"), F.asText(F.WEB_CONTRACT_EN, true));
  bad = await writeBadDocuments(path.join(dir, "bad"));
  for (const name of ["en-intro-bullets.txt", "en-no-section.txt", "ko-circled.hwpx", "en-shares.txt"]) {
    await writeFile(path.join(dir, name), await buildContract(CONTRACTS.find((c) => c.name === name)!));
  }
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("verify", () => {
  it("exits 1 on a contract whose employer is a kind the code excludes, and qualifies a pass with document warnings", async () => {
    const motel = [
      "Employment Contract",
      "",
      "Employer: Haeundae Blue Motel",
      "",
      "Duties",
      "",
      "1. Check foreign guests in and out at the front desk and settle their bills.",
      "",
      "2. Take, change and confirm room reservations by phone and the booking system.",
      "",
    ].join("\n");
    await writeFile(path.join(dir, "motel.txt"), motel);
    const refused = await cli(["verify", "--code", "3612", "--contract", "motel.txt", "--ui", "ko"], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("motel.txt (고용계약서, 텍스트");
    expect(refused.stdout).toContain('문서에 "Motel" 표현이 있습니다.');
    await writeFile(
      path.join(dir, "mixed.txt"),
      motel.replace("Haeundae Blue Motel", "Seoul Stay, a tourist hotel with two motels"),
    );
    const mixed = await cli(["verify", "--code", "3612", "--contract", "mixed.txt"], { cwd: dir });
    expect(mixed.code).toBe(0);
    expect(mixed.stdout).toContain(
      "OK: every document matches the filed code, but read the 1 warning(s) about the documents above before filing.",
    );
  });

  it("exits 0 when the contract matches the filed code", async () => {
    const run = await cli(["verify", "--code", "2224", "--contract", "web.docx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Verdict: MATCH");
    expect(run.stdout).toContain("web.docx (contract, docx");
    expect(run.stdout).toContain("OK: every document matches the filed code.");
  });

  it("exits 1 and names the code the documents support when they mismatch", async () => {
    const run = await cli(["verify", "--code", "2223", "--contract", "web.docx"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Verdict: MISMATCH. The documents together support 2224 Web developer");
    expect(run.stdout).toMatch(/error\s+verify-document-mismatch \(web\.docx\)/);
    expect(run.stderr).toBe("");
  });

  it("prints the frame lines in Korean with --ui ko, and the same English lines with --ui en", async () => {
    const ko = await cli(["verify", "--code", "2223", "--contract", "web.docx", "--ui", "ko"], { cwd: dir });
    const en = await cli(["verify", "--code", "2223", "--contract", "web.docx", "--ui", "en"], { cwd: dir });
    expect(ko.code).toBe(en.code);
    // The code is printed once, inside the label.
    expect(ko.stdout).toContain("신청 직종: 2223 응용 소프트웨어 개발자\n");
    expect(ko.stdout).toContain("판정: 불일치(MISMATCH). 문서 전체가 2224 웹 개발자 직종을 뒷받침합니다.");
    expect(ko.stdout).toContain("web.docx (고용계약서, docx");
    expect(ko.stdout).toMatch(/ {2}읽은 부분: 담당업무 항목 ".*"; 조항 \d+개 채점/);
    expect(ko.stdout).toMatch(/ {2}판정: 불일치\(mismatch\); 2224 웹 개발자 직종을 뒷받침; 신뢰도 (높음|보통|낮음)\n/);
    expect(ko.stdout).toMatch(/ {2}# {2}문서 표기 +비중 +부합 +최적 +점수 +2223 +조항\n/);
    expect(ko.stdout).toContain("\n점검 결과:\n");
    expect(ko.stdout).toContain("보완 필요: 신청 전에 위의 점검 결과를 고치십시오(종료 코드 1).");
    for (const english of [
      "OK:",
      "2223 = 2223",
      "신뢰도 high",
      "신뢰도 medium",
      "신뢰도 low",
      "Filed code:",
      "Verdict:",
      "read: duty section",
      "as written",
      "Findings:",
      "Fix:",
      "fix the findings",
    ])
      expect(ko.stdout).not.toContain(english);
    expect(en.stdout).toContain("Filed code: 2223 Application software developer");
    expect(en.stdout).not.toContain("2223 = 2223");
    expect(en.stdout).toMatch(/; confidence (high|medium|low)\n/);
    expect(en.stdout).toContain("Verdict: MISMATCH. The documents together support 2224 Web developer (웹 개발자).");
    expect(en.stdout).toContain("NOT OK: fix the findings above before filing (exit 1).");
  });

  it("prints the findings and fixes in Korean with --ui ko, and keeps --json English unless --ui is given", async () => {
    const ko = await cli(["verify", "--code", "2223", "--contract", "web.docx", "--ui", "ko"], { cwd: dir });
    const en = await cli(["verify", "--code", "2223", "--contract", "web.docx", "--ui", "en"], { cwd: dir });
    expect(ko.code).toBe(1);
    expect(ko.stdout).toMatch(
      /오류\s+verify-document-mismatch \(web\.docx\)\n\s+계약서의 업무는 신청 직종 2223 .*가 아니라 2224 웹 개발자 쪽을 가리킵니다\./,
    );
    expect(ko.stdout).toMatch(/조치: .*2224로 신청하십시오/);
    expect(en.stdout).toContain("The contract's duties point to 2224 Web developer");
    expect(en.stdout).not.toContain("쪽을 가리킵니다");
    const json = JSON.parse(
      (await cli(["verify", "--code", "2223", "--contract", "web.docx", "--json"], { cwd: dir })).stdout,
    ) as { findings: { checkId: string; message: string }[] };
    expect(json.findings.find((f) => f.checkId === "verify-document-mismatch")!.message).toMatch(
      /^The contract's duties/,
    );
    const jsonKo = JSON.parse(
      (await cli(["verify", "--code", "2223", "--contract", "web.docx", "--json", "--ui", "ko"], { cwd: dir })).stdout,
    ) as { findings: { checkId: string; message: string }[] };
    expect(jsonKo.findings.find((f) => f.checkId === "verify-document-mismatch")!.message).toMatch(/^계약서의 업무는/);
  });

  it("prints the documented JSON shape", async () => {
    const run = await cli(["verify", "--code", "2224", "--contract", "web.docx", "--rrs", "app-rrs.pdf", "--json"], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as Record<string, unknown> & {
      documents: Record<string, unknown>[];
      findings: { checkId: string }[];
    };
    expect(result).toMatchObject({ verdict: "mismatch", selectedCode: "2224", bestCode: expect.any(String) });
    expect(result.documents.map((d) => [d.path, d.verdict, d.bestCode])).toEqual([
      ["web.docx", "match", "2224"],
      ["app-rrs.pdf", "mismatch", "2223"],
    ]);
    const statement = (result.documents[0]!.statements as Record<string, unknown>[])[0]!;
    expect(Object.keys(statement)).toEqual(
      expect.arrayContaining(["text", "bestCode", "score", "margin", "evidence", "supportsFiledCode"]),
    );
    expect(result.findings.map((f) => f.checkId)).toContain("verify-documents-disagree");
  });

  it("writes the Markdown report in Korean with --ui ko", async () => {
    const run = await cli(
      ["verify", "--code", "2223", "--contract", "web.md", "--report", "report-ko.md", "--ui", "ko"],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    const text = await readFile(path.join(dir, "report-ko.md"), "utf8");
    expect(text).toMatch(/^# E-7 담당업무 검증 보고서\n/);
    expect(text).toContain("- 판정: **불일치(mismatch)**");
    expect(text).toContain("| # | 신청 직종 부합 | 최적 코드 | 점수 | 신청 코드 점수 | 차이 | 조항 | 근거 |");
    expect(text).toMatch(/\| 1 \| 아니오 \| 2224 \|/);
    expect(text).toMatch(/- \*\*오류\(error\)\*\* `verify-document-mismatch` \(web\.md\): .*[가-힣]/u);
    expect(text).toMatch(/직종을 뒷받침 \(신뢰도 (높음|보통|낮음)\)/);
    for (const english of [
      "# E-7 duty verification report",
      "Verdict:",
      "## Findings",
      "Generated by",
      "신뢰도 medium",
    ])
      expect(text).not.toContain(english);
  });

  it("writes a Markdown report, refuses to overwrite it, and replaces it with --force", async () => {
    const report = path.join(dir, "report.md");
    const first = await cli(["verify", "--code", "2223", "--contract", "web.md", "--report", "report.md"], {
      cwd: dir,
    });
    expect(first.code).toBe(1);
    const text = await readFile(report, "utf8");
    expect(text).toContain("# E-7 duty verification report");
    expect(text).toContain("`verify-document-mismatch`");
    expect(text).toMatch(/\| 1 \| no \| 2224 \|/);
    expect((await stat(report)).mode & 0o077).toBe(0);
    await writeFile(report, "keep me");
    const again = await cli(["verify", "--code", "2223", "--contract", "web.md", "--report", "report.md"], {
      cwd: dir,
    });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect(await readFile(report, "utf8")).toBe("keep me");
    const forced = await cli(["verify", "--code", "2223", "--contract", "web.md", "--report", "report.md", "--force"], {
      cwd: dir,
    });
    expect(forced.code).toBe(1);
    expect(await readFile(report, "utf8")).toContain("# E-7 duty verification report");
  });

  it("needs at least one document and a known code", async () => {
    const none = await cli(["verify", "--code", "2224"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("at least one document");
    const unknown = await cli(["verify", "--code", "9999", "--contract", "web.md"], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("9999");
  });

  it("shows control characters and direction overrides in document text as code points, never raw", async () => {
    const hostile =
      "Position: Web\u001b[31m Developer\n\nDuties\n\n1. Develop the web platform \u001b[2J\u001b]0;owned\u0007 front end with React.\n\n2. Build web APIs \u202Efor the database\u202C and operate the web servers.\n";
    await writeFile(path.join(dir, "hostile.txt"), hostile);
    const run = await cli(["verify", "--code", "2224", "--contract", "hostile.txt", "--report", "hostile-report.md"], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('title "Web<U+001B>[31m Developer"');
    expect(run.stdout).toContain("<U+202E>");
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202E]/u);
    const report = await readFile(path.join(dir, "hostile-report.md"), "utf8");
    expect(report).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u202E]/u);
    expect(report).toContain("U+001B");
  });

  it("reports the first unreadable document in argument order", async () => {
    const run = await cli(
      ["verify", "--code", "2224", "--contract", bad["random.docx"]!, "--rrs", bad["encrypted.pdf"]!],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(bad["random.docx"]!);
    expect(run.stderr).not.toContain("encrypted");
  });

  it("verifies the bundled README example: web platform duties filed as 2223", async () => {
    const run = await cli(
      [
        "verify",
        "--code",
        "2223",
        "--contract",
        "examples/verify/contract.txt",
        "--rrs",
        "examples/verify/rrs.md",
        "--json",
      ],
      { cwd: PACKAGE_ROOT },
    );
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { verdict: string; bestCode: string; findings: { checkId: string }[] };
    expect(result.verdict).toBe("mismatch");
    expect(result.bestCode).toBe("2224");
    expect(result.findings.map((f) => f.checkId)).toEqual(
      expect.arrayContaining([
        "verify-document-mismatch",
        "verify-generic-clause",
        "verify-title-trap",
        "verify-documents-support-other-code",
      ]),
    );
  });
});

describe("verify shows what it read", () => {
  it("prints the heading used, each clause with its number as written, and what it skipped and why", async () => {
    const run = await cli(["verify", "--code", "2224", "--contract", "en-intro-bullets.txt"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('read: duty section "Article 3. Job Description"; 4 clauses scored');
    expect(run.stdout).toContain('skipped (intro sentence): "The Employee shall perform the following duties:"');
    expect(run.stdout).toMatch(/\n\s+4\s+-\s+yes\s+2224 .*Test web pages/);
    // The heading, the intro and the working-hours line are never scored rows.
    expect(run.stdout).not.toMatch(
      /(?:yes|no|partly|generic)\s+\S+\s+[\d.]+\s+[\d.]+\s+(?:40 hours|EMPLOYMENT CONTRACT|Article|The Employee)/,
    );
  });

  it("says what it read and skipped in Korean with --ui ko", async () => {
    const read = await cli(["verify", "--code", "2224", "--contract", "en-intro-bullets.txt", "--ui", "ko"], {
      cwd: dir,
    });
    expect(read.stdout).toContain('읽은 부분: 담당업무 항목 "Article 3. Job Description"; 조항 4개 채점');
    expect(read.stdout).toContain('건너뜀 (도입 문장): "The Employee shall perform the following duties:"');
    expect(read.stdout).toContain("통과: 모든 문서가 신청 직종과 일치합니다.");
    const none = await cli(["verify", "--code", "2224", "--contract", "en-no-section.txt", "--ui", "ko"], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stdout).toContain("판정: 근거 부족(UNSUPPORTED). 어느 문서에서도 담당업무 조항을 읽지 못했습니다.");
    expect(none.stdout).toContain("읽은 부분: 담당업무 항목을 찾지 못해 아무것도 채점하지 않았습니다");
    expect(none.stdout).not.toMatch(/read: |skipped \(|NO DUTY SECTION/);
  });

  it("says loudly that no duty section was found and scores nothing, unless --whole-text", async () => {
    const run = await cli(["verify", "--code", "2224", "--contract", "en-no-section.txt"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("read: NO DUTY SECTION FOUND. Nothing in this document was scored");
    expect(run.stdout).toContain("No duty clause was read in any document.");
    expect(run.stdout).toMatch(/error\s+verify-no-duty-section \(en-no-section\.txt\)/);
    expect(run.stdout).not.toContain("statement");
    const whole = await cli(["verify", "--code", "2224", "--contract", "en-no-section.txt", "--whole-text", "--json"], {
      cwd: dir,
    });
    const result = JSON.parse(whole.stdout) as {
      documents: {
        dutySection: { found: boolean; wholeText: boolean; skipped: { text: string; reason: string }[] };
        statements: { text: string }[];
      }[];
    };
    expect(result.documents[0]!.dutySection).toMatchObject({ found: false, wholeText: true });
    expect(result.documents[0]!.dutySection.skipped).toContainEqual({ text: "Offer letter", reason: "heading" });
    expect(result.documents[0]!.statements.map((s) => s.text)).toContain(
      "We are pleased to offer you a position at our company starting next month.",
    );
  });

  it("--json carries each statement's number and share as read, and the skipped lines", async () => {
    const run = await cli(["verify", "--code", "2224", "--contract", "en-shares.txt", "--json"], { cwd: dir });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      documents: {
        dutySection: { heading: string; skipped: unknown[]; outside: number };
        statements: { label?: string; share?: number }[];
      }[];
    };
    expect(result.documents[0]!.dutySection).toMatchObject({ heading: "Duties", skipped: [], outside: 3 });
    expect(result.documents[0]!.statements.map((s) => [s.label, s.share])).toEqual([
      ["1.", 40],
      ["2.", 30],
      ["3.", 20],
      ["4.", 10],
    ]);
  });

  it("the Markdown report carries the same reading", async () => {
    const run = await cli(
      ["verify", "--code", "2224", "--contract", "en-intro-bullets.txt", "--report", "intro-report.md"],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    const report = await readFile(path.join(dir, "intro-report.md"), "utf8");
    expect(report).toContain('- Duty section: "Article 3. Job Description"');
    expect(report).toContain("- Read: 4 clauses scored, 3 paragraphs outside the duty section not read");
    expect(report).toContain("  - Skipped (intro sentence): The Employee shall perform the following duties:");
    expect(report).toMatch(/\| 4 \| yes \| 2224 \|.*\| - Test web pages/);
  });

  it("reads a Hangul .hwpx contract", async () => {
    const run = await cli(["verify", "--code", "2224", "--contract", "ko-circled.hwpx"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("ko-circled.hwpx (contract, hwpx)");
    expect(run.stdout).toContain('read: duty section "제3조 (업무의 내용)"; 4 clauses scored');
    expect(run.stdout).toMatch(/\n\s+1\s+①\s+yes\s+2224/);
  });
});

describe("verify with unreadable documents", () => {
  const cases: readonly [string, RegExp][] = [
    ["empty.docx", /empty/],
    ["empty.txt", /empty/],
    ["random.bin.pdf", /not a PDF/],
    ["random.docx", /not a \.docx/],
    ["random.txt", /not valid UTF-8|binary/],
    ["not-a-zip.docx", /not a \.docx/],
    ["no-document.docx", /not a Word document/],
    ["zip-bomb.docx", /decompress to more than/],
    ["lying-zip-bomb.docx", /damaged/],
    ["truncated.docx", /damaged/],
    ["bad-xml.docx", /damaged/],
    ["truncated.pdf", /truncated or damaged/],
    ["encrypted.pdf", /encrypted.*\n.*unprotected copy/],
    ["image-only.pdf", /no text layer.*\n.*OCR it .*provide the \.docx/],
    ["not-a-pdf.pdf", /not a PDF/],
    ["invalid-utf8.txt", /not valid UTF-8/],
    ["old-word.doc", /old-format Word/],
    ["legacy.hwp", /Hangul \.hwp file, which e7-align cannot read(.|\n)*\.hwpx or \.docx/],
    ["hangul-2010.hwp", /Hangul \.hwp file, which e7-align cannot read/],
    ["directory", /is a folder, not a document/],
    ["missing", /file not found/],
  ];
  for (const [name, message] of cases) {
    it(`${name}: exit 2, a message naming the file, no stack trace, no report`, async () => {
      const report = path.join(dir, `report-${name}.md`);
      const run = await cli(["verify", "--code", "2224", "--contract", bad[name]!, "--report", report], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^error: /);
      expect(run.stderr).toContain(bad[name]!);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
      expect(existsSync(report)).toBe(false);
    });
  }

  it("a bad RRS fails the run even when the contract is fine", async () => {
    const run = await cli(["verify", "--code", "2224", "--contract", "web.md", "--rrs", bad["encrypted.pdf"]!], {
      cwd: dir,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("encrypted");
  });
});
