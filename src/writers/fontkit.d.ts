/** The part of fontkit's API the PDF writer uses (fontkit ships no type declarations). */
declare module "fontkit" {
  export interface Font {
    readonly postscriptName: string;
    /** Every code point the font's cmap lists (some may map to glyph 0). */
    readonly characterSet: readonly number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
