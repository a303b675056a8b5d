/** The part of fontkit's API the PDF writer uses (fontkit ships no type declarations). */
declare module "fontkit" {
  export interface Font {
    readonly postscriptName: string;
    /** Every code point the font's cmap lists (some may map to glyph 0). */
    readonly characterSet: readonly number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** The face's glyph object for an id, made (with these characters) on first request and shared after. */
    getGlyph(
      id: number,
      codePoints?: number[],
    ): { readonly id: number; readonly advanceWidth: number; readonly codePoints: readonly number[] };
  }
  export function create(buffer: Uint8Array): Font;
}

/** The part of linebreak's API (pdfkit's line breaker, UAX #14) the PDF writer adjusts (linebreak ships no types). */
declare module "linebreak" {
  export interface Break {
    readonly position: number;
    readonly required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    readonly string: string;
    nextBreak(): Break | null;
  }
}
