// The batch command: summary table, plain progress lines, --json summary, exit codes, output safety, argument errors,
// and the real binary running its worker threads from dist/.
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BatchSummary } from "../../src/batch/write-batch-summary.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";

const EXAMPLES = path.join(PACKAGE_ROOT, "examples");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-batch-cli-"));
  for (const name of ["web-developer", "drafter", "mismatch-cad-drafter-filed-as-2351"]) {
    await mkdir(path.join(dir, "cases", name), { recursive: true });
    await cp(path.join(EXAMPLES, name, "case.json"), path.join(dir, "cases", name, "case.json"));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("batch", () => {
  it("prints progress lines and a summary table, and exits 0 when every case is consistent", async () => {
    const run = await cli(
      [
        "batch",
        "cases/web-developer/case.json",
        "cases/drafter/case.json",
        "--out",
        "all-good",
        "--format",
        "docx",
        "--jobs",
        "2",
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    const progress = run.stderr.split("\n").filter(Boolean);
    expect(progress.map((line) => line.slice(0, 6))).toEqual(["[1/2] ", "[2/2] "]);
    expect(progress.map((line) => line.slice(6)).sort()).toEqual([
      expect.stringMatching(/^drafter: consistent, \d+\.\d s$/),
      expect.stringMatching(/^web-developer: consistent, \d+\.\d s$/),
    ]);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^case\s+code\s+verdict\s+findings\s+time$/);
    expect(lines.find((l) => l.startsWith("drafter "))).toMatch(
      /^drafter\s+2395\s+consistent\s+1 warning\s+\d+\.\d s$/,
    );
    expect(lines.find((l) => l.startsWith("web-developer "))).toMatch(
      /^web-developer\s+2224\s+consistent\s+1 warning\s+\d+\.\d s$/,
    );
    expect(run.stdout).toContain("2 cases: 2 consistent in ");
    expect(run.stdout).toContain(`Summary: ${path.join("all-good", "batch-summary.json")}`);
    expect((await readdir(path.join(dir, "all-good"))).sort()).toEqual([
      "batch-summary.json",
      "drafter",
      "web-developer",
    ]);
    expect((await readdir(path.join(dir, "all-good", "drafter"))).sort()).toEqual([
      "consistency-report.json",
      "consistency-report.md",
      "contract-duty-annex.docx",
      "filing-checklist-en.docx",
      "filing-checklist-ko.docx",
      "filing-checklist.json",
      "manifest.json",
      "recruitment-reason-statement.docx",
    ]);
  });

  it("prints the summary as JSON and exits 1 when a case stops with findings", async () => {
    const run = await cli(["batch", "cases", "--out", "mixed", "--format", "docx", "--json"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    const summary = JSON.parse(run.stdout) as BatchSummary;
    expect(summary.cases.map((c) => [c.case, c.status, c.packet])).toEqual([
      ["drafter", "consistent", "drafter"],
      ["mismatch-cad-drafter-filed-as-2351", "stopped", null],
      ["web-developer", "consistent", "web-developer"],
    ]);
    expect(summary).toMatchObject({
      exitCode: 1,
      options: { lang: "case", formats: ["docx"], allowOutOfScope: false },
      totals: { cases: 3, consistent: 2, stopped: 1 },
    });
    expect(summary.cases[1]!.bestCode).toBe("2395");
    expect(JSON.parse(await readFile(path.join(dir, "mixed", "batch-summary.json"), "utf8"))).toEqual(summary);
  });

  it("never overwrites without --force, and replaces with it", async () => {
    const before = await stat(path.join(dir, "all-good", "drafter", "manifest.json"));
    const refused = await cli(["batch", "cases/drafter/case.json", "--out", "all-good", "--format", "docx"], {
      cwd: dir,
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("already holds drafter, batch-summary.json; nothing was written.");
    expect(refused.stderr).toContain("--force");
    expect((await stat(path.join(dir, "all-good", "drafter", "manifest.json"))).ino).toBe(before.ino);
    const forced = await cli(
      [
        "batch",
        "cases/drafter/case.json",
        "--out",
        "all-good",
        "--format",
        "docx",
        "--force",
        "--lang",
        "en",
        "--json",
      ],
      { cwd: dir },
    );
    expect(forced.code).toBe(0);
    expect((JSON.parse(forced.stdout) as BatchSummary).options.lang).toBe("en");
    expect((await stat(path.join(dir, "all-good", "drafter", "manifest.json"))).ino).not.toBe(before.ino);
    const names = await readdir(path.join(dir, "all-good"));
    expect(names.filter((n) => n.startsWith("."))).toEqual([]);
  });

  it("exits 2 for bad arguments and for inputs that hold no case", async () => {
    const zero = await cli(["batch", "cases", "--out", "x", "--jobs", "0"], { cwd: dir });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain("--jobs must be a whole number from 1 to 64");
    const format = await cli(["batch", "cases", "--out", "x", "--format", "odt"], { cwd: dir });
    expect(format.code).toBe(2);
    const none = await cli(["batch", "nothing/*.json", "--out", "x"], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('No case files found in "nothing/*.json"');
    const missingOut = await cli(["batch", "cases"], { cwd: dir });
    expect(missingOut.code).toBe(2);
  });

  it("runs from the built binary, where the workers load from dist/", async () => {
    const bin = path.join(PACKAGE_ROOT, "dist", "cli", "main.js");
    const run = await promisify(execFile)(
      process.execPath,
      [bin, "batch", "cases/drafter", "missing.json", "--out", "bin-out", "--format", "docx", "--jobs", "1"],
      { cwd: dir },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect((run as { code?: number }).code).toBe(2);
    expect(run.stdout).toMatch(/^drafter\s+2395\s+consistent/m);
    expect(run.stdout).toMatch(/^missing\s+-\s+invalid \(E_FILE_NOT_FOUND\)/m);
    expect(run.stdout).toContain("missing (missing.json):");
    expect(run.stderr).not.toContain("internal error");
  });
});
