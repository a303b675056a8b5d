/**
 * Which code points the PDF fonts can draw, as a table that `npm run build` writes (src/build/write-glyph-coverage.ts),
 * so that validate and generate can refuse undrawable text without reading and parsing 27 MB of fonts.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Font as FontkitFont } from "fontkit";
import { BUILT_FONTS_DIR, HAN_FONT, KOREAN_FONT, packagedFontFile } from "./pdf-font-files.js";

/** Where the build writes the table, beside the fonts it describes. */
export const GLYPH_COVERAGE_FILE = path.join(BUILT_FONTS_DIR, "glyph-coverage.json");

/** The table as stored: what it was made from, and the drawable code points as sorted inclusive ranges [start, end, …]. */
export interface GlyphCoverageTable {
  readonly recipe: string;
  readonly fonts: Readonly<Record<string, number>>;
  readonly ranges: readonly number[];
}

/** The four faces whose glyphs decide what may appear in a PDF. */
export interface CoverageFaces {
  readonly regular: FontkitFont;
  readonly bold: FontkitFont;
  readonly hanRegular: FontkitFont;
  readonly hanBold: FontkitFont;
}

/** Names the rule of drawableRanges(); change it when the rule changes, so that the next build remakes the table. */
export const COVERAGE_RECIPE = "each weight in the Korean face or the Han fallback; v1";

/** Each original font file with its size: a different font package (even of the same version) makes the table stale. */
export function fontSources(): Record<string, number> {
  const sources: Record<string, number> = {};
  for (const font of [KOREAN_FONT, HAN_FONT]) {
    for (const file of font.files) sources[`${font.pkg}/${file}`] = statSync(packagedFontFile(font.pkg, file)).size;
  }
  return sources;
}

/**
 * The code points the PDF writer accepts: each weight must draw it in the Korean face or the Han fallback (the rule of
 * loadGlyphFinder in pdf.ts), as sorted inclusive ranges.
 */
export function drawableRanges(faces: CoverageFaces): number[] {
  const candidates = new Set<number>();
  for (const face of [faces.regular, faces.bold, faces.hanRegular, faces.hanBold])
    for (const cp of face.characterSet) candidates.add(cp);
  const drawable = [...candidates]
    .filter(
      (cp) =>
        (faces.regular.hasGlyphForCodePoint(cp) || faces.hanRegular.hasGlyphForCodePoint(cp)) &&
        (faces.bold.hasGlyphForCodePoint(cp) || faces.hanBold.hasGlyphForCodePoint(cp)),
    )
    .sort((a, b) => a - b);
  const ranges: number[] = [];
  for (const cp of drawable) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === cp - 1) ranges[ranges.length - 1] = cp;
    else ranges.push(cp, cp);
  }
  return ranges;
}

/** The build's table, or undefined when there is none or it was made from other font files (then fontkit decides). */
export function readGlyphCoverage(file: string = GLYPH_COVERAGE_FILE): GlyphCoverageTable | undefined {
  let table: GlyphCoverageTable;
  try {
    table = JSON.parse(readFileSync(file, "utf8")) as GlyphCoverageTable;
  } catch {
    return undefined;
  }
  const current = fontSources();
  const same =
    Object.keys(current).length === Object.keys(table.fonts ?? {}).length &&
    Object.entries(current).every(([name, size]) => table.fonts[name] === size);
  return same && table.recipe === COVERAGE_RECIPE && Array.isArray(table.ranges) ? table : undefined;
}

/** The first character of a text that is neither white space nor drawable, and how many characters come before it. */
export type MissingGlyph = { readonly character: string; readonly index: number } | undefined;

/**
 * The finder of the first character a text holds that is neither white space nor in the table's ranges, as one
 * regular expression: the same answer as testing each character with coverageLookup (a character is a code point, a
 * lone surrogate included, in both), in one native search instead of a loop that took a cold validate about 10 ms
 * over a case's 4,400 characters. Undefined when the ranges are not pairs of code points in order.
 */
export function coverageFinder(table: GlyphCoverageTable): ((text: string) => MissingGlyph) | undefined {
  const ranges = table.ranges;
  if (!Array.isArray(ranges) || ranges.length % 2 !== 0) return undefined;
  let drawable = "";
  for (let i = 0; i < ranges.length; i += 2) {
    const [low, high] = [ranges[i]!, ranges[i + 1]!];
    if (!(Number.isInteger(low) && Number.isInteger(high) && low >= 0 && low <= high && high <= 0x10ffff)) return;
    drawable += `\\u{${low.toString(16)}}-\\u{${high.toString(16)}}`;
  }
  let missing: RegExp;
  try {
    missing = new RegExp(`[^\\s${drawable}]`, "u");
  } catch {
    return undefined;
  }
  return (text) => {
    const found = missing.exec(text);
    return found ? { character: found[0], index: [...text.slice(0, found.index)].length } : undefined;
  };
}

/** A code point test over the table's ranges (binary search). */
export function coverageLookup(table: GlyphCoverageTable): (codePoint: number) => boolean {
  const ranges = Uint32Array.from(table.ranges);
  const count = ranges.length / 2;
  return (codePoint) => {
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (codePoint < ranges[2 * mid]!) high = mid - 1;
      else if (codePoint > ranges[2 * mid + 1]!) low = mid + 1;
      else return true;
    }
    return false;
  };
}
