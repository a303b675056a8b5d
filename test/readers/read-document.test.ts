// Reader tests: good documents in every format and both languages round-trip, and every bad document gives a clear InputFileError.
import { execFileSync } from "node:child_process";
import { chmod, mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InputFileError } from "../../src/errors.js";
import { readDocument } from "../../src/readers/read-document.js";
import { readDocxText } from "../../src/readers/read-docx-text.js";
import { readPdfText } from "../../src/readers/read-pdf-text.js";
import { readPlainText } from "../../src/readers/read-plain-text.js";
import { compactText } from "../../src/text/normalize-text.js";
import { makeDocx, makePdf, writeBadDocuments, type FixtureParagraph } from "../fixtures/verify/build-fixtures.js";

const CONTENT: readonly FixtureParagraph[] = [
  { heading: "Employment Contract / 근로계약서" },
  "Position: Web Developer (웹 개발자)",
  { heading: "Article 3. Duties / 담당업무" },
  "1. Develop and maintain the company's customer-facing web platform, including the front end built with React and the back end REST APIs.",
  "2. 회사 웹 플랫폼의 프론트엔드와 백엔드를 개발하고 유지보수하며, 웹 서비스의 성능과 보안을 개선한다.",
  "3. Design database schemas and write server-side code for new web features, working with designers on user interfaces.",
  { heading: "Article 4. Working Hours / 근로시간" },
  "40 hours per week, Monday to Friday.",
];

let dir: string;
let bad: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-readers-"));
  bad = await writeBadDocuments(path.join(dir, "bad"));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const expectedParagraphs = CONTENT.map((p) => (typeof p === "string" ? p : p.heading));

describe("good documents", () => {
  it("reads a bilingual .docx paragraph by paragraph", async () => {
    const result = await readDocxText(await makeDocx(CONTENT), { name: "contract.docx" });
    expect(result.kind).toBe("docx");
    expect(result.paragraphs).toEqual(expectedParagraphs);
    expect(result.text).toContain("회사 웹 플랫폼의 프론트엔드와 백엔드를");
  });

  it("reads a bilingual PDF and rebuilds its wrapped paragraphs", async () => {
    const result = await readPdfText(await makePdf(CONTENT), { name: "contract.pdf" });
    expect(result.kind).toBe("pdf");
    expect(result.pages).toBe(1);
    // Same paragraphs as written; compared without whitespace because PDF wrapping may move spaces.
    expect(result.paragraphs.map(compactText)).toEqual(expectedParagraphs.map(compactText));
    expect(result.paragraphs[3]).toContain("customer-facing web platform, including the front end");
  });

  it("reads UTF-8 text, strips a BOM and splits list items into paragraphs", async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("# Duties\n1. Build web APIs\n   for customers.\n2. 웹 서비스를 운영한다.\n\nOther text.\n", "utf8"),
    ]);
    const result = await readPlainText(bytes, { name: "duties.md" });
    expect(result.kind).toBe("text");
    expect(result.text.startsWith("# Duties")).toBe(true);
    expect(result.paragraphs).toEqual([
      "# Duties",
      "1. Build web APIs for customers.",
      "2. 웹 서비스를 운영한다.",
      "Other text.",
    ]);
  });

  it("chooses the reader by content and extension, from a path or from bytes", async () => {
    const docxPath = path.join(dir, "c.docx");
    const pdfPath = path.join(dir, "c.pdf");
    const txtPath = path.join(dir, "c.txt");
    await writeFile(docxPath, await makeDocx(CONTENT));
    await writeFile(pdfPath, await makePdf(CONTENT));
    await writeFile(txtPath, expectedParagraphs.join("\n\n"));
    expect((await readDocument(docxPath)).kind).toBe("docx");
    expect((await readDocument(pdfPath)).kind).toBe("pdf");
    expect((await readDocument(txtPath)).paragraphs).toEqual(expectedParagraphs);
    // A PDF saved under a .docx name is still read as the PDF it is.
    expect((await readDocument({ bytes: await makePdf(CONTENT), name: "misnamed.docx" })).kind).toBe("pdf");
  });
});

describe("bad documents", () => {
  const cases: readonly [string, string, RegExp][] = [
    ["empty.docx", "E_EMPTY_FILE", /empty/],
    ["empty.txt", "E_EMPTY_FILE", /empty/],
    ["random.bin.pdf", "E_WRONG_FORMAT", /not a PDF/],
    ["random.docx", "E_WRONG_FORMAT", /not a \.docx/],
    ["random.txt", "E_NOT_TEXT", /UTF-8|binary/],
    ["not-a-zip.docx", "E_WRONG_FORMAT", /not a \.docx.*zip/],
    ["no-document.docx", "E_WRONG_FORMAT", /no word\/document\.xml/],
    ["zip-bomb.docx", "E_DOCUMENT_LIMIT", /decompress to more than/],
    ["lying-zip-bomb.docx", "E_DOCUMENT_CORRUPT", /damaged/],
    ["truncated.docx", "E_DOCUMENT_CORRUPT", /damaged/],
    ["bad-xml.docx", "E_DOCUMENT_CORRUPT", /damaged/],
    ["truncated.pdf", "E_DOCUMENT_CORRUPT", /truncated or damaged/],
    ["encrypted.pdf", "E_DOCUMENT_ENCRYPTED", /encrypted/],
    ["image-only.pdf", "E_NO_TEXT", /no text layer/],
    ["not-a-pdf.pdf", "E_WRONG_FORMAT", /not a PDF/],
    ["invalid-utf8.txt", "E_NOT_TEXT", /not valid UTF-8/],
    ["old-word.doc", "E_UNSUPPORTED_FORMAT", /old-format Word/],
    ["legacy.hwp", "E_UNSUPPORTED_FORMAT", /Hangul \.hwp file, which e7-align cannot read/],
    ["hangul-2010.hwp", "E_UNSUPPORTED_FORMAT", /Hangul \.hwp file, which e7-align cannot read/],
    ["no-section.hwpx", "E_WRONG_FORMAT", /not a Hangul \.hwpx/],
    ["zip-bomb.hwpx", "E_DOCUMENT_LIMIT", /decompress to more than/],
    ["directory", "E_NOT_FILE", /is a folder, not a document/],
    ["missing", "E_FILE_NOT_FOUND", /file not found/],
  ];
  for (const [name, code, message] of cases) {
    it(`${name}: ${code}`, async () => {
      const error = await readDocument(bad[name]!).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InputFileError);
      const inputError = error as InputFileError;
      expect(inputError.code).toBe(code);
      expect(inputError.exitCode).toBe(2);
      expect(inputError.message).toContain(bad[name]!);
      expect(inputError.message).toMatch(message);
      expect(inputError.hints.length).toBeGreaterThan(0);
      if (name.endsWith(".hwp")) expect(inputError.hints.join(" ")).toMatch(/\.hwpx or \.docx.*PDF/);
    });
  }

  // Root reads every file, so the permission check can only be exercised as another user.
  it.skipIf(process.getuid?.() === 0)("refuses a file without read permission", async () => {
    const locked = path.join(dir, "locked.txt");
    await writeFile(locked, "Duties: build web APIs.");
    await chmod(locked, 0o000);
    await expect(readDocument(locked)).rejects.toMatchObject({ code: "E_FILE_PERMISSION", exitCode: 2 });
  });

  it("refuses a file over the default 20 MB limit before reading it", async () => {
    const huge = path.join(dir, "huge.txt");
    await writeFile(huge, "");
    await truncate(huge, 21 * 1024 * 1024); // sparse: no 21 MB is written or read
    await expect(readDocument(huge)).rejects.toMatchObject({
      code: "E_TOO_LARGE",
      exitCode: 2,
      message: expect.stringContaining("a document is at most 20.0 MB"),
    });
  });

  it("refuses a named pipe instead of blocking on it", async () => {
    const fifo = path.join(dir, "pipe.txt");
    execFileSync("mkfifo", [fifo]);
    await expect(readDocument(fifo)).rejects.toMatchObject({ code: "E_NOT_FILE", exitCode: 2 });
  });

  it("stops a PDF extraction that runs past the time limit (the worker thread is terminated)", async () => {
    const long = await makePdf(
      Array.from({ length: 300 }, (_, i) => `Line ${i}: develop and maintain the web platform.`),
    );
    await expect(readPdfText(long, { name: "slow.pdf", limits: { timeoutMs: 1 } })).rejects.toMatchObject({
      code: "E_DOCUMENT_LIMIT",
      message: expect.stringContaining("slow.pdf"),
    });
  });

  it("enforces the size, entry-count, XML-part and page limits", async () => {
    await expect(
      readDocument({ bytes: await makeDocx(CONTENT), name: "c.docx" }, { limits: { maxXmlPartBytes: 100 } }),
    ).rejects.toMatchObject({ code: "E_DOCUMENT_LIMIT", message: expect.stringContaining("XML part") });
    await expect(
      readDocument({ bytes: Buffer.alloc(2048, 0x41), name: "big.txt" }, { limits: { maxBytes: 1024 } }),
    ).rejects.toMatchObject({ code: "E_TOO_LARGE" });
    await expect(
      readDocument({ bytes: await makeDocx(CONTENT), name: "c.docx" }, { limits: { maxZipEntries: 2 } }),
    ).rejects.toMatchObject({ code: "E_DOCUMENT_LIMIT" });
    const twoPages = await makePdf([
      ...CONTENT,
      ...Array.from({ length: 60 }, (_, i) => `Line ${i} of filler text to reach a second page.`),
    ]);
    await expect(
      readDocument({ bytes: twoPages, name: "long.pdf" }, { limits: { maxPages: 1 } }),
    ).rejects.toMatchObject({ code: "E_DOCUMENT_LIMIT" });
  });
});
