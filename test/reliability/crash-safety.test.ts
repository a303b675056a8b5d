// Crash safety of `generate`: the real binary is SIGKILLed at many points; --out must always be absent, the old
// packet, or a complete new one (manifest.json present, every listed file with its SHA-256), the next run must
// succeed, leftover temporary folders must not leak into the packet, and files must be owner-only (0600/0700).
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";
import { checkCompletePacket, hashFolder, modeOf, REPO_ROOT, requireBinary, runBinary } from "./packet-files.js";

const EXAMPLE = path.join(REPO_ROOT, "examples", "web-developer", "case.json");

/**
 * The kill loops write .docx only: the output step (staging folder, manifest, rename) is the same for every
 * format, and PDF would only stretch the middle of the run on this 2-core machine.
 */
const FAST = ["--format", "docx"] as const;

let work: string;
let casePath: string;
/** Wall time of one uninterrupted run, measured here so kill points spread over the whole run on any machine. */
let fullRunMs = 0;

beforeAll(async () => {
  requireBinary();
  work = await mkdtemp(path.join(tmpdir(), "e7-crash-"));
  casePath = path.join(work, "case.json");
  await copyFile(EXAMPLE, casePath);
  const reference = await runBinary(
    ["generate", casePath, "--out", path.join(work, "shared", "packet"), "--lang", "en", ...FAST],
    { timeoutMs: 180_000 },
  );
  expect(reference.code, reference.stderr).toBe(0);
  fullRunMs = reference.ms;
}, 200_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const langOf = async (dir: string): Promise<string | undefined> =>
  (JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as { options?: { lang?: string } }).options
    ?.lang;

const leftovers = async (parent: string): Promise<string[]> =>
  (await readdir(parent)).filter((name) => name.startsWith(".e7-align-tmp-"));

describe("generate killed with SIGKILL", () => {
  it("should leave a fresh --out folder absent or complete at every kill point", async () => {
    const fractions = [0.03, 0.15, 0.3, 0.45, 0.6, 0.75, 0.9, 1.0];
    const outcomes: string[] = [];
    for (const [i, fraction] of fractions.entries()) {
      const parent = path.join(work, `fresh-${i}`);
      await mkdir(parent, { recursive: true });
      const dir = path.join(parent, "packet");
      const run = await runBinary(["generate", casePath, "--out", dir, ...FAST], {
        killAfterMs: Math.round(fraction * fullRunMs),
      });
      if (!existsSync(dir)) {
        outcomes.push(`${fraction}: absent`);
        continue;
      }
      const complete = await checkCompletePacket(dir);
      expect(complete, `kill at ${fraction} of a run left ${dir} half-written`).toMatchObject({ ok: true });
      outcomes.push(`${fraction}: complete${run.signal ? " (killed after the rename)" : ""}`);
    }
    // The last kill points land after the packet is in place; the first ones before anything is renamed.
    expect(outcomes[0]).toMatch(/absent/);

    // Whatever a killed run left beside --out is owner-only; the next run succeeds and removes it.
    for (const i of fractions.keys()) {
      for (const name of await leftovers(path.join(work, `fresh-${i}`)))
        expect(await modeOf(path.join(work, `fresh-${i}`, name))).toBe(0o700);
    }
    const parent = path.join(work, "fresh-2");
    const dir = path.join(parent, "packet");
    const next = await runBinary(["generate", casePath, "--out", dir, "--force", ...FAST]);
    expect(next.code, next.stderr).toBe(0);
    expect(await checkCompletePacket(dir)).toMatchObject({ ok: true });
    expect(await leftovers(parent)).toEqual([]);
  }, 600_000);

  it("should leave --force replacement as the old packet, the new complete one, or (in one rename-wide window) absent", async () => {
    const parent = path.join(work, "shared");
    const dir = path.join(parent, "packet");
    expect(await langOf(dir)).toBe("en");
    const fractions = [0.2, 0.45, 0.7, 0.9, 1.05];
    for (const fraction of fractions) {
      const before = existsSync(dir) ? JSON.stringify(await hashFolder(dir)) : "absent";
      await runBinary(["generate", casePath, "--out", dir, "--force", "--lang", "both", ...FAST], {
        killAfterMs: Math.round(fraction * fullRunMs),
      });
      if (!existsSync(dir)) continue;
      const now = JSON.stringify(await hashFolder(dir));
      if (now === before) continue; // still the old packet, untouched
      expect(await checkCompletePacket(dir), `kill at ${fraction} left a mixed folder`).toMatchObject({ ok: true });
      expect(await langOf(dir)).toBe("both");
    }
    const final = await runBinary(["generate", casePath, "--out", dir, "--force", "--lang", "both", ...FAST]);
    expect(final.code, final.stderr).toBe(0);
    expect(await checkCompletePacket(dir)).toMatchObject({ ok: true });
    expect(await langOf(dir)).toBe("both");
    expect(await leftovers(parent)).toEqual([]);
  }, 600_000);

  it("should put back an old packet that a killed --force run had moved aside", async () => {
    const parent = path.join(work, "recover");
    const dir = path.join(parent, "packet");
    // The state a --force run killed between its two renames leaves: no packet, the old one aside. The pid is
    // above Linux's largest pid, so no live process owns it.
    const aside = path.join(parent, ".e7-align-tmp-packet-new-4194305-0badc0de-old");
    await mkdir(parent, { recursive: true });
    await cp(path.join(work, "shared", "packet"), aside, { recursive: true });
    const old = await hashFolder(aside);
    const run = await runBinary(["generate", casePath, "--out", dir, ...FAST]);
    expect(run.code, "the restored old packet is not replaced without --force").toBe(2);
    expect(run.stderr).toContain("already exists");
    expect(await hashFolder(dir)).toEqual(old);
    expect(await leftovers(parent)).toEqual([]);
  }, 180_000);
});

describe("generate output permissions and --force", () => {
  it("should write the packet folder 0700 and every file 0600 (they hold personal data)", async () => {
    const dir = path.join(work, "shared", "packet");
    expect(await modeOf(dir)).toBe(0o700);
    for (const name of await readdir(dir)) expect(await modeOf(path.join(dir, name)), name).toBe(0o600);
  });

  it("should write init's case file and verify's report owner-only too", async () => {
    const dir = path.join(work, "other-outputs");
    await mkdir(dir, { recursive: true });
    const init = await cli(["init", "--code", "2224", "--out", path.join(dir, "case.json")]);
    expect(init.code, init.stderr).toBe(0);
    expect(await modeOf(path.join(dir, "case.json"))).toBe(0o600);
    const contract = path.join(work, "shared", "packet", "contract-duty-annex.docx");
    const verify = await cli([
      "verify",
      "--code",
      "2224",
      "--contract",
      contract,
      "--report",
      path.join(dir, "report.md"),
    ]);
    expect([0, 1], verify.stderr).toContain(verify.code);
    expect(await modeOf(path.join(dir, "report.md"))).toBe(0o600);
  }, 120_000);

  it("should refuse to replace an existing folder without --force and leave it untouched", async () => {
    const dir = path.join(work, "keep");
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "mine.txt"), "the user's file");
    const run = await runBinary(["generate", casePath, "--out", dir, ...FAST]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("already exists");
    expect(run.stderr).not.toMatch(/^\s+at \S/m);
    expect(await readdir(dir)).toEqual(["mine.txt"]);
    expect(await leftovers(work)).toEqual([]);
  }, 180_000);
});
