import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-validate-");

const example = (name: string): string => path.join(PACKAGE_ROOT, "examples", name, "case.json");
const EXAMPLE_TEXT = readFileSync(example("web-developer"), "utf8");

/** Writes `text` to a temporary case file and returns its path. */
function caseFile(text: string): string {
  const file = path.join(tempDir(), "case.json");
  writeFileSync(file, text);
  return file;
}

interface JsonOutput {
  valid: boolean;
  errors: { path: string; line: number; column: number; message: string }[];
  warnings: { path: string; line: number; column: number; message: string }[];
  findings: {
    checkId: string;
    severity: string;
    messageId: string;
    message: string;
    data: Record<string, unknown>;
    path?: string;
    source: string;
    line: number;
    column: number;
  }[];
}

describe("e7-align validate", () => {
  it("should exit 0 and print the occupation for a valid case", async () => {
    const run = await cli(["validate", example("web-developer")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/valid case file for 2224 Web developer/);
    expect(run.stdout).toMatch(/0 errors, 1 warning, 1 info/);
  });

  it("should exit 1 and name the better code when the duties fit another code", async () => {
    const run = await cli(["validate", example("mismatch-web-platform-filed-as-2223")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error \[duties-fit-code\] The duties describe 2224 Web developer, not 2223/);
  });

  it("should print the --json shape for a case with findings", async () => {
    const run = await cli(["validate", example("mismatch-web-platform-filed-as-2223"), "--json"]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOutput;
    expect(Object.keys(out)).toEqual(["valid", "errors", "warnings", "findings"]);
    expect(out.valid).toBe(true);
    expect(out.errors).toEqual([]);
    const finding = out.findings.find((f) => f.checkId === "duties-fit-code")!;
    expect(finding).toMatchObject({
      severity: "error",
      messageId: "mismatch",
      path: "/selectedCode",
      data: { bestCode: "2224" },
    });
    expect(finding.line).toBeGreaterThan(0);
    expect(Object.keys(finding)).toEqual([
      "checkId",
      "severity",
      "messageId",
      "message",
      "data",
      "path",
      "source",
      "line",
      "column",
    ]);
  });

  it("should exit 2 and list every schema error with its position", async () => {
    const file = caseFile(
      EXAMPLE_TEXT.replace('"share": 20', '"share": "40%"').replace('"kind": "first"', '"kind": "new"'),
    );
    const run = await cli(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/case\.json:5:13: error: filing\.kind must be one of/);
    expect(run.stderr).toMatch(
      /case\.json:\d+:18: error: position\.duties\[2\]\.share must be a number from 0 to 100 .*; found "40%"\n/,
    );
    expect(run.stderr).toMatch(/not a valid case file: 2 errors/);
  });

  it("should print schema errors in the --json shape", async () => {
    const file = caseFile(EXAMPLE_TEXT.replace('"share": 20', '"share": "40%"'));
    const run = await cli(["validate", file, "--json"]);
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as JsonOutput;
    expect(out.valid).toBe(false);
    expect(out.findings).toEqual([]);
    expect(out.errors).toHaveLength(1);
    expect(Object.keys(out.errors[0]!)).toEqual(["path", "line", "column", "message"]);
    expect(out.errors[0]).toMatchObject({ path: "/position/duties/2/share", column: 18 });
  });

  it("should report a syntax error with line, column, the line itself and a hint (exit 2)", async () => {
    const file = caseFile('{\n  "selectedCode": "2224",\n}\n');
    const run = await cli(["validate", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/case\.json:3:1: invalid JSON: Unexpected token RBrace found\./);
    expect(run.stderr).toMatch(/3 \| }/);
    expect(run.stderr).toMatch(/Remove the comma at line 2, column 25/);
    expect(run.stderr).not.toMatch(/ {4}at /);
  });

  it("should print a syntax error in the --json shape", async () => {
    const run = await cli(["validate", caseFile("{'a': 1}"), "--json"]);
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as JsonOutput;
    expect(out).toMatchObject({ valid: false, warnings: [], findings: [] });
    expect(out.errors[0]).toMatchObject({ path: "", line: 1, column: 2 });
    expect(out.errors[0]!.message).toMatch(/double quotes/);
  });

  it("should exit 2 for a missing file", async () => {
    const run = await cli(["validate", "no-such-case.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-case\.json: file not found/);
  });

  it("should exit 2 when no case file is named", async () => {
    const run = await cli(["validate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/validate needs a case file/);
  });

  it("should read standard input with --stdin", async () => {
    const run = await cli(["validate", "--stdin", "--json"], { stdin: EXAMPLE_TEXT });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonOutput).valid).toBe(true);
  });

  it("should show a former-edition code as a warning and still check the case", async () => {
    const run = await cli([
      "validate",
      caseFile(EXAMPLE_TEXT.replace('"selectedCode": "2224"', '"selectedCode": "2228"')),
      "--json",
    ]);
    const out = JSON.parse(run.stdout) as JsonOutput;
    expect(run.code).toBe(0);
    expect(out.warnings[0]!.message).toMatch(
      /2228 is not a code in the 2026-09 list; it is the ksco6-list code of Web developer, now 2224/,
    );
  });
});
