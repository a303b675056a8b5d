// PDF reading in the calling thread (a batch worker's read-back of its own PDFs): the same text and the same errors as
// the isolated reader thread, and the thread's built-ins left native after pdf.js's bundled polyfills have loaded.
import { describe, expect, it } from "vitest";
import { readPdfText } from "../../src/readers/read-pdf-text.js";
import { makePdf, type FixtureParagraph } from "../fixtures/verify/build-fixtures.js";

// Captured before pdf.js is loaded in this thread (each test file runs in its own worker).
const NATIVE = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };

const CONTENT: readonly FixtureParagraph[] = [
  { heading: "Article 3. Duties / 담당업무" },
  "1. Develop and maintain the company's customer-facing web platform, including the front end built with React and the back end REST APIs.",
  "2. 회사 웹 플랫폼의 프론트엔드와 백엔드를 개발하고 유지보수하며, 웹 서비스의 성능과 보안을 개선한다.",
  ...Array.from({ length: 60 }, (_, i) => `Line ${i} of filler text to reach a second page.`),
];

describe("readPdfText with inThread", () => {
  it("extracts the same pages and paragraphs as the isolated reader thread", async () => {
    const bytes = await makePdf(CONTENT);
    const inThread = await readPdfText(bytes, { name: "own.pdf", inThread: true });
    expect(inThread.pages).toBe(2);
    expect(inThread).toEqual(await readPdfText(bytes, { name: "own.pdf" }));
  });

  it("keeps the page limit and pdf.js's errors", async () => {
    await expect(
      readPdfText(await makePdf(CONTENT), { name: "long.pdf", inThread: true, limits: { maxPages: 1 } }),
    ).rejects.toMatchObject({ code: "E_DOCUMENT_LIMIT" });
    const encrypted = await makePdf(CONTENT.slice(0, 3), { userPassword: "secret" });
    await expect(readPdfText(encrypted, { name: "locked.pdf", inThread: true })).rejects.toMatchObject({
      code: "E_DOCUMENT_ENCRYPTED",
      message: expect.stringContaining("locked.pdf"),
    });
  });

  it("puts back the native Array.prototype.push and JSON that pdf.js's core-js replaces on Node 20", async () => {
    await readPdfText(await makePdf(CONTENT.slice(0, 3)), { name: "own.pdf", inThread: true });
    expect({ push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify }).toEqual(NATIVE);
    // The methods core-js adds because Node 20 lacks them stay (pdf.js uses them).
    expect(typeof (Promise as unknown as { withResolvers?: unknown }).withResolvers).toBe("function");
  });
});
