// The binary runs the build's CLI bundle (dist/bundle) only while it was made from the compiled files now in dist/;
// a stale or missing bundle falls back to those files. Uses the build: `npm run build` first.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { currentBundleEntry, NO_BUNDLE_ENV } from "../../src/cli/load-run-cli.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const run = promisify(execFile);
const USAGE = "writes aligned documents.";
/** Same length as USAGE, so that a changed file keeps its size and only its content tells. */
const EDITED = "WRITES ALIGNED DOCUMENTS.";

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built package's dist/ (fonts linked), with the rest of the package linked beside it. */
function packageCopy(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "e7-bundle-"));
  scratch.push(root);
  for (const name of ["node_modules", "src", "templates", "schemas", "package.json"])
    symlinkSync(path.join(PACKAGE_ROOT, name), path.join(root, name));
  mkdirSync(path.join(root, "dist"));
  cpSync(path.join(PACKAGE_ROOT, "dist"), path.join(root, "dist"), {
    recursive: true,
    filter: (source) => path.basename(source) !== "fonts",
  });
  symlinkSync(path.join(PACKAGE_ROOT, "dist", "fonts"), path.join(root, "dist", "fonts"));
  return root;
}

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, "utf8");
  expect(text, file).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

async function bin(root: string, args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, "dist", "cli", "main.js"), ...args], {
      env: { ...process.env, [NO_BUNDLE_ENV]: "", ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("the CLI bundle (dist/bundle)", () => {
  it("is current after the build and prints what the compiled modules print", async () => {
    expect(await currentBundleEntry(PACKAGE_ROOT)).toBe(path.join(PACKAGE_ROOT, "dist", "bundle", "run-cli.js"));
    const example = path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json");
    for (const args of [
      ["match", "develop and maintain web applications", "--code", "2224", "--json"],
      ["validate", example, "--json"],
      ["codes", "show", "2224"],
      ["mtch", "x"],
    ]) {
      const bundled = await bin(PACKAGE_ROOT, args);
      expect(bundled).toEqual(await bin(PACKAGE_ROOT, args, { [NO_BUNDLE_ENV]: "1" }));
      expect(bundled.stdout + bundled.stderr, args.join(" ")).not.toBe("");
    }
  }, 60_000);

  it("runs from the bundle while it is current, also when the copy gave the files new dates", async () => {
    const root = packageCopy();
    // The bundle is not one of its own inputs: editing it shows that the binary ran it.
    replaceIn(path.join(root, "dist", "bundle", "run-cli.js"), USAGE, EDITED);
    expect(await currentBundleEntry(root)).toBeDefined();
    const { code, stdout } = await bin(root, ["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(EDITED);
  }, 60_000);

  it("runs the compiled files when one of them changed after the bundle was made", async () => {
    const root = packageCopy();
    replaceIn(path.join(root, "dist", "cli", "run-cli.js"), USAGE, EDITED);
    expect(await currentBundleEntry(root)).toBeUndefined();
    const { code, stdout } = await bin(root, ["--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain(EDITED);
  }, 60_000);

  it("runs the compiled files when the bundle, its manifest or one of its inputs is missing", async () => {
    const root = packageCopy();
    rmSync(path.join(root, "dist", "match", "built-postings.js"));
    expect(await currentBundleEntry(root)).toBeUndefined();

    const noManifest = packageCopy();
    rmSync(path.join(noManifest, "dist", "bundle", "manifest.json"));
    expect(await currentBundleEntry(noManifest)).toBeUndefined();
    expect((await bin(noManifest, ["--help"])).stdout).toContain(USAGE);

    const noBundle = packageCopy();
    rmSync(path.join(noBundle, "dist", "bundle"), { recursive: true });
    expect(await currentBundleEntry(noBundle)).toBeUndefined();
    const { code, stdout } = await bin(noBundle, ["codes", "show", "2224"]);
    expect(code).toBe(0);
    expect(stdout).toContain("2224");
  }, 60_000);
});
