// Input limits: each one exists with the documented default and stops its input with a clear, typed error. Limits
// are lowered per call here so that small files trip them; the corpus trips the real defaults with real files.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCase, MAX_CASE_BYTES, MAX_CASE_DEPTH } from "../../src/case/load-case.js";
import { E7Error } from "../../src/errors.js";
import { readFileLimited } from "../../src/io/read-file-limited.js";
import { readDocument } from "../../src/readers/read-document.js";
import { DEFAULT_READER_LIMITS, type ReaderLimits } from "../../src/readers/types.js";
import { docxParts, makeDocx, makePdf, makeZip, zipEntry } from "../fixtures/verify/build-fixtures.js";

/** The error code a call fails with (or "ok"). */
async function codeOf(run: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    expect(error).toBeInstanceOf(E7Error);
    expect((error as E7Error).exitCode).toBe(2);
    return (error as E7Error).code;
  }
}

const read = (bytes: Uint8Array, name: string, limits: Partial<ReaderLimits>): Promise<string> =>
  codeOf(() => readDocument({ bytes, name }, { limits }));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-limits-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("documented defaults", () => {
  it("should keep the limits the README promises", () => {
    expect(MAX_CASE_BYTES).toBe(1024 * 1024);
    expect(MAX_CASE_DEPTH).toBe(64);
    expect(DEFAULT_READER_LIMITS).toMatchObject({
      maxBytes: 20 * 1024 * 1024,
      maxZipEntries: 2000,
      maxUncompressedBytes: 100 * 1024 * 1024,
      maxPdfInflatedBytes: 100 * 1024 * 1024,
      maxPages: 200,
      timeoutMs: 30_000,
    });
  });
});

describe("case file limits", () => {
  it("should refuse a case file over the size limit before parsing it", async () => {
    expect(await codeOf(() => loadCase(new Uint8Array(MAX_CASE_BYTES + 1).fill(0x20)))).toBe("E_TOO_LARGE");
    expect(
      await codeOf(() => loadCase(new TextEncoder().encode(`{"a": "${"x".repeat(MAX_CASE_BYTES - 20)}"}`))),
    ).not.toBe("E_TOO_LARGE");
  });

  it("should refuse nesting deeper than the limit and accept it at the limit", async () => {
    const nested = (depth: number): Uint8Array => new TextEncoder().encode("[".repeat(depth) + "]".repeat(depth));
    expect(await codeOf(() => loadCase(nested(MAX_CASE_DEPTH + 1)))).toBe("E_CASE_SYNTAX");
    expect(await codeOf(() => loadCase(nested(MAX_CASE_DEPTH)))).toBe("ok");
    // Brackets inside strings are text, not nesting.
    expect(await codeOf(() => loadCase(new TextEncoder().encode(`{"a": "${"[".repeat(1000)}"}`)))).toBe("ok");
  });

  it("should read at most the cap from a file, and refuse devices and oversize files", async () => {
    const file = path.join(dir, "big.json");
    await writeFile(file, "x".repeat(2048));
    expect(
      await codeOf(() => readFileLimited(file, { maxBytes: 1024, label: "a case file", labelKo: "신청 건 정보 파일" })),
    ).toBe("E_TOO_LARGE");
    expect(
      (await readFileLimited(file, { maxBytes: 4096, label: "a case file", labelKo: "신청 건 정보 파일" })).length,
    ).toBe(2048);
    expect(
      await codeOf(() =>
        readFileLimited("/dev/zero", { maxBytes: 1024, label: "a case file", labelKo: "신청 건 정보 파일" }),
      ),
    ).toBe("E_NOT_FILE");
    // /proc files report size 0 but have content: the cap still holds.
    expect(
      await codeOf(() =>
        readFileLimited("/proc/self/status", { maxBytes: 16, label: "a case file", labelKo: "신청 건 정보 파일" }),
      ),
    ).toBe("E_TOO_LARGE");
  });
});

describe("document limits", () => {
  it("should refuse a document over the byte limit", async () => {
    expect(
      await read(new TextEncoder().encode("Duties: build web pages.\n".repeat(100)), "a.txt", { maxBytes: 1000 }),
    ).toBe("E_TOO_LARGE");
  });

  it("should refuse a .docx with more zip entries than the limit, before decompressing", async () => {
    const docx = await makeDocx(["Duties: build web pages."]);
    expect(await read(docx, "a.docx", {})).toBe("ok");
    expect(await read(docx, "a.docx", { maxZipEntries: 3 })).toBe("E_DOCUMENT_LIMIT");
  });

  it("should refuse a .docx that decompresses beyond the limit", async () => {
    const zip = makeZip([
      ...docxParts(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
      ),
      zipEntry("word/media/pad.bin", Buffer.alloc(200_000)),
    ]);
    expect(await read(zip, "a.docx", { maxUncompressedBytes: 100_000 })).toBe("E_DOCUMENT_LIMIT");
  });

  it("should refuse a PDF whose streams inflate beyond the limit, before pdf.js inflates them", async () => {
    // One Flate stream of zeros: 120 MB inflated from ~120 KB (issue 14: 400 MB passed and peaked near 1.4 GB).
    const bomb = (inflated: number): Uint8Array => {
      const data = deflateSync(Buffer.alloc(inflated));
      const head = Buffer.from(
        `%PDF-1.4\n1 0 obj\n<< /Length ${data.byteLength} /Filter /FlateDecode >>\nstream\n`,
        "latin1",
      );
      return new Uint8Array(
        Buffer.concat([head, data, Buffer.from("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1")]),
      );
    };
    expect(await read(bomb(120 * 1024 * 1024), "bomb.pdf", {})).toBe("E_DOCUMENT_LIMIT");
    expect(await read(bomb(2 * 1024 * 1024), "small-bomb.pdf", { maxPdfInflatedBytes: 1024 * 1024 })).toBe(
      "E_DOCUMENT_LIMIT",
    );
    // Under the limit the same file goes on to pdf.js (which finds no page in it).
    expect(await read(bomb(512 * 1024), "under.pdf", { maxPdfInflatedBytes: 1024 * 1024 })).not.toBe(
      "E_DOCUMENT_LIMIT",
    );
  }, 60_000);

  it("should refuse a PDF with more pages than the limit", async () => {
    const pdf = await makePdf([
      "Page one: develop web pages.",
      ...Array.from({ length: 80 }, (_, i) => `Line ${i} of a long contract that runs to a second page.`),
    ]);
    expect(await read(pdf, "a.pdf", {})).toBe("ok");
    expect(await read(pdf, "a.pdf", { maxPages: 1 })).toBe("E_DOCUMENT_LIMIT");
  }, 60_000);

  it("should stop a PDF extraction that runs past the time limit", async () => {
    const pdf = await makePdf(["Develop web pages.", "웹 페이지를 개발한다."]);
    expect(await read(pdf, "a.pdf", { timeoutMs: 1 })).toBe("E_DOCUMENT_LIMIT");
    // The reader is usable afterwards: a timeout does not poison later reads.
    expect(await read(pdf, "a.pdf", {})).toBe("ok");
  }, 60_000);
});
