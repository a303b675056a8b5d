// generate reads its own PDFs back without pdf.js; that reader must give exactly what pdf.js gives, on every kind of
// document the packet holds, and must step aside for any PDF it does not know.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generatePacket } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { ownPdfPageItems, readOwnPdfText } from "../../src/readers/read-own-pdf-text.js";
import { readPdfText } from "../../src/readers/read-pdf-text.js";
import { loadPdfFonts } from "../../src/writers/pdf.js";

const scratch = mkdtempSync(path.join(os.tmpdir(), "e7-own-pdf-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Korean only, English only (a reapplication, so with its cover letter), and a bilingual packet. */
const PACKETS = [
  { example: "web-developer", lang: "ko" },
  { example: "reapplication-after-code-mismatch", lang: "en" },
  { example: "interpreter", lang: "both" },
] as const;

describe("readOwnPdfText", () => {
  for (const { example, lang } of PACKETS) {
    it(`reads every PDF of the ${example} packet (${lang}) exactly as pdf.js does`, async () => {
      const outDir = path.join(scratch, `${example}-${lang}`);
      await generatePacket({
        casePath: path.join(PACKAGE_ROOT, "examples", example, "case.json"),
        outDir,
        lang,
        formats: ["pdf"],
        readBackInThread: true,
      });
      const pdfs = readdirSync(outDir).filter((name) => name.endsWith(".pdf"));
      expect(pdfs.length).toBeGreaterThanOrEqual(3);
      for (const name of pdfs) {
        const bytes = new Uint8Array(readFileSync(path.join(outDir, name)));
        const own = readOwnPdfText(bytes, name);
        expect(own, name).toBeDefined();
        expect(own, name).toEqual(await readPdfText(bytes, { name, inThread: true }));
      }
    }, 60_000);
  }

  it("steps aside for a PDF another writer made, even one drawn with pdfkit", async () => {
    const { default: PDFDocument } = await import("pdfkit");
    const pdf = new PDFDocument({ size: "A4", font: null as unknown as string });
    pdf.registerFont("regular", (await loadPdfFonts()).regular as unknown as Buffer);
    pdf.font("regular").fontSize(10).text("Develops and maintains the company's web services.", 72, 100);
    const chunks: Buffer[] = [];
    pdf.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve) => pdf.on("end", () => resolve()));
    pdf.end();
    await done;
    expect(ownPdfPageItems(new Uint8Array(Buffer.concat(chunks)))).toBeUndefined();
  });

  it("steps aside for a file it cannot follow: a simple font, Td and T*, which e7-align never writes", () => {
    const content = "BT /F1 10 Tf 72 700 Td (Hello) Tj T* (again) Tj ET";
    const objects = [
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Count 1 /Kids [3 0 R] >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      "(e7-align)",
    ];
    const body = objects.map((object, i) => `${i + 1} 0 obj\n${object}\nendobj\n`).join("");
    const file = `%PDF-1.7\n${body}trailer\n<< /Size 6 /Root 1 0 R /Info << /Producer 5 0 R >> >>\n%%EOF\n`;
    expect(ownPdfPageItems(new Uint8Array(Buffer.from(file, "latin1")))).toBeUndefined();
  });
});
