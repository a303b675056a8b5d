// --force replaces only a packet folder e7-align wrote: a real packet is replaced, the same packet with a user's
// file added, a listed file edited, or standing as the home or working folder is refused (exit 2) and left as it was.
import { appendFile, copyFile, cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { crashText } from "../corpus/prepare.js";
import { cli } from "../helpers/run-cli.js";
import { checkCompletePacket, hashFolder, REPO_ROOT } from "./packet-files.js";

const FAST = ["--format", "docx", "--lang", "en"] as const;
let work: string;
let casePath: string;
let packet: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "e7-force-"));
  casePath = path.join(work, "case.json");
  await copyFile(path.join(REPO_ROOT, "examples", "web-developer", "case.json"), casePath);
  packet = path.join(work, "packet");
  const first = await cli(["generate", casePath, "--out", packet, ...FAST]);
  expect(first.code, first.stderr).toBe(0);
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** Runs generate --force into `out` and expects a refusal that names `mentions` and leaves `out` as it was. */
async function expectRefused(out: string, mentions: readonly string[], options: { cwd?: string } = {}): Promise<void> {
  const before = await hashFolder(out);
  const run = await cli(["generate", casePath, "--out", out, "--force", ...FAST], options);
  expect(crashText(run.stdout + run.stderr)).toBeUndefined();
  expect(run.code, run.stderr).toBe(2);
  for (const fragment of mentions) expect(run.stderr).toContain(fragment);
  expect(run.stderr.trim().split("\n")[0]).toContain("nothing was touched");
  expect(await hashFolder(out)).toEqual(before);
}

describe("generate --force", () => {
  it("should replace a packet folder it wrote", async () => {
    const run = await cli(["generate", casePath, "--out", packet, "--force", ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(await checkCompletePacket(packet)).toMatchObject({ ok: true });
  }, 120_000);

  it("should refuse the packet once the user put a file of their own in it", async () => {
    const copy = path.join(work, "with-thesis");
    await cp(packet, copy, { recursive: true });
    await writeFile(path.join(copy, "thesis.txt"), "three years of work");
    await expectRefused(copy, [copy, "thesis.txt", "does not list"]);
  }, 60_000);

  it("should refuse the packet once a listed file was edited", async () => {
    const copy = path.join(work, "edited");
    await cp(packet, copy, { recursive: true });
    await appendFile(path.join(copy, "contract-duty-annex.docx"), "edited");
    await expectRefused(copy, ["contract-duty-annex.docx", "changed since e7-align wrote it"]);
  }, 60_000);

  it("should refuse a real packet that is the working folder", async () => {
    const copy = path.join(work, "as-cwd");
    await cp(packet, copy, { recursive: true });
    await expectRefused(copy, ["is the current folder"], { cwd: copy });
  }, 60_000);

  it("should refuse a real packet that is, or holds, the home folder", async () => {
    const home = path.join(work, "as-home");
    await cp(packet, home, { recursive: true });
    const saved = process.env.HOME;
    process.env.HOME = home;
    try {
      await expectRefused(home, ["is your home folder"]);
    } finally {
      process.env.HOME = saved;
    }
  }, 60_000);

  it("should let an empty folder be replaced (it holds nothing to lose)", async () => {
    const empty = path.join(work, "empty");
    await mkdir(empty);
    const run = await cli(["generate", casePath, "--out", empty, "--force", ...FAST]);
    expect(run.code, run.stderr).toBe(0);
    expect(await checkCompletePacket(empty)).toMatchObject({ ok: true });
  }, 120_000);
});
