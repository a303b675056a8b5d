// Ctrl-C during a batch (issue 14: it exited at once with no summary and left staging folders): no case starts after
// the signal, the running one is stopped and its staging folder removed, batch-summary.json lists what finished, what
// was stopped and what never started, and the exit code is 130.
import { spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashText, EXAMPLES_DIR } from "../corpus/prepare.js";
import { checkCompletePacket, requireBinary } from "./packet-files.js";

let dir: string;
beforeAll(async () => {
  requireBinary();
  dir = await mkdtemp(path.join(tmpdir(), "e7-batch-int-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Summary {
  readonly exitCode: number;
  readonly cases: readonly { readonly case: string; readonly status: string }[];
  readonly interrupted?: {
    readonly signal: string;
    readonly stopped: readonly { case: string }[];
    readonly notStarted: readonly { case: string }[];
  };
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  describe(`batch stopped by ${signal}`, () => {
    it("should stop starting cases, clean up, write the summary and exit 130", async () => {
      const cases = path.join(dir, `cases-${signal}`);
      await mkdir(cases, { recursive: true });
      const names = ["a", "b", "c", "d", "e", "f"];
      for (const name of names)
        await copyFile(path.join(EXAMPLES_DIR, "web-developer", "case.json"), path.join(cases, `${name}.json`));
      const out = path.join(dir, `out-${signal}`);
      const child = spawn(
        process.execPath,
        [requireBinary(), "batch", cases, "--out", out, "--jobs", "1", "--format", "docx", "--lang", "en"],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
      // The signal goes out once the first case has finished (its progress line), while the second one runs.
      child.stderr.on("data", (chunk: Buffer) => {
        const before = stderr;
        stderr += chunk.toString("utf8");
        if (!before.includes("[1/6]") && stderr.includes("[1/6]")) setTimeout(() => child.kill(signal), 150);
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), 240_000);
      const code = await new Promise<number | null>((resolve) => child.on("close", (exit) => resolve(exit)));
      clearTimeout(timer);

      expect(crashText(stdout + stderr), stderr).toBeUndefined();
      expect(code, stderr).toBe(130);
      const summary = JSON.parse(await readFile(path.join(out, "batch-summary.json"), "utf8")) as Summary;
      expect(summary.exitCode).toBe(130);
      expect(summary.interrupted?.signal).toBe(signal);
      const finished = summary.cases.map((c) => c.case);
      const stopped = summary.interrupted!.stopped.map((c) => c.case);
      const notStarted = summary.interrupted!.notStarted.map((c) => c.case);
      expect(finished.length).toBeGreaterThanOrEqual(1);
      expect(notStarted.length).toBeGreaterThanOrEqual(1);
      expect([...finished, ...stopped, ...notStarted].sort()).toEqual(names);
      for (const name of finished)
        expect(await checkCompletePacket(path.join(out, name)), name).toMatchObject({ ok: true });
      const left = await readdir(out);
      expect(left.filter((entry) => entry.startsWith(".e7-align-tmp-") || entry.startsWith(".batch-summary"))).toEqual(
        [],
      );
      for (const name of [...stopped, ...notStarted]) expect(left).not.toContain(name);
      expect(stdout).toContain(`Stopped by ${signal}`);
    }, 300_000);
  });
}
