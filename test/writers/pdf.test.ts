import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { paragraph, root } from "../../src/model/build.js";
import { collectLines } from "../../src/model/walk.js";
import { readPdfText } from "../../src/readers/read-pdf-text.js";
import { compactText } from "../../src/text/normalize-text.js";
import { checkGlyphCoverage, loadPdfFonts, writePdf } from "../../src/writers/pdf.js";
import { SAMPLE_DOC } from "./sample-doc.js";

const sha = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

describe("writePdf", async () => {
  const bytes = await writePdf(SAMPLE_DOC);

  it("should give back every line in order, Korean included, through pdfjs (whitespace ignored)", async () => {
    const text = compactText((await readPdfText(bytes)).text);
    let from = 0;
    for (const line of collectLines(SAMPLE_DOC)) {
      if (line.role === "cell" || line.role === "header-cell") {
        // Table rows are drawn line by line across the cells, so a wrapped cell interleaves with its neighbours.
        for (const word of line.text.split(/\s+/)) expect(text).toContain(compactText(word));
        continue;
      }
      const at = text.indexOf(compactText(line.text), from);
      expect(at, line.text).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it("should embed Noto Sans KR subsets, not a standard font", () => {
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansKR-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansKR-Bold/);
    expect(raw).not.toContain("/Helvetica");
  });

  it("should be byte-identical for the same model, dated from the model", async () => {
    expect(sha(await writePdf(SAMPLE_DOC))).toBe(sha(bytes));
    expect(Buffer.from(bytes).toString("latin1")).toContain("(D:20261201000000Z)");
  });
});

describe("writePdf with Han characters the Korean font lacks", () => {
  it("should draw them in the Noto Sans Hans fallback and give them back", async () => {
    const doc = root({ ...SAMPLE_DOC.meta }, [...SAMPLE_DOC.children, paragraph("학력: 哈尔滨工业大学 (하얼빈공업대학)", "rrs-fit-education")]);
    const bytes = await writePdf(doc);
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(compactText((await readPdfText(bytes)).text)).toContain(compactText("학력: 哈尔滨工业大学 (하얼빈공업대학)"));
  });
});

describe("checkGlyphCoverage", () => {
  it("should refuse a character the font cannot draw, naming it and its section", async () => {
    const doc = root({ ...SAMPLE_DOC.meta }, [paragraph("Deploys the shop 🚀 weekly", "annex-intro")]);
    const fonts = await loadPdfFonts();
    expect(() => checkGlyphCoverage(doc, fonts)).toThrow(expect.objectContaining({ code: "E_FONT_MISSING_GLYPH", message: expect.stringContaining("U+1F680") }));
    await expect(writePdf(doc)).rejects.toMatchObject({ code: "E_FONT_MISSING_GLYPH" });
  });

  it("should accept Hangul, the won sign and circled numbers", async () => {
    const fonts = await loadPdfFonts();
    expect(() => checkGlyphCoverage(SAMPLE_DOC, fonts)).not.toThrow();
    for (const ch of "똠쌰뷁₩①※") expect(fonts.regular.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
  });
});
