// validate runs every check generate runs before writing, so a case that validates with exit 0 is one generate writes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-agree-");

/** The web-developer example with its fourth duty replaced by an interpreter's duty (the whole still reads as 2224). */
function outOfScopeCase(): string {
  const input = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"), "utf8")) as {
    position: { duties: { text: { ko: string; en: string } }[] };
  };
  input.position.duties[3]!.text = {
    ko: "한국어 마케팅 브로슈어와 계약서를 일본어로 번역하고 일본 고객사와의 회의에서 통역",
    en: "Translate Korean marketing brochures and contracts into Japanese and interpret at meetings with Japanese clients",
  };
  const file = path.join(tempDir(), "case.json");
  writeFileSync(file, JSON.stringify(input, null, 2));
  return file;
}

/**
 * The web-developer example with a fourth duty whose text alone is close between 2224 and 2834, and whose clause,
 * as the packet prints it with its products and clients, reads as 2834: validate once passed it and generate's
 * read-back then failed it.
 */
function clauseOutOfScopeCase(): string {
  const input = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"), "utf8")) as {
    position: { duties: unknown[] };
  };
  input.position.duties[3] = {
    text: {
      ko: "고객사에 설문 조사 결과를 보여 주는 웹 페이지를 개발한다",
      en: "Develop web pages that present survey results to clients",
    },
    share: 10,
    products: [
      { ko: "시장조사 보고서", en: "market research reports" },
      { ko: "소비자 설문 조사", en: "consumer surveys" },
      { ko: "여론조사", en: "opinion polls" },
    ],
    clients: [{ ko: "리서치 회사", en: "research agencies" }],
  };
  const file = path.join(tempDir(), "case.json");
  writeFileSync(file, JSON.stringify(input, null, 2));
  return file;
}

describe("validate and generate agree", () => {
  it("a case with one out-of-scope duty fails validate as it stops generate, and --allow-out-of-scope passes both", async () => {
    const file = outOfScopeCase();
    const validate = await cli(["validate", file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/error \[packet-duties-in-scope\] Duty 4 reads as 2914/);
    const stopped = await cli(["generate", file, "--out", path.join(tempDir(), "stopped"), "--format", "docx"]);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain("Nothing was written");

    const allowed = await cli(["validate", file, "--allow-out-of-scope"]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/warning \[packet-duties-in-scope\] Duty 4/);
    const written = await cli([
      "generate",
      file,
      "--out",
      path.join(tempDir(), "written"),
      "--format",
      "docx",
      "--allow-out-of-scope",
    ]);
    expect(written.stdout).toMatch(/^Wrote \d+ files/);
  });

  it("a duty that reads as another code in its Korean text only fails validate and stops generate in every --lang", async () => {
    const input = JSON.parse(
      readFileSync(path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"), "utf8"),
    ) as { position: { duties: { text: { ko: string } }[] } };
    input.position.duties[3]!.text.ko = "회사 제품의 광고 캠페인을 기획하고 집행한다";
    const file = path.join(tempDir(), "case.json");
    writeFileSync(file, JSON.stringify(input, null, 2));
    const validate = await cli(["validate", file, "--ui", "ko"]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/오류 \[packet-duties-in-scope\] 4번 직무\("회사 제품의 광고 캠페인/);
    for (const lang of ["ko", "en", "both"]) {
      const out = path.join(tempDir(), `stopped-${lang}`);
      const stopped = await cli(["generate", file, "--out", out, "--format", "docx", "--lang", lang]);
      expect(stopped.code, lang).toBe(1);
      expect(stopped.stdout, lang).toContain("packet-duties-in-scope");
    }
    expect((await cli(["validate", file, "--allow-out-of-scope"])).code).toBe(0);
    const written = await cli([
      "generate",
      file,
      "--out",
      path.join(tempDir(), "written"),
      "--format",
      "docx",
      "--lang",
      "ko",
      "--allow-out-of-scope",
    ]);
    expect(written.code).toBe(0);
  });

  it("a duty whose printed clause, with its products and clients, reads as another code fails validate as generate stops", async () => {
    const file = clauseOutOfScopeCase();
    const validate = await cli(["validate", file]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(
      /error \[packet-duties-in-scope\] Duty 4, as the contract annex and the RRS will print it with its products and clients \("Develop web pages that present survey results to clients \(market research reports, consumer surveys, opinion polls; research agencies\)"\), reads as 2834 [^\n]*Rewrite the text or the products and clients of duty 4/,
    );
    const ko = await cli(["validate", file, "--ui", "ko"]);
    expect(ko.code).toBe(1);
    expect(ko.stdout).toMatch(
      /오류 \[packet-duties-in-scope\] 4번 직무를 대상 제품·고객 목록과 함께 [^\n]*\("고객사에 설문 조사 결과를 보여 주는 웹 페이지를 개발한다\(시장조사 보고서, 소비자 설문 조사, 여론조사; 리서치 회사\)"\)로 읽으면 2224 웹 개발자가 아니라 2834 [^\n]*4번 직무의 내용이나 대상 제품·고객 목록을 고쳐 쓰고/,
    );
    for (const lang of ["en", "ko", "both"]) {
      const out = path.join(tempDir(), `stopped-${lang}`);
      const stopped = await cli(["generate", file, "--out", out, "--format", "docx", "--lang", lang]);
      expect(stopped.code, lang).toBe(1);
      expect(stopped.stdout, lang).toContain("Nothing was written");
      expect(stopped.stdout, lang).toContain("packet-duties-in-scope: Duty 4, as the contract annex");
    }

    // Kept as written: validate warns, and generate writes it and marks the read-back clauses as kept, not as errors.
    const allowed = await cli(["validate", file, "--allow-out-of-scope"]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/warning \[packet-duties-in-scope\] Duty 4, as the contract annex/);
    const written = await cli([
      "generate",
      file,
      "--out",
      path.join(tempDir(), "written"),
      "--format",
      "docx",
      "--allow-out-of-scope",
    ]);
    expect(written.stdout).toMatch(/^Wrote \d+ files/);
    expect(written.stdout).toMatch(
      /warning packet-duty-clauses-fit: contract-duty-annex\.docx clause 2\.4 is outside 2224 \(reads as 2834\)/,
    );
    expect(written.stdout).not.toMatch(/error packet-duty-clauses-fit/);
  });
});
