import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { create as openFont, type Font } from "fontkit";
import { describe, expect, it } from "vitest";
import { heading, keepWithNext, paragraph, root, table } from "../../src/model/build.js";
import { collectLines } from "../../src/model/walk.js";
import { extractPdfItems } from "../../src/readers/pdf-text-extract.mjs";
import { readPdfText } from "../../src/readers/read-pdf-text.js";
import { compactText } from "../../src/text/normalize-text.js";
import { checkGlyphCoverage, loadPdfFonts, writePdf } from "../../src/writers/pdf.js";
import { BUILT_FONTS_DIR, KOREAN_FONT, packagedFontFile } from "../../src/writers/pdf-font-files.js";
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

describe("writePdf across documents", () => {
  it("should write a document the same whatever was drawn before it (shaped words are shared between documents)", async () => {
    const other = root({ ...SAMPLE_DOC.meta }, [
      paragraph("다른 문서: 데이터베이스를 설계하고 성능을 개선한다. Designs databases; tunes queries.", "other"),
      ...SAMPLE_DOC.children,
    ]);
    const before = sha(await writePdf(SAMPLE_DOC));
    await writePdf(other);
    expect(sha(await writePdf(SAMPLE_DOC))).toBe(before);
  });
});

describe("writePdf with a table cell of several paragraphs", () => {
  it("should start each paragraph of the cell on a new line, even when both would fit on one", async () => {
    const doc = root({ ...SAMPLE_DOC.meta }, [
      table([["1", ["1) 직종 코드를 바꾸었습니다.", "2) 업무를 다시 적었습니다."]]], "cover-reasons-table", {
        widths: [1, 9],
      }),
    ]);
    const result = await extractPdfItems(await writePdf(doc), 5);
    if (result.kind !== "ok") throw new Error(result.kind);
    const items = result.pages[0] as { str: string; transform: number[] }[];
    const y = (start: string): number | undefined => items.find((item) => item.str.startsWith(start))?.transform[5];
    expect(y("1)")).toBeDefined();
    expect(y("2)")).toBeDefined();
    expect(y("2)")!).toBeLessThan(y("1)")!);
  });
});

describe("writePdf keeps a heading and the line announcing a table with the table", () => {
  it("should never leave them at the foot of a page without the table's first row, wherever the page ends", async () => {
    const filler = "기존 신청 이후 달라진 내용을 설명하는 문단입니다. ".repeat(6);
    for (let lines = 0; lines < 14; lines++) {
      const doc = root({ ...SAMPLE_DOC.meta, lang: "ko" }, [
        ...Array.from({ length: 10 }, () => paragraph(filler, "filler")),
        ...Array.from({ length: lines }, () => paragraph("한 줄 문단입니다.", "filler-line")),
        heading(2, "6. 첨부 서류", "cover-enclosures"),
        ...keepWithNext([paragraph("첨부 서류는 다음과 같습니다.", "cover-enclosures-intro")]),
        table(
          [
            ["1", "불허 통지서 사본"],
            ["2", "고용사유서"],
          ],
          "cover-enclosures-table",
          { header: ["번호", "서류"] },
        ),
      ]);
      const result = await extractPdfItems(await writePdf(doc), 5);
      if (result.kind !== "ok") throw new Error(result.kind);
      const pages = result.pages.map((items) => (items as { str: string }[]).map((item) => item.str).join(""));
      const page = pages.findIndex((text) => text.includes("6. 첨부 서류"));
      expect(pages[page], `${lines} short lines`).toContain("다음과 같습니다.");
      expect(pages[page], `${lines} short lines`).toContain("불허 통지서 사본");
    }
  });
});

describe("writePdf with a table row taller than a page", () => {
  it("should continue the row on the next pages and lose none of its text", async () => {
    // Like the RRS's experience table for a case with hundreds of duties: one cell listing every related duty.
    const related = Array.from({ length: 600 }, (_, i) => `2.${i + 1}`).join(", ");
    const doc = root({ ...SAMPLE_DOC.meta }, [
      ...SAMPLE_DOC.children,
      table([["网易游戏 (NetEase Games)", "게임 클라이언트 개발자", related]], "rrs-experience", {
        header: ["근무처", "직무", "관련 업무"],
      }),
    ]);
    const read = await readPdfText(await writePdf(doc));
    const numbers = new Set(compactText(read.text).match(/2\.\d+/g));
    expect([...related.split(", ")].filter((number) => !numbers.has(number))).toEqual([]);
    expect(read.pages).toBeGreaterThan(2);
  });
});

describe("writePdf with Hanja", () => {
  it("should draw Hanja the Korean font has (names) in Noto Sans KR, without the Han fallback", async () => {
    const doc = root({ ...SAMPLE_DOC.meta }, [
      ...SAMPLE_DOC.children,
      paragraph("대표자: 이승희 (李承熙), 근로자: 김민준 (金民俊)", "rrs-company"),
    ]);
    const bytes = await writePdf(doc);
    expect(Buffer.from(bytes).toString("latin1")).not.toContain("NotoSansHans");
    expect(compactText((await readPdfText(bytes)).text)).toContain(
      compactText("이승희 (李承熙), 근로자: 김민준 (金民俊)"),
    );
  });
});

describe("writePdf with Han characters the Korean font lacks", () => {
  it("should draw them in the Noto Sans Hans fallback and give them back", async () => {
    const doc = root({ ...SAMPLE_DOC.meta }, [
      ...SAMPLE_DOC.children,
      paragraph("학력: 哈尔滨工业大学 (하얼빈공업대학)", "rrs-fit-education"),
    ]);
    const bytes = await writePdf(doc);
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(compactText((await readPdfText(bytes)).text)).toContain(
      compactText("학력: 哈尔滨工业大学 (하얼빈공업대학)"),
    );
  });
});

describe("checkGlyphCoverage", () => {
  it("should refuse a character the font cannot draw, naming it and its section", async () => {
    const doc = root({ ...SAMPLE_DOC.meta }, [paragraph("Deploys the shop 🚀 weekly", "annex-intro")]);
    const fonts = await loadPdfFonts();
    expect(() => checkGlyphCoverage(doc, fonts)).toThrow(
      expect.objectContaining({ code: "E_FONT_MISSING_GLYPH", message: expect.stringContaining("U+1F680") }),
    );
    await expect(writePdf(doc)).rejects.toMatchObject({ code: "E_FONT_MISSING_GLYPH" });
  });

  it("should refuse a character neither the Korean font nor the Han fallback has, when the fallback is loaded too", async () => {
    const doc = root({ ...SAMPLE_DOC.meta }, [paragraph("학력: 哈尔滨工业大学 🚀", "rrs-fit-education")]);
    const fonts = await loadPdfFonts(true);
    expect(() => checkGlyphCoverage(doc, fonts)).toThrow(
      expect.objectContaining({ code: "E_FONT_MISSING_GLYPH", message: expect.stringContaining("U+1F680") }),
    );
    expect(() =>
      checkGlyphCoverage(root({ ...SAMPLE_DOC.meta }, [paragraph("학력: 哈尔滨工业大学", "rrs-fit-education")]), fonts),
    ).not.toThrow();
    await expect(writePdf(doc)).rejects.toMatchObject({ code: "E_FONT_MISSING_GLYPH" });
  });

  it("should accept Hangul, the won sign and circled numbers", async () => {
    const fonts = await loadPdfFonts();
    expect(() => checkGlyphCoverage(SAMPLE_DOC, fonts)).not.toThrow();
    for (const ch of "똠쌰뷁₩①※") expect(fonts.regular.hasGlyphForCodePoint(ch.codePointAt(0)!)).toBe(true);
  });
});

/** fontkit members the build check reads (beyond what the writer declares in src/writers/fontkit.d.ts). */
interface FontDetails {
  readonly numGlyphs: number;
  readonly characterSet: readonly number[];
  glyphForCodePoint(codePoint: number): { readonly id: number; readonly advanceWidth: number };
}

/** The parts of a parsed CFF font the build changes: its subroutine indexes. */
interface CffTables {
  readonly "CFF ": {
    readonly globalSubrIndex: readonly unknown[];
    readonly topDict: { readonly FDArray?: readonly { readonly Private?: { readonly Subrs?: readonly unknown[] } }[] };
  };
}

describe("the build's PDF fonts (npm run build)", () => {
  it("should be the faces the PDF writer draws with", async () => {
    const fonts = await loadPdfFonts();
    for (const face of [fonts.regular, fonts.bold])
      expect((face as Font & CffTables)["CFF "].globalSubrIndex).toHaveLength(0);
  });

  for (const file of KOREAN_FONT.files) {
    it(`should hold ${file} without subroutines, with every glyph, character, width and name of the original`, () => {
      const builtFile = path.join(BUILT_FONTS_DIR, file);
      expect(existsSync(builtFile), `${builtFile} is missing: run npm run build`).toBe(true);
      const built = openFont(readFileSync(builtFile)) as Font & CffTables & FontDetails;
      const original = openFont(readFileSync(packagedFontFile(KOREAN_FONT.pkg, file))) as Font &
        CffTables &
        FontDetails;
      expect(built["CFF "].globalSubrIndex).toHaveLength(0);
      expect(built["CFF "].topDict.FDArray?.every((fd) => (fd.Private?.Subrs?.length ?? 0) === 0)).toBe(true);
      expect(original["CFF "].globalSubrIndex.length).toBeGreaterThan(0);
      expect(built.postscriptName).toBe(original.postscriptName);
      expect(built.numGlyphs).toBe(original.numGlyphs);
      expect(built.characterSet).toEqual(original.characterSet);
      const differing = original.characterSet.filter((codePoint) => {
        const a = original.glyphForCodePoint(codePoint);
        const b = built.glyphForCodePoint(codePoint);
        return a.id !== b.id || a.advanceWidth !== b.advanceWidth;
      });
      expect(differing).toEqual([]);
    });
  }
});
