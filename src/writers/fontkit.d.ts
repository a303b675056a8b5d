/** The part of fontkit's API the PDF writer uses (fontkit ships no type declarations). */
declare module "fontkit" {
  export interface Font {
    readonly postscriptName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
