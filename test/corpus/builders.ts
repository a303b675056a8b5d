/**
 * Makes the corpus inputs that are too big, too binary or too environment-specific to keep as files: 50 MB JSON,
 * 10,000-deep nesting, random bytes, zip bombs, unreadable files, directories and missing paths. Every builder
 * writes into the folder it is given and returns the path to pass on the command line.
 */
import { execFileSync } from "node:child_process";
import { chmod, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  docxParts,
  makeDocx,
  makePdf,
  makePng,
  makeZip,
  writeBadDocuments,
  zeroEntry,
  zipEntry,
} from "../fixtures/verify/build-fixtures.js";

/** A deterministic byte stream (xorshift32), so "random bytes" are the same on every run. */
export function pseudoRandomBytes(length: number, seed = 0x9e3779b9): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A string of `count` copies of `unit`. */
const repeat = (unit: string, count: number): string => unit.repeat(count);

type Build = (dir: string, name: string) => Promise<string>;

const file =
  (make: () => Buffer | string | Promise<Buffer | string>): Build =>
  async (dir, name) => {
    const target = path.join(dir, name);
    await writeFile(target, await make());
    return target;
  };

/** Inputs given where a case file is expected. */
export const CASE_BUILDERS = {
  /** A well-formed 50 MB JSON array: refused by size before it is parsed. */
  "json-50mb": file(() => `[${repeat('"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTU",', 800_000)}"end"]`),
  /** A case-shaped object whose one string is 50 MB. */
  "json-50mb-string": file(
    () => `{"selectedCode": "2224", "recruitment": {"expectedEffect": "${repeat("x", 50 * 1024 * 1024)}"}}`,
  ),
  /** One byte over the 1 MiB case-file limit. */
  "json-1mib-plus-one": file(() => {
    const head = '{"selectedCode": "2224", "pad": "';
    const tail = '"}';
    return head + repeat(" ", 1024 * 1024 + 1 - head.length - tail.length) + tail;
  }),
  /** Arrays nested 10,000 deep (a recursive parser or walker overflows the stack). */
  "deep-array-10000": file(() => repeat("[", 10_000) + repeat("]", 10_000)),
  /** Objects nested 10,000 deep. */
  "deep-object-10000": file(() => `${repeat('{"a":', 10_000)}1${repeat("}", 10_000)}`),
  /** 10,000 open brackets and nothing else (deep and truncated). */
  "deep-unclosed-10000": file(() => repeat("[", 10_000)),
  /** Deep nesting inside an otherwise plausible case (position.duties[0].tools). */
  "deep-inside-case-10000": file(
    () =>
      `{"selectedCode": "2224", "position": {"duties": [{"text": "x", "share": 100, "tools": ${repeat("[", 10_000)}${repeat("]", 10_000)}}]}}`,
  ),
  /** 60 levels: deep but within the limit; must give ordinary schema errors. */
  "deep-array-60": file(() => repeat("[", 60) + repeat("]", 60)),
  "random-bytes-4k": file(() => pseudoRandomBytes(4096)),
  "random-bytes-1m": file(() => pseudoRandomBytes(1024 * 1024, 7)),
  /** Printable but meaningless text. */
  "random-ascii": file(() => Buffer.from(pseudoRandomBytes(2000, 3).map((b) => 0x20 + (b % 0x5f)))),
  /** A Word document given as the case file. */
  "docx-as-case": file(() => makeDocx(["Duties: develop web applications."])),
  "pdf-as-case": file(() => makePdf(["Duties: develop web applications."])),
  "png-as-case": file(() => makePng()),
  "zip-bomb-as-case": file(async () => makeZip([await zeroEntry("case.json", 64 * 1024 * 1024)])),
  /** A folder where the case file should be. */
  directory: async (dir, name) => {
    const target = path.join(dir, name);
    await mkdir(target, { recursive: true });
    return target;
  },
  /** A path that does not exist. */
  missing: async (dir, name) => path.join(dir, name),
  /** A path through a file (ENOTDIR). */
  "through-a-file": async (dir, name) => {
    await writeFile(path.join(dir, "plain-file"), "x");
    return path.join(dir, "plain-file", name);
  },
  /** A device that never ends: reading it whole would never finish. */
  "dev-zero": async () => "/dev/zero",
  /** A named pipe with no writer: opening it blocks forever. */
  fifo: async (dir, name) => {
    const target = path.join(dir, name);
    execFileSync("mkfifo", [target]);
    return target;
  },
  /** A file without read permission (root reads it anyway; the runner skips it when running as root). */
  unreadable: async (dir, name) => {
    const target = path.join(dir, name);
    await writeFile(target, '{"selectedCode": "2224"}');
    await chmod(target, 0o000);
    return target;
  },
} satisfies Record<string, Build>;

export type CaseBuilder = keyof typeof CASE_BUILDERS;

/** Bad documents beyond the reader fixtures: limits, odd containers, hostile XML. */
const extraDocuments = {
  /** 2,001 tiny entries: over the 2,000-entry limit. */
  "too-many-entries.docx": file(() =>
    makeZip([
      ...docxParts("<w:document/>"),
      ...Array.from({ length: 2001 }, (_, i) => zipEntry(`word/media/p${i}.txt`, "x")),
    ]),
  ),
  /** 21 MB of text: over the 20 MB document limit. */
  "oversize.txt": file(() => repeat("Develop web applications for customers.\n", Math.ceil((21 * 1024 * 1024) / 40))),
  /** 201 empty pages: over the 200-page limit. */
  "too-many-pages.pdf": file(async () => {
    const { default: PDFDocument } = await import("pdfkit");
    const doc = new PDFDocument({ size: "A4", info: { CreationDate: new Date(0) } });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
    for (let i = 1; i < 201; i++) doc.addPage();
    doc.end();
    return done;
  }),
  /** Only the PDF header line. */
  "header-only.pdf": file(() => "%PDF-1.7\n"),
  /** A header and an end marker with garbage between. */
  "garbage-body.pdf": file(() =>
    Buffer.concat([Buffer.from("%PDF-1.4\n"), pseudoRandomBytes(8192, 11), Buffer.from("\n%%EOF\n")]),
  ),
  "png-named.pdf": file(() => makePng()),
  "png-named.docx": file(() => makePng()),
  /** A .docx whose main part is empty. */
  "empty-document-xml.docx": file(() => makeZip(docxParts(""))),
  /** A .docx with an entry that tries to climb out of any extraction folder. */
  "path-traversal.docx": file(() =>
    makeZip([
      ...docxParts(
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Duties</w:t></w:r></w:p></w:body></w:document>',
      ),
      zipEntry("../../../../tmp/e7-align-escaped.txt", "escaped"),
    ]),
  ),
  /** A zip inside a zip named like a Word document. */
  "nested-zip.docx": file(async () => makeZip([zipEntry("inner.docx", await makeDocx(["Duties: build web pages."]))])),
  /** document.xml nested 10,000 elements deep. */
  "deep-xml.docx": file(() =>
    makeZip(
      docxParts(
        `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${repeat("<w:sdt><w:sdtContent>", 10_000)}<w:p><w:r><w:t>Duties</w:t></w:r></w:p>${repeat("</w:sdtContent></w:sdt>", 10_000)}</w:body></w:document>`,
      ),
    ),
  ),
  /** An XML entity-expansion ("billion laughs") document. */
  "entity-bomb.docx": file(() =>
    makeZip(
      docxParts(
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&h;</w:t></w:r></w:p></w:body></w:document>',
      ),
    ),
  ),
  /** Text with NUL bytes. */
  "nul-bytes.txt": file(() =>
    Buffer.concat([Buffer.from("Duties\n1. Build web pages.\n"), Buffer.alloc(64), Buffer.from("2. More.\n")]),
  ),
  /** Binary data with a Markdown name. */
  "random.md": file(() => pseudoRandomBytes(4096, 5)),
  /** UTF-16 text with a BOM. */
  "utf16.txt": file(() =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Duties\n1. Build web pages.\n", "utf16le")]),
  ),
  /** A file type the tool does not read. */
  "spreadsheet.xlsx.csv": file(() => "duty,share\nBuild web pages,100\n"),
  unreadable: CASE_BUILDERS.unreadable,
  "dev-zero": CASE_BUILDERS["dev-zero"],
  fifo: CASE_BUILDERS.fifo,
  "through-a-file": CASE_BUILDERS["through-a-file"],
} satisfies Record<string, Build>;

export const DOCUMENT_NAMES = [
  "empty.docx",
  "empty.txt",
  "random.bin.pdf",
  "random.docx",
  "random.txt",
  "not-a-zip.docx",
  "no-document.docx",
  "zip-bomb.docx",
  "lying-zip-bomb.docx",
  "truncated.docx",
  "bad-xml.docx",
  "truncated.pdf",
  "encrypted.pdf",
  "image-only.pdf",
  "not-a-pdf.pdf",
  "invalid-utf8.txt",
  "old-word.doc",
  "legacy.hwp",
  "directory",
  "missing",
  ...(Object.keys(extraDocuments) as (keyof typeof extraDocuments)[]),
] as const;

export type DocumentName = (typeof DOCUMENT_NAMES)[number];

/**
 * Writes every bad document into `dir` once (the reader fixtures plus the extra ones) and returns their paths.
 * The zip bombs and big files are made once per test file, not per case.
 */
export async function buildDocuments(dir: string): Promise<Readonly<Record<DocumentName, string>>> {
  await mkdir(dir, { recursive: true });
  const paths: Record<string, string> = { ...(await writeBadDocuments(dir)) };
  for (const [name, build] of Object.entries(extraDocuments))
    paths[name] = await build(
      dir,
      name === "unreadable" ? "unreadable.docx" : name === "through-a-file" ? "contract.pdf" : name,
    );
  return paths as Record<DocumentName, string>;
}
