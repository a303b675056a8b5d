/**
 * Build step (`npm run build`): writes Noto Sans KR Regular and Bold into dist/fonts without CFF subroutines, every
 * glyph, character, name and layout table kept, for the PDF writer to embed (see BUILT_FONTS_DIR in pdf.ts).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { BUILT_FONTS_DIR, KOREAN_FONT, packagedFontFile } from "../writers/pdf-font-files.js";

/**
 * Why: Noto Sans KR keeps most of its outlines in ~14,000 shared subroutines. fontkit's subset (pdfkit always
 * subsets) keeps every subroutine slot, so each PDF carried and deflated a 14,000-entry index per face, and pdf.js
 * rebuilt that index for every font it read back. Without subroutines each glyph is self-contained: the embedded
 * subsets are about half the size, and writing and reading a packet take about a third less CPU. Dropping
 * characters as well made no measurable difference once the subroutines were gone, so the fonts stay complete:
 * what can be drawn, and how Hanja look, is unchanged.
 */

/** The harfbuzz-subset exports this step calls (harfbuzzjs ships the wasm without declarations for them). */
interface HarfBuzzSubset {
  readonly memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(bytes: number): number;
  free(pointer: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
  hb_set_clear(set: number): void;
  hb_set_invert(set: number): void;
  hb_set_add(set: number, value: number): void;
}

// From hb-subset.h.
const HB_MEMORY_MODE_WRITABLE = 2;
const SETS = {
  glyphIndex: 0,
  unicode: 1,
  dropTableTag: 3,
  nameId: 4,
  nameLangId: 5,
  layoutFeatureTag: 6,
  layoutScriptTag: 7,
} as const;
const FLAGS = {
  desubroutinize: 0x4,
  nameLegacy: 0x8,
  passthroughUnrecognized: 0x20,
  notdefOutline: 0x40,
  noPruneUnicodeRanges: 0x100,
} as const;

const tag = (name: string): number => [...name].reduce((value, ch) => (value << 8) + ch.charCodeAt(0), 0) >>> 0;

/** harfbuzz's subsetter (its package.json is not exported, so the version is read next to the wasm). */
const HARFBUZZ_WASM = createRequire(import.meta.url).resolve("harfbuzzjs/dist/harfbuzz-subset.wasm");

async function loadHarfBuzz(): Promise<HarfBuzzSubset> {
  const wasm = readFileSync(HARFBUZZ_WASM);
  const { instance } = await WebAssembly.instantiate(wasm);
  const hb = instance.exports as unknown as HarfBuzzSubset;
  hb._initialize();
  return hb;
}

/** The font without subroutines: all glyphs (same ids), characters, names, features and scripts kept. */
function desubroutinize(hb: HarfBuzzSubset, font: Uint8Array): Uint8Array {
  const input = hb.hb_subset_input_create_or_fail();
  if (input === 0) throw new Error("harfbuzz could not create a subset input.");
  const data = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, data);
  const blob = hb.hb_blob_create(data, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  try {
    for (const which of [
      SETS.glyphIndex,
      SETS.unicode,
      SETS.nameId,
      SETS.nameLangId,
      SETS.layoutFeatureTag,
      SETS.layoutScriptTag,
    ]) {
      const set = hb.hb_subset_input_set(input, which);
      hb.hb_set_clear(set);
      hb.hb_set_invert(set);
    }
    // Keep every table except the digital signature, which no longer matches once the outlines are re-encoded.
    const drop = hb.hb_subset_input_set(input, SETS.dropTableTag);
    hb.hb_set_clear(drop);
    hb.hb_set_add(drop, tag("DSIG"));
    const flags =
      FLAGS.desubroutinize |
      FLAGS.nameLegacy |
      FLAGS.passthroughUnrecognized |
      FLAGS.notdefOutline |
      FLAGS.noPruneUnicodeRanges;
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | flags);
    const subset = hb.hb_subset_or_fail(face, input);
    if (subset === 0) throw new Error("harfbuzz could not re-encode the font.");
    const result = hb.hb_face_reference_blob(subset);
    const at = hb.hb_blob_get_data(result, 0);
    const bytes = new Uint8Array(hb.memory.buffer).slice(at, at + hb.hb_blob_get_length(result));
    hb.hb_blob_destroy(result);
    hb.hb_face_destroy(subset);
    return bytes;
  } finally {
    hb.hb_subset_input_destroy(input);
    hb.hb_face_destroy(face);
    hb.free(data);
  }
}

/** Names the settings of desubroutinize(); change it when they change, so that the next build remakes the fonts. */
const RECIPE = "desubroutinize; all glyphs, characters, names, features and scripts; no DSIG; v1";

/** What the fonts were made from; when it matches the last build's, the fonts are left as they are. */
function sourceStamp(files: readonly string[]): string {
  const hash = createHash("sha256");
  const harfbuzz = JSON.parse(readFileSync(path.join(path.dirname(HARFBUZZ_WASM), "..", "package.json"), "utf8")) as {
    version: string;
  };
  hash.update(`harfbuzzjs ${harfbuzz.version}; ${RECIPE}\n`);
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest("hex");
}

/** Writes the fonts (each through a temporary name, so a reader never sees half a file); returns the names written. */
export async function writePdfFonts(dir: string = BUILT_FONTS_DIR): Promise<readonly string[]> {
  const sources = KOREAN_FONT.files.map((file) => packagedFontFile(KOREAN_FONT.pkg, file));
  const stampFile = path.join(dir, "fonts.stamp");
  const stamp = sourceStamp(sources);
  const previous = (() => {
    try {
      return readFileSync(stampFile, "utf8");
    } catch {
      return undefined;
    }
  })();
  if (previous === stamp && KOREAN_FONT.files.every((file) => existsSync(path.join(dir, file)))) return [];
  mkdirSync(dir, { recursive: true });
  const hb = await loadHarfBuzz();
  const written: string[] = [];
  for (const [i, file] of KOREAN_FONT.files.entries()) {
    const target = path.join(dir, file);
    const temporary = `${target}.${process.pid}.tmp`;
    writeFileSync(temporary, desubroutinize(hb, readFileSync(sources[i]!)));
    renameSync(temporary, target);
    written.push(file);
  }
  // The licence travels with the fonts (SIL OFL 1.1).
  writeFileSync(path.join(dir, "LICENSE"), readFileSync(path.join(path.dirname(sources[0]!), "..", "LICENSE")));
  writeFileSync(stampFile, stamp);
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const written = await writePdfFonts();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    written.length > 0
      ? `PDF fonts without subroutines: ${written.join(", ")} in ${path.relative(process.cwd(), BUILT_FONTS_DIR)} (${seconds} s)\n`
      : "PDF fonts up to date\n",
  );
}
