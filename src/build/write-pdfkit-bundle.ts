/**
 * Build step (`npm run build`): bundles pdfkit with the fontkit it draws with into dist/vendor/pdfkit.js, one file
 * instead of about forty CommonJS and ES modules, and leaves out two packages the writer never runs: the Brotli
 * decoder (WOFF2 fonts; ours are OpenType) and the AES ciphers (encrypted PDFs; ours are not). Loading those two took
 * about 100 ms of every cold `generate` on Node 20. The PDF writer loads the bundle through load-pdfkit.ts.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { rolldown } from "rolldown";
import { PACKAGE_ROOT } from "../paths.js";

export const PDFKIT_BUNDLE = path.join(PACKAGE_ROOT, "dist", "vendor", "pdfkit.js");

const ENTRY_ID = "\0e7-align-pdfkit-entry";

/**
 * One module that gives the writer pdfkit with the fontkit and the line breaker pdfkit itself uses: the faces we open
 * must be its faces, and our Korean word wrapping patches its line breaker.
 */
const ENTRY_CODE = [
  'export { default as PDFDocument } from "pdfkit";',
  'export { create as createFont } from "fontkit";',
  'export { default as LineBreaker } from "linebreak";',
  "",
].join("\n");

/** Packages replaced by a module whose functions refuse: reaching one would mean a font or PDF feature we never use. */
const LEFT_OUT: Readonly<Record<string, string>> = {
  "brotli/decompress.js":
    'export default function decompress() { throw new Error("e7-align\'s pdfkit bundle has no WOFF2 (Brotli) decoder."); }\n',
  "@noble/ciphers/aes":
    'function refuse() { throw new Error("e7-align\'s pdfkit bundle has no AES: it writes no encrypted PDFs."); }\n' +
    "export const cbc = refuse;\nexport const ecb = refuse;\n",
};

/**
 * pdfkit finds its data files (standard font metrics, the sRGB profile) from its own file's URL. In the bundle that URL
 * would be the bundle's, so each is set back to the installed pdfkit's, as write-yargs-bundle.ts does for yargs.
 */
const PDFKIT_OWN_URL: readonly (readonly [string, string])[] = [
  ["createRequire(import.meta.url)", 'createRequire(import.meta.resolve("pdfkit"))'],
  [
    "new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.url)",
    "new URL('./data/sRGB_IEC61966_2_1.icc', import.meta.resolve(\"pdfkit\"))",
  ],
];

export async function writePdfkitBundle(): Promise<void> {
  const pdfkitFile = fileURLToPath(import.meta.resolve("pdfkit"));
  const bundle = await rolldown({
    input: ENTRY_ID,
    platform: "node",
    logLevel: "silent",
    plugins: [
      {
        name: "e7-align-pdfkit",
        resolveId(id) {
          if (id === ENTRY_ID) return id;
          if (id in LEFT_OUT) return `\0left-out:${id}`;
          return null;
        },
        load(id) {
          if (id === ENTRY_ID) return ENTRY_CODE;
          if (id.startsWith("\0left-out:")) return LEFT_OUT[id.slice("\0left-out:".length)]!;
          return null;
        },
        transform(code, id) {
          if (path.resolve(id) !== pdfkitFile) return null;
          let out = code;
          for (const [from, to] of PDFKIT_OWN_URL) {
            if (out.split(from).length !== 2)
              throw new Error(`pdfkit no longer reads "${from}" exactly once; update write-pdfkit-bundle.ts.`);
            out = out.replace(from, to);
          }
          if (out.includes("import.meta.url"))
            throw new Error("pdfkit reads import.meta.url in a new place; update write-pdfkit-bundle.ts.");
          return out;
        },
      },
    ],
  });
  const { output } = await bundle.generate({ format: "esm" });
  await bundle.close();
  const chunks = output.filter((part) => part.type === "chunk");
  if (chunks.length !== 1) throw new Error(`Expected pdfkit to bundle into one file, got ${chunks.length}.`);
  const code = chunks[0]!.code;
  // A CommonJS dependency that finds files beside itself would look for them beside the bundle.
  if (/\b__dirname\b|\b__filename\b/.test(code))
    throw new Error("A module bundled with pdfkit reads __dirname; update write-pdfkit-bundle.ts.");
  mkdirSync(path.dirname(PDFKIT_BUNDLE), { recursive: true });
  const temporary = `${PDFKIT_BUNDLE}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, PDFKIT_BUNDLE);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  await writePdfkitBundle();
  const kb = Math.round(readFileSync(PDFKIT_BUNDLE).length / 1024);
  process.stdout.write(
    `pdfkit bundled into ${path.relative(process.cwd(), PDFKIT_BUNDLE)} (${kb} KB, ${((performance.now() - started) / 1000).toFixed(1)} s)\n`,
  );
}
