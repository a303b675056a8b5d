/**
 * Finds the CLI's code for the binary: the build's bundle (dist/bundle, a few files instead of ~150 modules) when it
 * was made from the compiled files now in dist/, else those files themselves, so that a stale or missing bundle
 * never runs old code and never stops the CLI.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** One file the bundle was made from, as the build saw it. */
export interface BundleInput {
  /** Relative to the package root, with forward slashes. */
  readonly file: string;
  readonly size: number;
  readonly sha256: string;
}

/** dist/bundle/manifest.json: the bundle's entry file and every package file it was made from. */
export interface BundleManifest {
  readonly manifestVersion: 1;
  readonly entry: string;
  readonly inputs: readonly BundleInput[];
}

export const BUNDLE_DIR_NAME = "bundle";
/** The bundle's entry file, imported by a literal path below. */
export const BUNDLE_ENTRY = "run-cli.js";
export const BUNDLE_MANIFEST = "manifest.json";
/** Set to 1 to run the compiled files even when the bundle is current (A/B timing, tests). */
export const NO_BUNDLE_ENV = "E7_ALIGN_NO_BUNDLE";

/**
 * True when every input still has the size and content the build saw. A file no newer than the manifest is taken as
 * the build left it (a tarball gives every file one date); a newer one (`tsc --watch`, a copy) is compared by content.
 */
export async function bundleInputsCurrent(root: string, manifest: BundleManifest, builtMs: number): Promise<boolean> {
  if (manifest.manifestVersion !== 1 || !Array.isArray(manifest.inputs) || manifest.inputs.length === 0) return false;
  let createHash: typeof import("node:crypto").createHash | undefined;
  for (const input of manifest.inputs) {
    const file = path.join(root, input.file);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== input.size) return false;
    if (stat.mtimeMs <= builtMs) continue;
    createHash ??= (await import("node:crypto")).createHash;
    if (createHash("sha256").update(readFileSync(file)).digest("hex") !== input.sha256) return false;
  }
  return true;
}

/** The bundle's entry file when it is current, else undefined; `root` is the package root. */
export async function currentBundleEntry(root: string): Promise<string | undefined> {
  const dir = path.join(root, "dist", BUNDLE_DIR_NAME);
  const file = path.join(dir, BUNDLE_MANIFEST);
  let manifest: BundleManifest;
  let builtMs: number;
  try {
    builtMs = statSync(file).mtimeMs;
    manifest = JSON.parse(readFileSync(file, "utf8")) as BundleManifest;
  } catch {
    return undefined;
  }
  if (manifest?.entry !== BUNDLE_ENTRY || !(await bundleInputsCurrent(root, manifest, builtMs))) return undefined;
  return path.join(dir, manifest.entry);
}

type RunCliModule = typeof import("./run-cli.js");

/**
 * run-cli from the current bundle, or the compiled run-cli.js beside this file. `--version` skips the bundle: it needs
 * three small modules, fewer than checking the bundle reads.
 */
export async function loadRunCli(
  argv: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<RunCliModule> {
  const versionOnly = argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V");
  if (!versionOnly && env[NO_BUNDLE_ENV] !== "1") {
    // This file is dist/cli/load-run-cli.js, so the package root is two levels up.
    const entry = await currentBundleEntry(path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..", ".."));
    if (entry) {
      try {
        // A literal path, so no data can choose the code loaded; dist/bundle/ exists only after the build.
        // @ts-expect-error the bundle is written by the build, not compiled from src/
        return (await import("../bundle/run-cli.js")) as RunCliModule;
      } catch (error) {
        // A chunk deleted after the check: the compiled files still work.
        if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
      }
    }
  }
  return import("./run-cli.js");
}
