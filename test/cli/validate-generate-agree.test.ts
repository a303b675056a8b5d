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
});
