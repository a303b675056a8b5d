/**
 * Build step (`npm run build`, after tsc and the other generated files): bundles the CLI's own compiled modules into
 * dist/bundle, one entry plus a chunk per lazily loaded command, so that a cold start reads a few files instead of
 * resolving and loading ~150. Packages from node_modules stay separate imports. The binary runs the bundle only while
 * manifest.json says it was made from the files now in dist/ (src/cli/load-run-cli.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { type RolldownBuild, rolldown } from "rolldown";
import {
  BUNDLE_DIR_NAME,
  BUNDLE_ENTRY,
  BUNDLE_MANIFEST,
  type BundleInput,
  type BundleManifest,
} from "../cli/load-run-cli.js";
import { PACKAGE_ROOT } from "../paths.js";

export const BUNDLE_DIR = path.join(PACKAGE_ROOT, "dist", BUNDLE_DIR_NAME);
const ENTRY = path.join(PACKAGE_ROOT, "dist", "cli", "run-cli.js");
const PATHS_MODULE = path.join(PACKAGE_ROOT, "dist", "paths.js");

/**
 * paths.js finds the package root as the folder above its own file. In the bundle its code sits in dist/bundle/, one
 * level deeper, so that one expression climbs one more level.
 */
const ROOT_FROM_HERE = 'path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..")';
const ROOT_FROM_BUNDLE = 'path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..", "..")';

/**
 * Small pure-JavaScript packages that read no files of their own, bundled so that only what the CLI uses is loaded
 * (stopword's build holds 62 languages' lists; the tokeniser takes the English one).
 */
const BUNDLED_PACKAGES = new Set(["stopword", "es-hangul", "fastest-levenshtein", "stemmer", "@humanwhocodes/momoa"]);

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** Bare specifiers (packages, node: built-ins) stay imports but for BUNDLED_PACKAGES; relative ones are our files. */
function isExternal(id: string): boolean {
  if (id.startsWith(".") || path.isAbsolute(id) || id.startsWith("\0")) return false;
  return !BUNDLED_PACKAGES.has(packageName(id));
}

function inputOf(file: string): BundleInput {
  const stat = statSync(file);
  return {
    file: path.relative(PACKAGE_ROOT, file).split(path.sep).join("/"),
    size: stat.size,
    sha256: createHash("sha256").update(readFileSync(file)).digest("hex"),
  };
}

export async function writeCliBundle(): Promise<BundleManifest> {
  const target = BUNDLE_DIR;
  const bundle = await rolldown({
    input: ENTRY,
    platform: "node",
    logLevel: "silent",
    external: isExternal,
    plugins: [
      {
        name: "e7-align-package-root",
        transform(code, id) {
          if (path.resolve(id) !== PATHS_MODULE) return null;
          if (code.split(ROOT_FROM_HERE).length !== 2)
            throw new Error(`dist/paths.js no longer reads "${ROOT_FROM_HERE}" once; update write-cli-bundle.ts.`);
          return code.replace(ROOT_FROM_HERE, ROOT_FROM_BUNDLE);
        },
      },
    ],
  });
  const temporary = `${target}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  try {
    const manifest = await writeInto(bundle, temporary);
    mkdirSync(path.dirname(target), { recursive: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(temporary, target);
    return manifest;
  } finally {
    rmSync(temporary, { recursive: true, force: true });
  }
}

/** Writes the chunks and their manifest into `dir`. */
async function writeInto(bundle: RolldownBuild, dir: string): Promise<BundleManifest> {
  const { output } = await bundle.write({
    dir,
    format: "esm",
    entryFileNames: "[name].js",
    chunkFileNames: "[name]-[hash].js",
  });
  await bundle.close();
  const chunks = output.filter((part) => part.type === "chunk");
  const entry = chunks.find((chunk) => chunk.isEntry);
  // The package's own files. The bundled packages are fixed at build time, as in dist/vendor/yargs.js: where npm puts
  // them in an installed copy is not known here.
  const modules = new Set(
    chunks
      .flatMap((chunk) => chunk.moduleIds)
      .filter((id) => path.isAbsolute(id) && !/[\\/]node_modules[\\/]/.test(id)),
  );
  if (!entry || !modules.has(PATHS_MODULE)) throw new Error("The CLI bundle lacks its entry or dist/paths.js.");
  if (entry.fileName !== BUNDLE_ENTRY)
    throw new Error(`The CLI bundle's entry is ${entry.fileName}, not ${BUNDLE_ENTRY}.`);
  // Written inside the temporary folder with the chunks, so that a reader sees the old or the new bundle whole.
  const manifest: BundleManifest = {
    manifestVersion: 1,
    entry: entry.fileName,
    inputs: [...modules].sort().map(inputOf),
  };
  writeFileSync(path.join(dir, BUNDLE_MANIFEST), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const manifest = await writeCliBundle();
  process.stdout.write(
    `CLI bundled into ${path.relative(process.cwd(), BUNDLE_DIR)} (${manifest.inputs.length} modules, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}
