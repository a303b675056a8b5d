// The .docx zip is written with zlib: every part comes back whole, in order, dated with the document date, and the
// same parts give the same bytes.
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocxText } from "../../src/readers/read-docx-text.js";
import { writeDocx } from "../../src/writers/docx.js";
import { zipPackage } from "../../src/writers/zip-package.js";
import { SAMPLE_DOC } from "./sample-doc.js";

const PARTS = new Map<string, string | Uint8Array>([
  ["[Content_Types].xml", '<?xml version="1.0"?><Types/>'],
  ["word/document.xml", `<w:document>${"고용사유서 담당 업무 ".repeat(200)}</w:document>`],
  ["word/media/image1.bin", new Uint8Array([0, 1, 2, 250, 255])],
]);

/** The DOS dates of every local and central header. */
function dosDates(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dates: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) dates.push(view.getUint16(i + 12, true));
    if (signature === 0x02014b50) dates.push(view.getUint16(i + 14, true));
  }
  return dates;
}

describe("zipPackage", () => {
  it("gives back every part, byte for byte and in order", () => {
    const files = unzipSync(zipPackage(PARTS, "2026-12-01"));
    expect(Object.keys(files)).toEqual([...PARTS.keys()]);
    expect(new TextDecoder().decode(files["word/document.xml"])).toBe(PARTS.get("word/document.xml"));
    expect([...files["word/media/image1.bin"]!]).toEqual([0, 1, 2, 250, 255]);
  });

  it("compresses, dates every entry with the document date, and gives equal bytes for equal parts", () => {
    const bytes = zipPackage(PARTS, "2030-05-17");
    expect(bytes.length).toBeLessThan((PARTS.get("word/document.xml") as string).length);
    const dos = ((2030 - 1980) << 9) | (5 << 5) | 17;
    expect(dosDates(bytes)).toEqual(Array(6).fill(dos));
    expect(zipPackage(PARTS, "2030-05-17")).toEqual(bytes);
  });

  it("is how writeDocx packs a document, which the .docx reader then reads", async () => {
    const bytes = await writeDocx(SAMPLE_DOC);
    const dos = dosDates(bytes);
    const [year, month, day] = SAMPLE_DOC.meta.date.split("-").map(Number) as [number, number, number];
    expect(new Set(dos)).toEqual(new Set([((year - 1980) << 9) | (month << 5) | day]));
    // zlib's stream, not fflate's: both are valid DEFLATE, but they differ, so this tells who packed the file.
    const files = unzipSync(bytes);
    expect(zipPackage(new Map(Object.entries(files)), SAMPLE_DOC.meta.date)).toEqual(bytes);
    expect((await readDocxText(bytes)).paragraphs.length).toBeGreaterThan(3);
  });
});
