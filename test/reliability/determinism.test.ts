// Determinism: the same case gives byte-identical packets (SHA-256 of every file) whatever the clock, time zone,
// locale, working folder or output folder name. Runs are compared in pairs that take the same route (in-process
// with src/, or the built binary) so that a stale dist/ during development cannot pass for non-determinism.
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cli } from "../helpers/run-cli.js";
import { hashFolder, REPO_ROOT, requireBinary, runBinary } from "./packet-files.js";

let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "e7-determinism-"));
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Copies an example case into a new folder; undefined when the example is not in the tree. */
async function caseCopy(example: string, folder: string): Promise<string | undefined> {
  const source = path.join(REPO_ROOT, "examples", example, "case.json");
  if (!(await readdir(path.dirname(source)).catch(() => undefined))) return undefined;
  const dir = path.join(work, folder);
  await mkdir(dir, { recursive: true });
  await copyFile(source, path.join(dir, "case.json"));
  return dir;
}

/** Runs generate in-process with the clock at `now` and TZ set, restoring both afterwards. */
async function generateInProcess(dir: string, out: string, now: string, tz: string): Promise<number> {
  const savedTz = process.env.TZ;
  process.env.TZ = tz;
  vi.useFakeTimers({ toFake: ["Date"], now: new Date(now) });
  try {
    const run = await cli(["generate", "case.json", "--out", out], { cwd: dir });
    expect([0, 1], run.stderr).toContain(run.code);
    return run.code;
  } finally {
    vi.useRealTimers();
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  }
}

describe("generate determinism", () => {
  // Together these use every document (annex, RRS, cover letter) and both languages.
  for (const example of ["web-developer", "reapplication-after-code-mismatch"]) {
    it(`should write byte-identical files for ${example} on different clocks, time zones and folders`, async (context) => {
      const first = await caseCopy(example, `${example}-a`);
      const second = await caseCopy(example, `${example}-b`);
      if (!first || !second) {
        context.skip(`examples/${example} is not in the tree`);
        return;
      }
      const codeA = await generateInProcess(first, "packet-one", "2026-11-25T03:00:00Z", "UTC");
      const codeB = await generateInProcess(second, "another-name", "2031-07-04T23:59:30Z", "Pacific/Kiritimati");
      expect(codeB).toBe(codeA);
      const hashesA = await hashFolder(path.join(first, "packet-one"));
      expect(Object.keys(hashesA).length).toBeGreaterThanOrEqual(5);
      expect(await hashFolder(path.join(second, "another-name"))).toEqual(hashesA);
    }, 300_000);
  }

  it("should write byte-identical files through the binary in another time zone, locale and working folder", async () => {
    requireBinary();
    const first = (await caseCopy("web-developer", "binary-a"))!;
    const second = (await caseCopy("web-developer", "binary-b"))!;
    const a = await runBinary(["generate", "case.json", "--out", "packet"], {
      cwd: first,
      env: { TZ: "UTC", LANG: "C", LC_ALL: "C" },
      timeoutMs: 240_000,
    });
    const b = await runBinary(["generate", path.join(second, "case.json"), "--out", path.join(second, "elsewhere")], {
      cwd: tmpdir(),
      env: { TZ: "Asia/Seoul", LANG: "ko_KR.UTF-8", LC_ALL: "ko_KR.UTF-8" },
      timeoutMs: 240_000,
    });
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(await hashFolder(path.join(second, "elsewhere"))).toEqual(await hashFolder(path.join(first, "packet")));
  }, 300_000);
});
