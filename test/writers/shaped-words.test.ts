import { describe, expect, it } from "vitest";
import { paragraph, root } from "../../src/model/build.js";
import { readPdfText } from "../../src/readers/read-pdf-text.js";
import { loadPdfFonts, shapingMemory, writePdf } from "../../src/writers/pdf.js";
import {
  preshapedWordLookup,
  preshapedWords,
  resetPreshapedWords,
  restoreWord,
  storeWord,
} from "../../src/writers/shaped-words.js";
import { SAMPLE_DOC } from "./sample-doc.js";

describe("the build's shaped PDF words", async () => {
  const fonts = await loadPdfFonts();
  resetPreshapedWords();
  const faces = [fonts.regular, fonts.bold].map((face) => ({ face, words: preshapedWords(face.postscriptName) }));

  // First in the file: the glyphs below must not have been shaped at run time yet in this process.
  it("should keep the text layer of a word shaped later from the glyphs of stored words", async () => {
    const stored = [...faces[0]!.words.keys()].find((text) => /^[가-힣]{3,}$/u.test(text.trim()))!;
    const later = `${[...stored.trim()].reverse().join("")}뷁`;
    expect(faces[0]!.words.has(later)).toBe(false);
    await writePdf(root(SAMPLE_DOC.meta, [paragraph(stored, "stored")]));
    const bytes = await writePdf(root(SAMPLE_DOC.meta, [paragraph(Array(12).fill(later).join(" "), "later")]));
    expect((await readPdfText(bytes, { inThread: true })).text).toContain(later);
  });

  it("should give one stored word when asked, as the whole table holds it, and nothing for other words", () => {
    for (const { face, words } of faces) {
      const lookup = preshapedWordLookup(face.postscriptName);
      const step = Math.max(1, Math.floor(words.size / 25));
      const sample = [...words.keys()].filter((_, i) => i % step === 0);
      expect(sample.length).toBeGreaterThan(3);
      for (const text of sample) expect(lookup(text), text).toEqual(words.get(text));
      expect(lookup("뷁뷁뷁 not a template word")).toBeUndefined();
      expect(lookup("constructor")).toBeUndefined();
    }
  });

  it("should exist for the installed fonts and shaping code (npm run build writes them), for both weights", () => {
    for (const { face, words } of faces) expect(words.size, face.postscriptName).toBeGreaterThan(100);
    expect(faces[0]!.words.has("합니다. ") || faces[0]!.words.has("합니다.")).toBe(true);
  });

  it("should hold, for every word, what fontkit shapes now (as pdfkit scales it)", () => {
    for (const { face, words } of faces) {
      const scale = 1000 / (face as unknown as { unitsPerEm: number }).unitsPerEm;
      for (const [text, stored] of words) {
        const run = (
          face as unknown as {
            layout(text: string): {
              glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
              positions: Record<string, number>[];
            };
          }
        ).layout(text);
        const positions = run.positions.map((p, i) => ({
          xAdvance: p.xAdvance! * scale,
          yAdvance: p.yAdvance! * scale,
          xOffset: p.xOffset! * scale,
          yOffset: p.yOffset! * scale,
          advanceWidth: run.glyphs[i]!.advanceWidth * scale,
        }));
        const fresh = {
          glyphs: run.glyphs.map((g) => ({ id: g.id, advanceWidth: g.advanceWidth, codePoints: [...g.codePoints] })),
          positions,
          advanceWidth: positions.reduce((sum, p) => sum + p.xAdvance, 0),
        };
        expect(stored, `${face.postscriptName} "${text}"`).toEqual(fresh);
      }
    }
  });

  it("should round-trip a shaped word through its stored form", () => {
    const [text, word] = [...faces[0]!.words][0]!;
    expect(restoreWord(storeWord(word)), text).toEqual(word);
  });

  it("should leave the PDF bytes as shaping at run time makes them", async () => {
    const common = [...faces[0]!.words.keys()].slice(0, 300).join("");
    const doc = root(SAMPLE_DOC.meta, [...SAMPLE_DOC.children, paragraph(common, "common-words")]);
    await shapingMemory.usePreshaped(false);
    const shapedNow = await writePdf(doc);
    await shapingMemory.usePreshaped(true);
    const preshaped = await writePdf(doc);
    expect(Buffer.from(preshaped).equals(Buffer.from(shapedNow))).toBe(true);
  });
});
