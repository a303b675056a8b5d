import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-migrate-");
const V1 = path.join(PACKAGE_ROOT, "test", "fixtures", "case-v1", "web-developer.json");

/** A temp folder holding a copy of the version-1 case as case.json. */
function withV1(): { dir: string; original: Buffer } {
  const dir = tempDir();
  copyFileSync(V1, path.join(dir, "case.json"));
  return { dir, original: readFileSync(V1) };
}

describe("e7-align migrate", () => {
  it("should write the version-2 case to --out, list what needs the other language and leave the input alone", async () => {
    const { dir, original } = withV1();
    const run = await cli(["migrate", "case.json", "--out", "case.v2.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/case\.v2\.json: upgraded to case schema version 2/);
    expect(run.stdout).toMatch(/19 texts need another language/);
    expect(run.stdout).toMatch(
      /case\.json:\d+:\d+: position\.duties\[0\]\.text: written in English; add "ko" \(Korean\)/,
    );
    expect(readFileSync(path.join(dir, "case.json"))).toEqual(original);
    const written = JSON.parse(readFileSync(path.join(dir, "case.v2.json"), "utf8")) as {
      schemaVersion: number;
      filing: { immigrationOffice: string };
    };
    expect(written.schemaVersion).toBe(2);
    expect(written.filing.immigrationOffice).toBe("seoul-southern");
    // The upgraded file is a version-2 case: validate now names the missing Korean texts, not the version.
    const check = await cli(["validate", "case.v2.json"], { cwd: dir });
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(
      /case\.v2\.json:\d+:\d+: error: position\.duties\[0\]\.text has no Korean \(ko\) text/,
    );
    expect(check.stderr).not.toMatch(/version-1/);
  });

  it("should print the case when no --out is given, with the report on standard error", async () => {
    const { dir, original } = withV1();
    const run = await cli(["migrate", "case.json"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).schemaVersion).toBe(2);
    expect(run.stderr).toMatch(/19 texts need another language/);
    expect(readFileSync(path.join(dir, "case.json"))).toEqual(original);
  });

  it("should never overwrite an existing file or the input through --out", async () => {
    const { dir, original } = withV1();
    writeFileSync(path.join(dir, "taken.json"), "keep me");
    const taken = await cli(["migrate", "case.json", "--out", "taken.json"], { cwd: dir });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/taken\.json: already exists; migrate never overwrites a file/);
    expect(readFileSync(path.join(dir, "taken.json"), "utf8")).toBe("keep me");
    const self = await cli(["migrate", "case.json", "--out", "./case.json"], { cwd: dir });
    expect(self.code).toBe(2);
    expect(self.stderr).toMatch(/--in-place/);
    expect(readFileSync(path.join(dir, "case.json"))).toEqual(original);
  });

  it("should replace the input only with --in-place, keeping the original as a backup", async () => {
    const { dir, original } = withV1();
    const run = await cli(["migrate", "case.json", "--in-place"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, "case.json.v1.bak"))).toEqual(original);
    expect(JSON.parse(readFileSync(path.join(dir, "case.json"), "utf8")).schemaVersion).toBe(2);
    // A second run finds a version-2 case and changes nothing.
    const again = await cli(["migrate", "case.json", "--in-place"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already schema version 2/);
    expect(readFileSync(path.join(dir, "case.json.v1.bak"))).toEqual(original);
  });

  it("should exit 2 for a missing file", async () => {
    const run = await cli(["migrate", "nowhere.json"], { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nowhere\.json: file not found/);
  });
});

describe("e7-align validate on a version-1 case", () => {
  it("should exit 2 and explain how to upgrade it", async () => {
    const { dir } = withV1();
    const run = await cli(["validate", "case.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /case\.json is a version-1 case file .*e7-align migrate case\.json --out case\.v2\.json/,
    );
    expect(existsSync(path.join(dir, "case.v2.json"))).toBe(false);
  });
});
