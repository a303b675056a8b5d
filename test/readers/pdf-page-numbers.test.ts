// A lone number at the top or bottom of a page is a running page number; the number cell of a table row that starts
// a page is content (it shares its baseline with the row's other cells).
import { describe, expect, it } from "vitest";
import { paragraph, root, table } from "../../src/model/build.js";
import { readOwnPdfText } from "../../src/readers/read-own-pdf-text.js";
import { readPdfText, textFromPdfPages } from "../../src/readers/read-pdf-text.js";
import { writePdf } from "../../src/writers/pdf.js";

/** An enclosure table long enough to run onto a second page, so that some numbered row starts page 2. */
const ENCLOSURES = root(
  { kind: "cover-letter", lang: "ko", title: "첨부 서류", subject: "2224", author: "e7-align", date: "2026-12-01" },
  [
    paragraph("다음 서류를 첨부합니다.", "intro"),
    table(
      Array.from({ length: 45 }, (_, i) => [String(i + 1), `첨부 서류 ${i + 1}: 사업자등록증명과 납세증명서 사본`]),
      "enclosures",
      { header: ["번호", "서류"], widths: [1, 6] },
    ),
  ],
);

describe("page numbers in PDF text", () => {
  it("keeps the number cell of a table row that starts a page, with pdf.js and with the own-PDF reader", async () => {
    const bytes = await writePdf(ENCLOSURES);
    for (const text of [await readPdfText(bytes.slice()), readOwnPdfText(bytes.slice(), "enclosures.pdf")!]) {
      expect(text.pages).toBeGreaterThan(1);
      const numbers = text.paragraphs.filter((p) => /^\d+$/.test(p)).map(Number);
      expect(numbers).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
    }
  });
});

describe("running headers in PDF text", () => {
  /** One text item at height y, as pdf.js gives it. */
  const item = (str: string, y: number) => ({
    str,
    transform: [10, 0, 0, 10, 50, y],
    width: str.length * 5,
    height: 10,
    hasEOL: true,
  });

  it("drops a line that tops two or more pages with the same words, even when drawn after the page's body", () => {
    const pages = [
      [
        item("Article 3 (Duties)", 700),
        item("1. Design data models for sales.", 680),
        item("Hanul Retail Co., Ltd.", 800),
      ],
      [
        item("2. Build ETL pipelines in Airflow.", 700),
        item("3. Tune SQL queries and indexes.", 680),
        item("Hanul Retail Co., Ltd.", 800),
      ],
    ];
    const text = textFromPdfPages(pages, 2, "contract.pdf");
    expect(text.paragraphs.join("\n")).not.toContain("Hanul Retail");
    expect(text.paragraphs.join("\n")).toContain("2. Build ETL pipelines in Airflow.");
  });

  it("keeps a line that tops only one page", () => {
    const pages = [
      [
        item("Hanul Retail Co., Ltd.", 800),
        item("Article 3 (Duties)", 700),
        item("1. Design data models for sales.", 680),
      ],
      [item("2. Build ETL pipelines in Airflow.", 700), item("3. Tune SQL queries and indexes.", 680)],
    ];
    expect(textFromPdfPages(pages, 2, "contract.pdf").paragraphs.join("\n")).toContain("Hanul Retail");
  });
});
