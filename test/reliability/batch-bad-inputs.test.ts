// Bad case files inside a batch: each is reported as invalid with its error code and no packet, the good case
// beside them still gets a complete packet, nothing prints a stack trace and the exit code is not 3.
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUILDERS } from "../corpus/builders.js";
import { applyPatch, CORPUS_DIR, crashText, EXAMPLES_DIR } from "../corpus/prepare.js";
import { cli } from "../helpers/run-cli.js";
import { checkCompletePacket, requireBinary } from "./packet-files.js";

let dir: string;
beforeAll(async () => {
  requireBinary(); // batch workers run the built code
  dir = await mkdtemp(path.join(tmpdir(), "e7-batch-bad-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface SummaryCase {
  readonly case: string;
  readonly status: string;
  readonly packet: string | null;
  readonly error?: { readonly code: string; readonly message: string };
}

describe("batch with bad case files", () => {
  it("should report each bad case with its error code and still write the good one", async () => {
    const cases = path.join(dir, "cases");
    await mkdir(cases, { recursive: true });
    const example = await readFile(path.join(EXAMPLES_DIR, "web-developer", "case.json"), "utf8");
    await copyFile(path.join(EXAMPLES_DIR, "web-developer", "case.json"), path.join(cases, "good.json"));
    for (const name of ["trailing-comma-object", "nan", "invalid-utf8-euc-kr", "bom-utf16le", "empty"]) {
      await copyFile(path.join(CORPUS_DIR, "files", "case-syntax", `${name}.json`), path.join(cases, `${name}.json`));
    }
    await CASE_BUILDERS["deep-object-10000"](cases, "deep.json");
    await CASE_BUILDERS["random-bytes-4k"](cases, "random.json");
    await CASE_BUILDERS["json-1mib-plus-one"](cases, "big.json");
    await writeFile(
      path.join(cases, "proto.json"),
      applyPatch(example, [{ op: "text", find: "{", replace: '{"__proto__": {"polluted": true}, ' }]),
    );
    await writeFile(
      path.join(cases, "control.json"),
      applyPatch(example, [{ op: "set", path: "/position/duties/0/text", value: "Build\u0000 web pages" }]),
    );
    await writeFile(
      path.join(cases, "unknown-code.json"),
      applyPatch(example, [{ op: "set", path: "/selectedCode", value: "9999" }]),
    );
    // A 20,000-character word ran the worker out of memory and the whole batch exited 3 (issue 14).
    await writeFile(
      path.join(cases, "long-word.json"),
      applyPatch(example, [
        { op: "set", path: "/position/duties/0/text", value: `Develop ${"a".repeat(20_000)} pages` },
      ]),
    );
    const bad = (await readdir(cases))
      .filter((name) => name !== "good.json")
      .map((name) => name.replace(/\.json$/, ""));

    const out = path.join(dir, "out");
    const run = await cli(["batch", cases, "--out", out, "--format", "docx", "--json", "--jobs", "2"]);
    expect(crashText(run.stdout + run.stderr), run.stderr).toBeUndefined();
    expect([1, 2], run.stderr).toContain(run.code);
    const summary = JSON.parse(run.stdout) as { cases: readonly SummaryCase[] };
    const byName = new Map(summary.cases.map((c) => [c.case, c]));
    for (const name of bad) {
      const outcome = byName.get(name);
      expect(outcome, `${name} is missing from the summary`).toBeDefined();
      expect(outcome!.status, name).toBe("invalid");
      expect(outcome!.error?.code, name).toMatch(/^E_[A-Z_]+$/);
      expect(outcome!.packet, name).toBeNull();
      expect(existsSync(path.join(out, name)), `${name} got a packet folder`).toBe(false);
    }
    const good = byName.get("good")!;
    expect(good.status).toBe("consistent");
    expect(await checkCompletePacket(path.join(out, "good"))).toMatchObject({ ok: true });
    expect((await readdir(out)).filter((name) => name.startsWith(".e7-align-tmp-"))).toEqual([]);
  }, 300_000);

  it("should follow a symbolic link to a case file and list every skipped entry with its reason", async () => {
    const cases = path.join(dir, "linked");
    const elsewhere = path.join(dir, "elsewhere");
    await mkdir(cases, { recursive: true });
    await mkdir(elsewhere, { recursive: true });
    await copyFile(path.join(EXAMPLES_DIR, "web-developer", "case.json"), path.join(elsewhere, "real.json"));
    await symlink(path.join(elsewhere, "real.json"), path.join(cases, "linked.json"));
    await symlink(path.join(elsewhere, "gone.json"), path.join(cases, "broken.json"));
    await symlink(elsewhere, path.join(cases, "folder-link.json"));
    await mkdir(path.join(cases, "drafts.json"));
    execFileSync("mkfifo", [path.join(cases, "pipe.json")]);

    const out = path.join(dir, "linked-out");
    const run = await cli(["batch", cases, "--out", out, "--format", "docx", "--lang", "en", "--json", "--jobs", "1"]);
    expect(crashText(run.stdout + run.stderr), run.stderr).toBeUndefined();
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as {
      cases: readonly SummaryCase[];
      skipped?: readonly { path: string; reason: string }[];
    };
    expect(summary.cases.map((c) => [c.case, c.status])).toEqual([["linked", "consistent"]]);
    const reasons = Object.fromEntries(
      (summary.skipped ?? []).map((entry) => [path.basename(entry.path), entry.reason]),
    );
    expect(reasons["broken.json"]).toMatch(/target is missing/);
    expect(reasons["folder-link.json"]).toMatch(/not a file/);
    expect(reasons["drafts.json"]).toMatch(/folder/);
    expect(reasons["pipe.json"]).toMatch(/pipe/);
    const onDisk = JSON.parse(await readFile(path.join(out, "batch-summary.json"), "utf8")) as { skipped?: unknown[] };
    expect(onDisk.skipped).toHaveLength(4);
  }, 300_000);
});
