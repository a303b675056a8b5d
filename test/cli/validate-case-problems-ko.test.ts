// Under --ui ko the case-file problems themselves (not only the summary line) are Korean, with 오류/경고, and exit the same.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";

let dir: string;

/** English sentences of the case-file problems and the English severity word. */
const ENGLISH = /is still the placeholder|error:|warning:|is missing|must be|is written twice|is not a valid case file/;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-case-problems-ko-"));
  const init = await cli(["--ui", "ko", "init", "--code", "2842", "--out", "case.json"], { cwd: dir });
  expect(init.code).toBe(0);
  const example = await readFile(path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"), "utf8");
  await writeFile(
    path.join(dir, "dup.json"),
    example.replace('"selectedCode": "2224",', '"selectedCode": "2224", "selectedCode": "2224",'),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("case-file problems under --ui ko", () => {
  it("validate: prints every problem of a fresh init case in Korean with 오류, and exits as in English", async () => {
    const ko = await cli(["--ui", "ko", "validate", "case.json"], { cwd: dir });
    const en = await cli(["--ui", "en", "validate", "case.json"], { cwd: dir });
    expect(ko.code).toBe(2);
    expect(ko.code).toBe(en.code);
    const koLines = ko.stderr.trimEnd().split("\n");
    const enLines = en.stderr.trimEnd().split("\n");
    expect(koLines.length).toBe(enLines.length);
    expect(koLines.length).toBeGreaterThan(50);
    expect(ko.stderr.replace(/"[^"]*"/g, "")).not.toMatch(ENGLISH);
    expect(koLines[0]).toMatch(
      /^case\.json:\d+:\d+: 오류: filing\.plannedFilingDate에 아직 자리표시 "<YYYY-MM-DD planned filing date>"가 그대로 있습니다\. 실제 값으로 바꾸십시오\.$/,
    );
    // Each line keeps the position of its English twin.
    for (const [i, line] of koLines.slice(0, -1).entries()) expect(line.split(" ")[0]).toBe(enLines[i]!.split(" ")[0]);
    expect(enLines[0]).toMatch(/^case\.json:\d+:\d+: error: filing\.plannedFilingDate is still the placeholder /);
  });

  it("validate --json --ui ko: the problems' messages are Korean", async () => {
    const ko = await cli(["--ui", "ko", "validate", "--json", "dup.json"], { cwd: dir });
    expect(ko.code).toBe(2);
    const json = JSON.parse(ko.stdout) as { errors: { message: string; line: number; column: number }[] };
    expect(json.errors).toHaveLength(1);
    const [e] = json.errors;
    expect(e!.message).toBe(
      `selectedCode가 두 번 적혀 있습니다(처음은 ${e!.line}행). 하나만 남기십시오. (${e!.line}행 ${e!.column}열)`,
    );
  });

  it("generate: stops on the bad case in Korean with 오류, exit 2 as in English", async () => {
    const ko = await cli(["--ui", "ko", "generate", "case.json", "--out", "out-ko"], { cwd: dir });
    const en = await cli(["--ui", "en", "generate", "case.json", "--out", "out-en"], { cwd: dir });
    expect(ko.code).toBe(2);
    expect(ko.code).toBe(en.code);
    expect(ko.stderr).toMatch(/^오류: \S*case\.json: 유효한 신청 건 정보 파일이 아닙니다\(오류 \d+건\)\.\n/);
    expect(ko.stderr).toContain("  filing.plannedFilingDate에 아직 자리표시 ");
    expect(ko.stderr.replace(/"[^"]*"/g, "")).not.toMatch(ENGLISH);
    expect(en.stderr).toMatch(/^error: \S*case\.json is not a valid case file/);
  });

  it("batch: lists the bad case's problems in Korean", async () => {
    const ko = await cli(["--ui", "ko", "batch", "dup.json", "--out", "batch-ko", "--jobs", "1", "--format", "docx"], {
      cwd: dir,
    });
    expect(ko.code).toBe(2);
    expect(ko.stdout).toMatch(
      /dup\.json: 유효한 신청 건 정보 파일이 아닙니다\(오류 1건\)\.\n {2}selectedCode가 두 번 적혀 있습니다/,
    );
    expect(ko.stdout).not.toMatch(ENGLISH);
  });
});
