/**
 * Words already shaped at build time (src/build/write-shaped-words.ts): the template text every packet draws. OpenType
 * shaping of Hangul in a fresh process (fontkit's GSUB code not yet compiled by V8) was the largest part of a cold
 * `generate`; a stored word gives pdfkit the glyphs and positions that shaping it would, so the PDFs stay the same bytes.
 */
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../paths.js";
import { BUILT_FONTS_DIR, KOREAN_FONT } from "./pdf-font-files.js";

/** Where the build writes the table, beside the fonts it was shaped with. */
export const SHAPED_WORDS_FILE = path.join(BUILT_FONTS_DIR, "shaped-words.json");

/** What pdfkit reads of a shaped word (see useFont in pdf.ts): glyph id, advance and characters, and each glyph's position. */
export interface ShapedWord {
  readonly glyphs: readonly {
    readonly id: number;
    readonly advanceWidth: number;
    readonly codePoints: readonly number[];
  }[];
  readonly positions: readonly {
    readonly xAdvance: number;
    readonly yAdvance: number;
    readonly xOffset: number;
    readonly yOffset: number;
    readonly advanceWidth: number;
  }[];
  readonly advanceWidth: number;
}

/** One word as stored: per glyph [id, advanceWidth, xAdvance, yAdvance, xOffset, yOffset, positionAdvance, ...codePoints] , and the run's advance. */
type StoredWord = readonly [advanceWidth: number, glyphs: readonly (readonly number[])[]];

export interface ShapedWordsTable {
  /** The shaping code and font files the words were shaped with; another of either makes the table stale. */
  readonly stamp: string;
  /** Per face (PostScript name), word -> stored shape. */
  readonly faces: Readonly<Record<string, Readonly<Record<string, StoredWord>>>>;
}

/**
 * Names the stored form and the words drawn; change it when storeWord changes or the writer splits text into other
 * words (v2: Korean wrapped by word, so pdfkit shapes whole words), so that the next build shapes the words again.
 */
const RECIPE = "shaped-words v2";

/** fontkit and pdfkit versions (pinned in package.json) and the built Korean fonts' sizes. */
export function shapingStamp(): string {
  const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const sizes = KOREAN_FONT.files.map((file) => statSync(path.join(BUILT_FONTS_DIR, file)).size);
  return `${RECIPE}; fontkit ${pkg.dependencies.fontkit}; pdfkit ${pkg.dependencies.pdfkit}; ${KOREAN_FONT.files.map((file, i) => `${file} ${sizes[i]}`).join(", ")}`;
}

export function storeWord(word: ShapedWord): StoredWord {
  return [
    word.advanceWidth,
    word.glyphs.map((glyph, i) => {
      const p = word.positions[i]!;
      return [
        glyph.id,
        glyph.advanceWidth,
        p.xAdvance,
        p.yAdvance,
        p.xOffset,
        p.yOffset,
        p.advanceWidth,
        ...glyph.codePoints,
      ];
    }),
  ];
}

export function restoreWord([advanceWidth, glyphs]: StoredWord): ShapedWord {
  return {
    advanceWidth,
    glyphs: glyphs.map((g) => ({ id: g[0]!, advanceWidth: g[1]!, codePoints: g.slice(7) })),
    positions: glyphs.map((g) => ({
      xAdvance: g[2]!,
      yAdvance: g[3]!,
      xOffset: g[4]!,
      yOffset: g[5]!,
      advanceWidth: g[6]!,
    })),
  };
}

let loaded: ShapedWordsTable | null | undefined;

function loadTable(file: string): ShapedWordsTable | null {
  if (loaded === undefined) {
    try {
      const table = JSON.parse(readFileSync(file, "utf8")) as ShapedWordsTable;
      loaded = table.stamp === shapingStamp() ? table : null;
    } catch {
      loaded = null;
    }
  }
  return loaded;
}

/** The build's words for a face, or none when there is no table or it is stale; read once per process. */
export function preshapedWords(face: string, file: string = SHAPED_WORDS_FILE): ReadonlyMap<string, ShapedWord> {
  const words = loadTable(file)?.faces[face];
  return new Map(words ? Object.entries(words).map(([text, stored]) => [text, restoreWord(stored)]) : []);
}

/**
 * One word of the build's table for a face, restored when asked for: a packet draws a few hundred of the table's
 * thousands of words, and restoring them all (with a fontkit glyph each) cost a cold `generate` more than shaping.
 */
export function preshapedWordLookup(
  face: string,
  file: string = SHAPED_WORDS_FILE,
): (text: string) => ShapedWord | undefined {
  const words = loadTable(file)?.faces[face];
  if (!words) return () => undefined;
  return (text) => {
    const stored = Object.hasOwn(words, text) ? words[text] : undefined;
    return stored ? restoreWord(stored) : undefined;
  };
}

/** For tests: forget the table read, so that the next face reads `file` again. */
export function resetPreshapedWords(): void {
  loaded = undefined;
}
