// The batch runner on worker threads: one packet folder per case, bad cases reported without stopping the others,
// the summary file, the exit code, and no overwriting without force.
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectCases } from "../../src/batch/collect-cases.js";
import { generateCase } from "../../src/batch/generate-case.js";
import { batchExitCode, runBatch, workerFile } from "../../src/batch/run-batch.js";
import type { BatchCaseOptions } from "../../src/batch/types.js";
import type { BatchSummary } from "../../src/batch/write-batch-summary.js";
import { E7Error } from "../../src/errors.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const EXAMPLES = path.join(PACKAGE_ROOT, "examples");
const OPTIONS: BatchCaseOptions = { formats: ["docx", "pdf"], force: false, allowOutOfScope: false };

let dir: string;
let summary: BatchSummary;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-batch-run-"));
  await mkdir(path.join(dir, "cases"));
  await cp(path.join(EXAMPLES, "web-developer", "case.json"), path.join(dir, "cases", "web-developer.json"));
  await cp(
    path.join(EXAMPLES, "mismatch-web-platform-filed-as-2223", "case.json"),
    path.join(dir, "cases", "mismatch.json"),
  );
  await writeFile(path.join(dir, "cases", "broken.json"), '{ "position": ');
  const { cases } = await collectCases(["cases"], { cwd: dir });
  summary = await runBatch({ cases, outDir: path.join(dir, "out"), jobs: 2, caseOptions: OPTIONS, cwd: dir });
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("runBatch", () => {
  it("counts the case's warnings in the summary, since they are to be read before filing", () => {
    const web = summary.cases.find((c) => c.case.includes("web-developer"));
    expect(web?.findings.map((f) => [f.checkId, f.severity])).toContainEqual(["minimum-wage", "warning"]);
  });

  it("runs from the compiled worker", () => {
    expect(workerFile()).toBe(path.join(PACKAGE_ROOT, "dist", "batch", "batch-worker.js"));
  });

  it("reports every case, in input order, with its own status", () => {
    expect(summary.cases.map((c) => [c.case, c.status, c.selectedCode, c.bestCode])).toEqual([
      ["broken", "invalid", null, null],
      ["mismatch", "stopped", "2223", "2224"],
      ["web-developer", "consistent", "2224", "2224"],
    ]);
    expect(summary.totals).toEqual({ cases: 3, consistent: 1, inconsistent: 0, stopped: 1, invalid: 1, error: 0 });
    expect(summary.exitCode).toBe(2);
    expect(summary.jobs).toBe(2);
  });

  it("keeps the reason of each failed case: the input error and the blocking findings", () => {
    const broken = summary.cases.find((c) => c.case === "broken")!;
    expect(broken.error?.code).toMatch(/^E_/);
    expect(broken.file).toBe(path.join("cases", "broken.json"));
    const mismatch = summary.cases.find((c) => c.case === "mismatch")!;
    expect(mismatch.findings.map((f) => f.checkId)).toContain("duties-fit-code");
    expect(mismatch.findings.every((f) => f.severity === "error")).toBe(true);
  });

  it("writes a complete packet folder only for the case that produced one, and nothing half-written", async () => {
    const out = path.join(dir, "out");
    expect((await readdir(out)).sort()).toEqual(["batch-summary.json", "web-developer"]);
    const packet = await readdir(path.join(out, "web-developer"));
    expect(packet).toEqual(
      expect.arrayContaining([
        "contract-duty-annex.docx",
        "contract-duty-annex.pdf",
        "consistency-report.json",
        "manifest.json",
      ]),
    );
    expect(summary.cases.find((c) => c.case === "web-developer")!.packet).toBe("web-developer");
  });

  it("writes batch-summary.json with the same content it returns", async () => {
    const written = JSON.parse(await readFile(path.join(dir, "out", "batch-summary.json"), "utf8")) as BatchSummary;
    expect(written).toEqual(summary);
    expect(written.peakRssMb).toBeGreaterThan(0);
    // It quotes duties and names, so it is owner-only like the packets.
    expect((await stat(path.join(dir, "out", "batch-summary.json"))).mode & 0o777).toBe(0o600);
  });

  it("refuses to overwrite an existing packet folder or summary without force, before running anything", async () => {
    const { cases } = await collectCases(["cases/web-developer.json"], { cwd: dir });
    const error = await runBatch({ cases, outDir: path.join(dir, "out"), jobs: 1, caseOptions: OPTIONS }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(E7Error);
    expect((error as E7Error).code).toBe("E_OUT_EXISTS");
    expect((error as E7Error).message).toContain("web-developer, batch-summary.json");
  });

  it("refuses an output path that is a file", async () => {
    await writeFile(path.join(dir, "file-out"), "x");
    const { cases } = await collectCases(["cases/broken.json"], { cwd: dir });
    const error = await runBatch({ cases, outDir: path.join(dir, "file-out"), jobs: 1, caseOptions: OPTIONS }).catch(
      (e: unknown) => e,
    );
    expect((error as E7Error).code).toBe("E_OUT_NOT_FOLDER");
  });
});

describe("generateCase", () => {
  it("turns an unreadable case into an invalid outcome instead of throwing", async () => {
    const outcome = await generateCase(
      { casePath: path.join(dir, "nope.json"), name: "nope" },
      path.join(dir, "gen"),
      OPTIONS,
    );
    expect(outcome).toMatchObject({
      name: "nope",
      status: "invalid",
      findings: [],
      error: { code: "E_FILE_NOT_FOUND" },
    });
    expect(existsSync(path.join(dir, "gen", "nope"))).toBe(false);
  });
});

describe("batchExitCode", () => {
  it("ranks a bug over bad input over findings over all consistent", () => {
    expect(batchExitCode(["consistent", "consistent"])).toBe(0);
    expect(batchExitCode(["consistent", "inconsistent"])).toBe(1);
    expect(batchExitCode(["stopped", "consistent"])).toBe(1);
    expect(batchExitCode(["stopped", "invalid"])).toBe(2);
    expect(batchExitCode(["invalid", "error"])).toBe(3);
    expect(batchExitCode([])).toBe(0);
    expect(batchExitCode(["consistent", "consistent"], true)).toBe(1);
  });
});
