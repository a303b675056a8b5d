import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  coverageFinder,
  coverageLookup,
  drawableRanges,
  GLYPH_COVERAGE_FILE,
  readGlyphCoverage,
  type GlyphCoverageTable,
} from "../../src/writers/glyph-coverage.js";
import { loadGlyphFinder, loadPdfFonts } from "../../src/writers/pdf.js";

describe("the build's PDF glyph coverage table", async () => {
  const fonts = await loadPdfFonts(true);
  const faces = { regular: fonts.regular, bold: fonts.bold, hanRegular: fonts.han!.regular, hanBold: fonts.han!.bold };
  const table = readGlyphCoverage();

  it("should exist for the installed fonts (npm run build writes it)", () => {
    expect(table, GLYPH_COVERAGE_FILE).toBeDefined();
  });

  it("should list exactly the code points fontkit finds drawable in each weight", () => {
    expect(table!.ranges).toEqual(drawableRanges(faces));
  });

  it("should answer like fontkit for Hangul, Latin, a simplified Han form, emoji and unassigned code points", () => {
    const drawable = coverageLookup(table!);
    const fontkit = (cp: number): boolean =>
      (faces.regular.hasGlyphForCodePoint(cp) || faces.hanRegular.hasGlyphForCodePoint(cp)) &&
      (faces.bold.hasGlyphForCodePoint(cp) || faces.hanBold.hasGlyphForCodePoint(cp));
    const samples = [..."가힣A~é们龍·※①"].map((ch) => ch.codePointAt(0)!);
    for (const cp of [...samples, 0x1f600, 0x0378, 0x10ffff, 0xe000])
      expect(drawable(cp), cp.toString(16)).toBe(fontkit(cp));
    expect(drawable("가".codePointAt(0)!)).toBe(true);
    expect(drawable("们".codePointAt(0)!)).toBe(true);
    expect(drawable(0x1f600)).toBe(false);
  });

  it("should name the first character no PDF font can draw", async () => {
    const find = await loadGlyphFinder();
    expect(find("담당 업무 们")).toBeUndefined();
    expect(find("웹 개발 😀 업무")).toEqual({ character: "😀", index: 5 });
  });

  it("should find the same first missing character as a test of each character", () => {
    const drawable = coverageLookup(table!);
    const eachCharacter = (text: string) => {
      let index = 0;
      for (const character of text) {
        if (!/\s/u.test(character) && !drawable(character.codePointAt(0)!)) return { character, index };
        index++;
      }
      return undefined;
    };
    const find = coverageFinder(table!);
    expect(find).toBeDefined();
    const texts = [
      "",
      "담당 업무 们",
      "웹 개발 😀 업무",
      "a\u3000b\u00a0c\td\ne\u2028f",
      "lone \ud800 high, lone \udc00 low, pair 😀 after 𠀀",
      "e\u0301 combining, \u200b zero width, \ufeff bom, \u0378 unassigned, \ue000 private",
    ];
    // Every 97th code point of the Basic Multilingual Plane and beyond, each alone and after a surrogate pair.
    for (let cp = 0; cp <= 0x10ffff; cp += 97) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      texts.push(`x${String.fromCodePoint(cp)}y`, `😀 ${String.fromCodePoint(cp)}`);
    }
    for (const text of texts) expect(find!(text), JSON.stringify(text)).toEqual(eachCharacter(text));
    expect(coverageFinder({ ...table!, ranges: [5, 1] })).toBeUndefined();
    expect(coverageFinder({ ...table!, ranges: [1] })).toBeUndefined();
  });

  it("should be ignored when it was made from other font files", () => {
    const stale: GlyphCoverageTable = {
      ...table!,
      fonts: { ...table!.fonts, "@embedpdf/fonts-kr/NotoSansKR-Regular.otf": 1 },
    };
    const file = path.join(mkdtempSync(path.join(tmpdir(), "e7-coverage-")), "glyph-coverage.json");
    writeFileSync(file, JSON.stringify(stale));
    expect(readGlyphCoverage(file)).toBeUndefined();
    writeFileSync(file, JSON.stringify(table));
    expect(readGlyphCoverage(file)).toEqual(table);
  });
});
