// The one validate pipeline that validate, generate, batch, checklist and serve share: reading, validating and checking a case.
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  blocksGeneration,
  checkCase,
  requireValid,
  validateCaseFile,
  validateCaseJson,
} from "../../src/checks/validate-case-file.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-validate-file-");
const example = path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json");

/** The web-developer example with its fourth duty an interpreter's: valid, but outside 2224's scope. */
function outOfScopeBytes(): Uint8Array {
  const input = JSON.parse(readFileSync(example, "utf8")) as {
    position: { duties: { text: { ko: string; en: string } }[] };
  };
  input.position.duties[3]!.text = {
    ko: "한국어 마케팅 브로슈어와 계약서를 일본어로 번역하고 일본 고객사와의 회의에서 통역",
    en: "Translate Korean marketing brochures and contracts into Japanese and interpret at meetings with Japanese clients",
  };
  return new TextEncoder().encode(JSON.stringify(input, null, 2));
}

describe("validateCaseFile", () => {
  it("reads, loads and validates a case file and resolves its occupation", async () => {
    const result = await validateCaseFile({ file: example, name: "case.json" }, { glyphs: false });
    expect(result.validation.valid).toBe(true);
    expect(requireValid(result).occupation.code).toBe("2224");
    expect(result.bytes).toEqual(new Uint8Array(readFileSync(example)));
  });

  it("words a missing file and a folder the one way, naming the path as typed", async () => {
    const dir = tempDir();
    await expect(validateCaseFile({ file: path.join(dir, "nope.json"), name: "nope.json" })).rejects.toMatchObject({
      code: "E_FILE_NOT_FOUND",
      exitCode: 2,
      message: "nope.json: file not found.",
    });
    mkdirSync(path.join(dir, "folder"));
    await expect(validateCaseFile({ file: path.join(dir, "folder"), name: "folder" })).rejects.toMatchObject({
      code: "E_NOT_FILE",
      message: "folder: is a folder, not a case file.",
    });
  });

  it("throws CaseInvalidError for an invalid case through requireValid", async () => {
    const result = await validateCaseFile(
      { bytes: new TextEncoder().encode('{"schemaVersion": 2}'), name: "bad.json" },
      { glyphs: false },
    );
    expect(result.validation.valid).toBe(false);
    expect(() => requireValid(result)).toThrow(expect.objectContaining({ code: "E_CASE_INVALID" }));
  });
});

describe("checkCase", () => {
  it("reports an out-of-scope duty as a blocking error, and as a warning with allowOutOfScope", async () => {
    const { validation, catalog } = await validateCaseFile(
      { bytes: outOfScopeBytes(), name: "case.json" },
      { glyphs: false },
    );
    const strict = checkCase(validation.case!, validation.occupation!, catalog);
    const scope = strict.findings.filter((f) => f.checkId === "packet-duties-in-scope");
    expect(scope.map((f) => f.severity)).toEqual(["error"]);
    expect(strict.scopeFindings).toEqual(scope);
    expect(scope.filter(blocksGeneration)).toHaveLength(1);
    const allowed = checkCase(validation.case!, validation.occupation!, catalog, { allowOutOfScope: true });
    expect(allowed.findings.filter((f) => f.checkId === "packet-duties-in-scope").map((f) => f.severity)).toEqual([
      "warning",
    ]);
    expect(allowed.caseFindings).toEqual(strict.caseFindings);
  });
  it("judges duty scope the same whichever document language is checked, so validate clean means generate goes on", async () => {
    const input = JSON.parse(readFileSync(example, "utf8")) as {
      position: { duties: { text: { ko: string; en: string } }[] };
    };
    // Only the Korean text of duty 4 reads as another code (2833 advertising).
    input.position.duties[3]!.text.ko = "회사 제품의 광고 캠페인을 기획하고 집행한다";
    const { validation, catalog } = await validateCaseFile(
      { bytes: new TextEncoder().encode(JSON.stringify(input)), name: "case.json" },
      { glyphs: false },
    );
    const scopeOf = (prefer?: "ko" | "en"): string[] =>
      checkCase(validation.case!, validation.occupation!, catalog, prefer ? { prefer } : {})
        .findings.filter((f) => f.checkId === "packet-duties-in-scope")
        .map((f) => `${f.severity} ${f.path} ${f.data.bestCode}`);
    const asValidate = scopeOf();
    expect(asValidate).toEqual(["error /position/duties/3/text 2833"]);
    expect(scopeOf("ko")).toEqual(asValidate);
    expect(scopeOf("en")).toEqual(asValidate);
  });
});

describe("validateCaseJson", () => {
  it("returns validate --json's object and exit code: 2 for JSON that does not parse, 1 for a finding", async () => {
    const broken = await validateCaseJson(
      { bytes: new TextEncoder().encode('{"a":'), name: "broken.json" },
      { ui: "en" },
    );
    expect(broken.exit).toBe(2);
    expect(broken.json).toMatchObject({ valid: false, errors: [{ path: "", line: expect.any(Number) }], findings: [] });
    const scoped = await validateCaseJson({ bytes: outOfScopeBytes(), name: "case.json" }, { ui: "en" });
    expect(scoped.exit).toBe(1);
    expect(
      (scoped.json as { findings: { checkId: string; line: number }[] }).findings.find(
        (f) => f.checkId === "packet-duties-in-scope",
      )?.line,
    ).toBeGreaterThan(0);
  });
});
