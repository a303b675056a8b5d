/**
 * Build step (`npm run build`): bundles yargs and the ~70 module files it loads into dist/vendor/yargs.js, so that a
 * command starts by reading one file instead of resolving and loading seventy. The commands load it through load-yargs.ts.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { rolldown } from "rolldown";
import { PACKAGE_ROOT } from "../paths.js";

export const YARGS_BUNDLE = path.join(PACKAGE_ROOT, "dist", "vendor", "yargs.js");

/**
 * yargs' Node shim takes its own file's path to find its message translations (`../../../locales`) and the package
 * root it reads configuration from. In the bundle that path would be the bundle's, so it is set back to the path of
 * the installed yargs file it came from: the bundle behaves as the package does, translations included.
 */
const SHIM_PATH = "const __dirname = fileURLToPath(import.meta.url);";
const SHIM_PATH_OF_PACKAGE =
  'const __dirname = fileURLToPath(new URL("./lib/platform-shims/esm.mjs", import.meta.resolve("yargs")));';

export async function writeYargsBundle(): Promise<void> {
  const entry = fileURLToPath(import.meta.resolve("yargs"));
  const bundle = await rolldown({ input: entry, platform: "node", logLevel: "silent" });
  const { output } = await bundle.generate({ format: "esm" });
  await bundle.close();
  const chunks = output.filter((part) => part.type === "chunk");
  if (chunks.length !== 1) throw new Error(`Expected yargs to bundle into one file, got ${chunks.length}.`);
  const code = chunks[0]!.code;
  if (code.split(SHIM_PATH).length !== 2)
    throw new Error(
      `yargs' shim no longer reads "${SHIM_PATH}" exactly once; update write-yargs-bundle.ts for this yargs version.`,
    );
  mkdirSync(path.dirname(YARGS_BUNDLE), { recursive: true });
  const temporary = `${YARGS_BUNDLE}.${process.pid}.tmp`;
  writeFileSync(temporary, code.replace(SHIM_PATH, SHIM_PATH_OF_PACKAGE));
  renameSync(temporary, YARGS_BUNDLE);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  await writeYargsBundle();
  const kb = Math.round(readFileSync(YARGS_BUNDLE).length / 1024);
  process.stdout.write(
    `yargs bundled into ${path.relative(process.cwd(), YARGS_BUNDLE)} (${kb} KB, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}
