import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clause, paragraph, root, signature, table } from "../../src/model/build.js";
import { collectLines } from "../../src/model/walk.js";
import { readDocxText } from "../../src/readers/read-docx-text.js";
import { normalizeText } from "../../src/text/normalize-text.js";
import { pinZipTimestamps, writeDocx } from "../../src/writers/docx.js";
import { SAMPLE_DOC } from "./sample-doc.js";

const sha = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");

/** The text of one zip entry (docx parts are deflated; mammoth's own zip reader is not public, so use yauzl-free inflate). */
async function entryText(bytes: Uint8Array, name: string): Promise<string> {
  const { inflateRawSync } = await import("node:zlib");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i + 30 <= bytes.length; ) {
    if (view.getUint32(i, true) !== 0x04034b50) break;
    const method = view.getUint16(i + 8, true);
    const size = view.getUint32(i + 18, true);
    const nameLength = view.getUint16(i + 26, true);
    const extra = view.getUint16(i + 28, true);
    const entry = new TextDecoder().decode(bytes.subarray(i + 30, i + 30 + nameLength));
    const data = bytes.subarray(i + 30 + nameLength + extra, i + 30 + nameLength + extra + size);
    if (entry === name) return (method === 8 ? inflateRawSync(data) : Buffer.from(data)).toString("utf8");
    i += 30 + nameLength + extra + size;
  }
  throw new Error(`no entry ${name}`);
}

describe("writeDocx", () => {
  it("should round-trip the model's text through an independent extractor (mammoth)", async () => {
    const extracted = await readDocxText(await writeDocx(SAMPLE_DOC));
    const expected = collectLines(SAMPLE_DOC).map((line) => normalizeText(line.text));
    expect(extracted.paragraphs.map(normalizeText).filter(Boolean)).toEqual(expected);
  });

  it("should keep the closing line, the signature block and the addressee together on one page (keepNext)", async () => {
    const doc = root({ ...SAMPLE_DOC.meta, lang: "ko" }, [
      paragraph("라. 기타사항의 내용입니다.", "rrs-other-text"),
      paragraph("위와 같이 고용사유서를 제출합니다.", "rrs-closing"),
      signature(
        [{ role: "고용기업", name: "주식회사 한빛커머스", lines: [] }],
        "(서명 또는 인)",
        "rrs-signatures",
        "2026. 12. 1.",
      ),
      paragraph("서울출입국·외국인청장 귀하", "rrs-addressee"),
    ]);
    const xml = await entryText(await writeDocx(doc), "word/document.xml");
    const paragraphOf = (text: string): string => xml.split("</w:p>").find((p) => p.includes(text))!;
    expect(paragraphOf("위와 같이 고용사유서를 제출합니다.")).toContain("<w:keepNext/>");
    expect(paragraphOf("(서명 또는 인)")).toContain("<w:keepNext/>");
    expect(paragraphOf("라. 기타사항의 내용입니다.")).not.toContain("<w:keepNext/>");
    expect(paragraphOf("귀하")).not.toContain("<w:keepNext/>");
  });

  it("should keep the last article whole and with both parties' signature lines, so no party starts a page alone", async () => {
    const doc = root({ ...SAMPLE_DOC.meta, lang: "ko" }, [
      clause("제3조", ["위 업무는 모두 직종 코드 2224의 범위에 속한다."], "annex-scope", { title: "직종의 범위" }),
      clause("제4조", ["이 부속서는 2027. 1. 4.부터 적용된다.", "연봉은 고용계약서에 따른다."], "annex-terms", {
        title: "적용 기간",
      }),
      signature(
        [
          { role: "사용자", name: "주식회사 한빛커머스", lines: ["대표자: 김민준"] },
          { role: "근로자", name: "NGUYEN VAN AN", lines: [] },
        ],
        "(서명 또는 인)",
        "annex-signatures",
        "2026. 12. 1.",
      ),
    ]);
    const xml = await entryText(await writeDocx(doc), "word/document.xml");
    const paragraphs = xml.split("</w:p>").filter((p) => p.includes("<w:t"));
    const at = (text: string): number => paragraphs.findIndex((p) => p.includes(text));
    // From the article's title to the employer's signature line, every paragraph is kept with the next one.
    for (const p of paragraphs.slice(at("제4조"), -1)) expect(p).toContain("<w:keepNext/>");
    for (const text of ["2027. 1. 4.", "연봉은"]) expect(paragraphs[at(text)]).toContain("<w:keepLines/>");
    expect(paragraphs.at(-1)).not.toContain("<w:keepNext/>");
    expect(paragraphs[at("위 업무는")]).not.toContain("<w:keepNext/>");
    // Both parties sit in one table row that may not split (LibreOffice breaks a long keepNext chain).
    const row = xml.slice(xml.lastIndexOf("<w:tr>"), xml.lastIndexOf("</w:tr>"));
    expect(row).toContain("<w:cantSplit/>");
    for (const text of ["2026. 12. 1.", "사용자", "대표자: 김민준", "근로자", "NGUYEN VAN AN"])
      expect(row).toContain(text);
    expect(row.split("(서명 또는 인)").length).toBe(3);
  });

  it("should write each paragraph of a table cell as its own paragraph, and keep a table before a signature with it", async () => {
    const doc = root({ ...SAMPLE_DOC.meta, lang: "ko" }, [
      table([["1", ["1) 직종 코드를 바꾸었습니다.", "2) 업무를 다시 적었습니다."]]], "cover-reasons-table"),
      table([["1", "고용사유서"]], "cover-enclosures-table"),
      signature([{ role: "고용기업", name: "주식회사 한빛커머스", lines: [] }], "(서명 또는 인)", "cover-signatures"),
    ]);
    const xml = await entryText(await writeDocx(doc), "word/document.xml");
    const cells = xml.split("</w:tc>");
    const changes = cells.find((c) => c.includes("1) 직종"))!;
    expect(changes.split("</w:p>").filter((p) => p.includes("<w:t")).length).toBe(2);
    expect(changes).toContain("2) 업무를 다시");
    expect(changes).not.toContain("<w:keepNext/>");
    expect(cells.find((c) => c.includes("고용사유서"))).toContain("<w:keepNext/>");
  });

  it("should write clause numbers as literal text, not Word numbering", async () => {
    const xml = await entryText(await writeDocx(SAMPLE_DOC), "word/document.xml");
    expect(xml).not.toContain("<w:numPr>");
    expect(xml).toContain("2.1 웹사이트의");
  });

  it("should set the East Asian font and Korean language, and escape XML itself", async () => {
    const bytes = await writeDocx(SAMPLE_DOC);
    const styles = await entryText(bytes, "word/styles.xml");
    expect(styles).toMatch(/w:eastAsia="Malgun Gothic"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="ko-KR"/);
    expect(await entryText(bytes, "word/document.xml")).toContain("Kim &amp; Lee &lt;legal&gt;");
  });

  it("should be byte-identical for the same model, with dates from the model", async () => {
    const first = await writeDocx(SAMPLE_DOC);
    const second = await writeDocx(SAMPLE_DOC);
    expect(sha(first)).toBe(sha(second));
    const core = await entryText(first, "docProps/core.xml");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-12-01T00:00:00Z</dcterms:created>');
    expect(core).toContain("<dc:creator>Kim &amp; Lee &lt;Co.&gt;</dc:creator>");
  });
});

describe("pinZipTimestamps", () => {
  it("should set every entry's DOS date to the given day and time to midnight", async () => {
    const pinned = pinZipTimestamps(await writeDocx(SAMPLE_DOC), "2030-05-17");
    const view = new DataView(pinned.buffer, pinned.byteOffset, pinned.byteLength);
    const expectedDate = ((2030 - 1980) << 9) | (5 << 5) | 17;
    expect(view.getUint16(10, true)).toBe(0);
    expect(view.getUint16(12, true)).toBe(expectedDate);
  });
});
