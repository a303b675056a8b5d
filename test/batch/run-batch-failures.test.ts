// The batch pool when a worker misbehaves: a worker that exits, dies of an error, runs past the time limit or past its
// memory limit is reported for that case only, is replaced, the other cases still complete, and the exit code says a
// case failed. A stand-in worker (fixtures/misbehaving-worker.mjs) misbehaves by case name; the limits are shortened.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBatch, type BatchLimits } from "../../src/batch/run-batch.js";
import type { BatchCaseOptions, CaseOutcome } from "../../src/batch/types.js";
import type { BatchSummary } from "../../src/batch/write-batch-summary.js";

const WORKER = fileURLToPath(new URL("./fixtures/misbehaving-worker.mjs", import.meta.url));
const OPTIONS: BatchCaseOptions = { formats: ["docx"], force: false, allowOutOfScope: false };

let dir: string;

/** Runs the stand-in worker over cases named for how it should behave; `finished` collects names in finishing order. */
function runStandIn(
  folder: string,
  names: readonly string[],
  jobs: number,
  limits: Partial<BatchLimits>,
  finished: string[] = [],
): Promise<BatchSummary> {
  return runBatch({
    cases: names.map((name) => ({ casePath: path.join(dir, `${name}.json`), name })),
    outDir: path.join(dir, folder),
    jobs,
    caseOptions: OPTIONS,
    limits,
    workerFile: WORKER,
    onCaseDone: (outcome) => finished.push(outcome.name),
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-batch-failures-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("runBatch with workers that fail", () => {
  let summary: BatchSummary;
  const finished: string[] = [];

  beforeAll(async () => {
    // One worker: every later case can only complete if each failed worker was replaced. The limit leaves room for a
    // replacement thread to start on a loaded 2-core machine (1 s timed out ok-3 with two test files running).
    summary = await runStandIn(
      "one-worker",
      ["crash-1", "ok-1", "throw-1", "ok-2", "hang-1", "ok-3"],
      1,
      { caseTimeoutMs: 5000 },
      finished,
    );
  }, 60_000);

  it("reports each failed case with its own error and completes the others", () => {
    expect(summary.cases.map((c) => [c.case, c.status, c.error?.code ?? null])).toEqual([
      ["crash-1", "error", "E_INTERNAL"],
      ["ok-1", "consistent", null],
      ["throw-1", "error", "E_INTERNAL"],
      ["ok-2", "consistent", null],
      ["hang-1", "error", "E_CASE_TIMEOUT"],
      ["ok-3", "consistent", null],
    ]);
    expect(finished).toHaveLength(6);
    expect(summary.totals).toEqual({ cases: 6, consistent: 3, inconsistent: 0, stopped: 0, invalid: 0, error: 3 });
  });

  it("says why: the worker's own error, or the limit that was passed", () => {
    const error = (name: string): CaseOutcome["error"] => summary.cases.find((c) => c.case === name)!.error;
    expect(error("throw-1")?.message).toContain("the worker fell over");
    expect(error("crash-1")?.message).toContain("exited unexpectedly");
    expect(error("hang-1")?.message).toContain("after 5 s");
    expect(summary.cases.filter((c) => c.status === "error").every((c) => c.packet === null)).toBe(true);
  });

  it("exits 3 (a bug, not the input) and writes the summary all the same", async () => {
    expect(summary.exitCode).toBe(3);
    const written = JSON.parse(
      await readFile(path.join(dir, "one-worker", "batch-summary.json"), "utf8"),
    ) as BatchSummary;
    expect(written.cases.map((c) => c.status)).toEqual(summary.cases.map((c) => c.status));
  });
});

describe("runBatch with two workers and a stuck case", () => {
  it("keeps the other worker busy: every other case finishes before the stuck one is stopped", async () => {
    const finished: string[] = [];
    const summary = await runStandIn(
      "two-workers",
      ["hang-1", "ok-1", "ok-2", "ok-3", "ok-4"],
      2,
      { caseTimeoutMs: 8000 },
      finished,
    );
    expect(finished).toEqual(["ok-1", "ok-2", "ok-3", "ok-4", "hang-1"]);
    expect(summary.cases.map((c) => c.status)).toEqual([
      "error",
      "consistent",
      "consistent",
      "consistent",
      "consistent",
    ]);
    expect(summary.exitCode).toBe(3);
  }, 60_000);
});

describe("runBatch with a case that needs too much memory", () => {
  it("stops that case at the worker's heap limit and reports it as E_WORKER_MEMORY", async () => {
    const summary = await runStandIn("memory", ["hog-1", "ok-1"], 1, { workerMemoryMb: 32 });
    expect(summary.cases.map((c) => [c.case, c.status, c.error?.code ?? null])).toEqual([
      ["hog-1", "error", "E_WORKER_MEMORY"],
      ["ok-1", "consistent", null],
    ]);
    expect(summary.cases[0]!.error?.message).toContain("32 MB");
  }, 60_000);
});
