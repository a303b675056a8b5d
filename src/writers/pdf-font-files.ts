/** Where the PDF writer's font files are: the build's copies without subroutines, else the npm packages' originals. */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PACKAGE_ROOT } from "../paths.js";

/** Fonts of an @embedpdf/fonts-* package that the PDF writer uses. */
export interface FontPackage {
  readonly pkg: string;
  readonly files: readonly [regular: string, bold: string];
}

export const KOREAN_FONT: FontPackage = {
  pkg: "@embedpdf/fonts-kr",
  files: ["NotoSansKR-Regular.otf", "NotoSansKR-Bold.otf"],
};
/** Loaded only for Han characters Noto Sans KR lacks (simplified forms), so it is not rebuilt. */
export const HAN_FONT: FontPackage = {
  pkg: "@embedpdf/fonts-sc",
  files: ["NotoSansHans-Regular.otf", "NotoSansHans-Bold.otf"],
};

/** Where `npm run build` writes the Korean fonts without CFF subroutines (src/build/write-pdf-fonts.ts). */
export const BUILT_FONTS_DIR = path.join(PACKAGE_ROOT, "dist", "fonts");

/** A font file of the package: not in its `exports` map, so found next to its entry point. */
export function packagedFontFile(pkg: string, file: string): string {
  const entry = createRequire(import.meta.url).resolve(pkg);
  return path.join(path.dirname(entry), "..", "fonts", file);
}

/**
 * A font's file: the build's copy when there is one (same glyphs and characters, faster to embed and to read back),
 * else the package's original, as when running the tests from src/ before a build.
 */
export function pdfFontFilePath(font: FontPackage, file: string): string {
  const built = path.join(BUILT_FONTS_DIR, file);
  return existsSync(built) ? built : packagedFontFile(font.pkg, file);
}

/** Every font file the PDF writer may ask for, by "package/file" (what a batch worker may request of its parent). */
export const PDF_FONT_FILES: ReadonlyMap<string, { readonly font: FontPackage; readonly file: string }> = new Map(
  [KOREAN_FONT, HAN_FONT].flatMap((font) => font.files.map((file) => [`${font.pkg}/${file}`, { font, file }] as const)),
);

/** Where the PDF writer gets a font's bytes from. */
export type FontBytesSource = (font: FontPackage, file: string) => Promise<Buffer>;

let fontBytesSource: FontBytesSource = async (font, file) => readFileSync(pdfFontFilePath(font, file));

/**
 * Replaces where this thread's PDF writer reads its fonts. A batch worker asks its parent instead, which hands every
 * worker the same shared bytes: 10 MB of Korean faces (27 MB with the Han fallback) held once per batch, not per worker.
 */
export function setFontBytesSource(source: FontBytesSource): void {
  fontBytesSource = source;
}

export function readFontBytes(font: FontPackage, file: string): Promise<Buffer> {
  return fontBytesSource(font, file);
}
