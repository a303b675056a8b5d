/**
 * Reads the text layer of a PDF with pdfjs-dist (legacy build, Node 20) in a worker thread, rebuilding lines from
 * item positions and paragraphs from line spacing, within page, memory and time limits. A PDF the caller has just
 * written itself may be read in the calling thread instead (ReadOptions.inThread).
 */
import path from "node:path";
import type { Worker } from "node:worker_threads";
import { ERR, InputFileError } from "../errors.js";
import { withParticle } from "../text/korean-particle.js";
import { PACKAGE_ROOT } from "../paths.js";
import type { PdfExtraction } from "./pdf-text-extract.mjs";
import { formatSize } from "../io/read-file-limited.js";
import { constants as zlibConstants, inflateSync } from "node:zlib";
import { OVERSIZE_HINTS, requireDocumentSize } from "./document-size.js";
import { displayName, readerLimits, type ExtractedText, type ReaderLimits, type ReadOptions } from "./types.js";

/** One positioned piece of text from pdfjs getTextContent (a TextItem; marked-content items have no `str`). */
export interface PdfPageItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly hasEOL: boolean;
}

interface Line {
  text: string;
  readonly y: number;
  readonly height: number;
  readonly page: number;
  readonly startX: number;
  endX: number;
}

const DAMAGED_HINTS = ["Open it in a PDF viewer and print or export it again as PDF, or give the .docx."];
const DAMAGED_HINTS_KO = ["PDF 뷰어에서 열어 PDF로 다시 인쇄하거나 내보내거나, .docx를 지정하십시오."];
const COMPLEX_HINTS = ["The PDF may be malformed or extremely complex. Export it again, or give the .docx."];
const COMPLEX_HINTS_KO = ["PDF가 잘못 만들어졌거나 매우 복잡할 수 있습니다. 다시 내보내거나, .docx를 지정하십시오."];

/** True when the bytes start with the PDF signature (allowing a little leading junk, as PDF readers do). */
export function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

/** True when the file ends with a %%EOF marker (within the last 2 KB): a PDF cut short by a download loses it. */
function hasEofMarker(bytes: Uint8Array): boolean {
  const start = Math.max(0, bytes.byteLength - 2048);
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start)
    .toString("latin1")
    .includes("%%EOF");
}

/**
 * True when the PDF's Flate streams inflate to more than `max` bytes in total. Each is inflated here with a cap, so
 * a stream that inflates to 400 MB costs at most `max` bytes of memory, before pdf.js would inflate it whole.
 */
function inflatesBeyond(bytes: Uint8Array, max: number): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  const start = /stream\r?\n/g;
  let total = 0;
  for (let found = start.exec(text); found; found = start.exec(text)) {
    if (text.startsWith("end", found.index - 3)) continue;
    const dataStart = found.index + found[0].length;
    const dataEnd = text.indexOf("endstream", dataStart);
    if (dataEnd < 0) break;
    start.lastIndex = dataEnd + "endstream".length;
    const dictionary = text.slice(Math.max(0, text.lastIndexOf("obj", found.index)), found.index);
    if (!/\/(?:FlateDecode|Fl)\b/.test(dictionary)) continue;
    try {
      total += inflateSync(bytes.subarray(dataStart, dataEnd), {
        maxOutputLength: max - total + 1,
        finishFlush: zlibConstants.Z_SYNC_FLUSH,
      }).byteLength;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return true;
      // A damaged stream is left to pdf.js, which reports the file as damaged.
    }
    if (total > max) return true;
  }
  return false;
}

/** Extracts the text of a PDF; throws InputFileError for encrypted, damaged, oversized or image-only files. */
export async function readPdfText(bytes: Uint8Array, options: ReadOptions = {}): Promise<ExtractedText> {
  const name = displayName(options);
  const limits = readerLimits(options);
  requireDocumentSize(bytes, name, limits, OVERSIZE_HINTS.bundle);
  if (!isPdf(bytes))
    throw new InputFileError(
      name,
      "is not a PDF (it does not start with %PDF).",
      ["Check that the file is the document you meant; give a .docx, .pdf, .txt or .md."],
      ERR.E_WRONG_FORMAT,
      {
        message: "PDF가 아닙니다(%PDF로 시작하지 않습니다).",
        hints: ["의도한 문서가 맞는지 확인하고, .docx, .pdf, .txt 또는 .md를 지정하십시오."],
      },
    );
  if (!hasEofMarker(bytes)) {
    throw new InputFileError(
      name,
      "is a truncated or damaged PDF (its end-of-file marker is missing, so part of it may be lost).",
      ["Download or export the PDF again; if it opens fine, print it to a new PDF."],
      ERR.E_DOCUMENT_CORRUPT,
      {
        message: "잘렸거나 손상된 PDF입니다(파일 끝 표시가 없어 일부가 없어졌을 수 있습니다).",
        hints: ["PDF를 다시 내려받거나 내보내십시오. 잘 열린다면 새 PDF로 인쇄하십시오."],
      },
    );
  }
  // The batch's own read-back (inThread) reads PDFs it has just written; everything else is checked first.
  if (!options.inThread && inflatesBeyond(bytes, limits.maxPdfInflatedBytes)) {
    throw new InputFileError(
      name,
      `inflates to more than ${formatSize(limits.maxPdfInflatedBytes)} of content (a compression bomb, or a huge scan); refusing to read it.`,
      ["Give only the contract or statement itself, or the .docx."],
      ERR.E_DOCUMENT_LIMIT,
      {
        message: `압축을 풀면 내용이 ${formatSize(limits.maxPdfInflatedBytes)} 넘게 커지므로(압축 폭탄이거나 매우 큰 스캔본) 읽지 않습니다.`,
        hints: ["고용계약서나 고용사유서 자체만, 또는 .docx를 지정하십시오."],
      },
    );
  }
  const extraction = options.inThread ? await extractInThread(bytes, limits) : await runWorker(bytes, name, limits);
  if (extraction.kind === "too-many-pages") {
    throw new InputFileError(
      name,
      `has ${extraction.numPages} pages, over the limit of ${limits.maxPages}.`,
      ["Give only the contract or statement itself, not a whole bundle."],
      ERR.E_DOCUMENT_LIMIT,
      {
        message: `${extraction.numPages}쪽으로 한도(${limits.maxPages}쪽)를 넘습니다.`,
        hints: ["서류 묶음 전체가 아니라 고용계약서나 고용사유서 자체만 지정하십시오."],
      },
    );
  }
  if (extraction.kind === "error") throw pdfError(extraction.name, extraction.message, name);
  return textFromPdfPages(extraction.pages, extraction.numPages, name);
}

/** Rebuilds lines and paragraphs from each page's positioned text items; throws when there is no text layer. */
export function textFromPdfPages(
  pages: readonly (readonly unknown[])[],
  numPages: number,
  name: string,
): ExtractedText {
  const lines: Line[] = [];
  // A loop, not push(...): a page of 100,000+ lines would overflow the call stack as arguments.
  pages.forEach((items, index) => {
    for (const line of buildLines(items, index + 1)) lines.push(line);
  });
  // Only the first or last line of a page can be a running page number; a number inside a table cell is content.
  const edge = new Set<Line>();
  for (let i = 0; i < lines.length; i++) {
    if (i === 0 || lines[i - 1]!.page !== lines[i]!.page) edge.add(lines[i]!);
    if (i === lines.length - 1 || lines[i + 1]!.page !== lines[i]!.page) edge.add(lines[i]!);
  }
  // A table row's number cell is a line of its own too, but it shares its baseline with the row's other cells.
  const alone = (line: Line): boolean =>
    !lines.some(
      (other) => other !== line && other.page === line.page && Math.abs(other.y - line.y) < line.height * 0.5,
    );
  // A running header or footer (the company's name, the document's title) is the first or last line of two or more
  // pages with the same words; read in the middle of a duty list that crosses a page, it would be scored as a duty.
  // The same words exactly: rows of a table that start two pages differ by their numbers and are content.
  const runningKey = (line: Line): string => (/\p{L}/u.test(line.text) ? line.text.replace(/\s+/g, " ").trim() : "");
  // A header drawn after the page's body comes late in the text layer, so the page's top and bottom lines by position
  // count as its edges too.
  const top = new Map<number, number>();
  const bottom = new Map<number, number>();
  for (const line of lines) {
    top.set(line.page, Math.max(top.get(line.page) ?? -Infinity, line.y));
    bottom.set(line.page, Math.min(bottom.get(line.page) ?? Infinity, line.y));
  }
  const placedEdge = (line: Line): boolean =>
    line.y >= top.get(line.page)! - line.height * 0.5 || line.y <= bottom.get(line.page)! + line.height * 0.5;
  const edgePages = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!edge.has(line) && !placedEdge(line)) continue;
    const key = runningKey(line);
    if (key) (edgePages.get(key) ?? edgePages.set(key, new Set()).get(key)!).add(line.page);
  }
  const running = (line: Line): boolean =>
    (edge.has(line) || placedEdge(line)) && (edgePages.get(runningKey(line))?.size ?? 0) >= 2;
  const kept = lines.filter(
    (line) => line.text.trim() && !(edge.has(line) && isPageNumber(line.text) && alone(line)) && !running(line),
  );
  if (
    kept
      .map((line) => line.text)
      .join("")
      .replace(/\s+/g, "").length < 20
  ) {
    throw new InputFileError(
      name,
      "has no text layer (it looks like a scan or an image-only PDF), so its duties cannot be read.",
      ["OCR it (for example with ocrmypdf) or provide the .docx."],
      ERR.E_NO_TEXT,
      {
        message: "텍스트 층이 없어(스캔본이나 이미지로만 된 PDF로 보입니다) 직무를 읽을 수 없습니다.",
        hints: ["OCR 처리하거나(예: ocrmypdf) .docx를 지정하십시오."],
      },
    );
  }
  const paragraphs = buildParagraphs(kept);
  return { text: paragraphs.join("\n"), paragraphs, pages: numPages, kind: "pdf" };
}

/**
 * Runs pdf.js in this thread: no thread to start or copy the items back from, and no limits (see ReadOptions.inThread).
 * The module is plain JavaScript in src/readers (the reader thread runs it too), so the path climbs to the package
 * root: it is the same file from src/readers under the tests and from dist/readers when built.
 */
async function extractInThread(bytes: Uint8Array, limits: ReaderLimits): Promise<PdfExtraction> {
  const { extractPdfItems } = await import("../../src/readers/pdf-text-extract.mjs");
  return extractPdfItems(bytes, limits.maxPages);
}

/**
 * Memory a PDF extraction may use: far more than any contract needs, far less than the machine has. Node ends a
 * reader thread that reaches its cap, but a single allocation larger than the little headroom it grants past the cap
 * aborts the whole process instead; some corrupted PDFs make pdf.js allocate a few hundred MB at once, which at a
 * 512 MB cap crashed the process (test/readers/read-document.property.test.ts, seed 20261205). The cap is set well
 * above what any real read needs so that such a read is stopped by its time limit or ended at the cap.
 */
const WORKER_HEAP_MB = 1536;

/**
 * Reader threads kept per process; reads beyond this many wait for one to be free. One is enough: reading runs beside
 * the thread that writes and checks the packet, and each reader holds ~100 MB (pdfjs and its heap), which adds up
 * in a batch with a reader per batch worker.
 */
const MAX_READERS = 1;
/** Young-generation cap of a reader thread: small, because pdfjs's short-lived garbage otherwise inflates memory. */
const WORKER_YOUNG_MB = 16;
const idleReaders: Worker[] = [];
const waiting: (() => void)[] = [];
let readers = 0;
let nextId = 0;

/** A reader thread that stays until it fails: an idle one is unref'd, so it never keeps the process alive. */
async function startReader(): Promise<Worker> {
  const { Worker: WorkerThread } = await import("node:worker_threads");
  const worker = new WorkerThread(path.join(PACKAGE_ROOT, "src", "readers", "pdf-text-worker.mjs"), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
  });
  // Failures while a read is running are handled by that read; an idle reader that dies is just dropped.
  worker.on("error", () => undefined);
  worker.on("exit", () => {
    const at = idleReaders.indexOf(worker);
    if (at >= 0) idleReaders.splice(at, 1);
  });
  return worker;
}

async function acquireReader(): Promise<Worker> {
  for (;;) {
    const idle = idleReaders.pop();
    if (idle) return idle;
    if (readers < MAX_READERS) {
      readers++;
      try {
        return await startReader();
      } catch (error) {
        readers--;
        throw error;
      }
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
}

/** Returns a reader after a clean read, or ends it after a timeout or failure; wakes one waiting read either way. */
async function releaseReader(worker: Worker, healthy: boolean): Promise<void> {
  if (healthy) {
    worker.unref();
    idleReaders.push(worker);
  } else {
    readers--;
    await worker.terminate();
  }
  waiting.shift()?.();
}

/**
 * Runs pdfjs in a worker thread (src/readers/pdf-text-worker.mjs) with a heap limit, and terminates it when the time
 * limit passes: a timer in this thread cannot interrupt pdfjs's synchronous parsing, but terminating the worker can.
 */
async function runWorker(bytes: Uint8Array, name: string, limits: ReaderLimits): Promise<PdfExtraction> {
  const worker = await acquireReader();
  worker.ref();
  const copy = new Uint8Array(bytes).buffer;
  const id = nextId++;
  let healthy = false;
  let timer: NodeJS.Timeout | undefined;
  let detach = (): void => undefined;
  try {
    return await new Promise<PdfExtraction>((resolve, reject) => {
      const timeout = limits.timeoutMs >= 1000 ? `${Math.round(limits.timeoutMs / 1000)} s` : `${limits.timeoutMs} ms`;
      timer = setTimeout(() => {
        reject(
          new InputFileError(
            name,
            `text extraction took longer than ${timeout}; refusing to continue.`,
            COMPLEX_HINTS,
            ERR.E_DOCUMENT_LIMIT,
            { message: `텍스트 추출이 ${timeout}보다 오래 걸려 중단했습니다.`, hints: COMPLEX_HINTS_KO },
          ),
        );
      }, limits.timeoutMs);
      const onMessage = (message: PdfExtraction & { readonly id: number }): void => {
        if (message.id !== id) return;
        healthy = true;
        resolve(message);
      };
      const onError = (error: Error & { code?: string }): void => {
        reject(
          error.code === "ERR_WORKER_OUT_OF_MEMORY"
            ? new InputFileError(
                name,
                `needs more than ${WORKER_HEAP_MB} MB of memory to read; refusing to continue.`,
                COMPLEX_HINTS,
                ERR.E_DOCUMENT_LIMIT,
                {
                  message: `읽는 데 메모리가 ${WORKER_HEAP_MB} MB 넘게 필요하여 중단했습니다.`,
                  hints: COMPLEX_HINTS_KO,
                },
              )
            : unreadablePdf(name, error.message),
        );
      };
      const onExit = (code: number): void =>
        reject(
          new InputFileError(
            name,
            `could not be read as a PDF (the reader stopped with code ${code}).`,
            DAMAGED_HINTS,
            ERR.E_DOCUMENT_CORRUPT,
            {
              message: `PDF로 읽을 수 없습니다(읽기 프로그램이 코드 ${withParticle(String(code), "으로/로")} 멈췄습니다).`,
              hints: DAMAGED_HINTS_KO,
            },
          ),
        );
      worker.on("message", onMessage);
      worker.once("error", onError);
      worker.once("exit", onExit);
      detach = () => {
        worker.off("message", onMessage);
        worker.off("error", onError);
        worker.off("exit", onExit);
      };
      worker.postMessage({ id, bytes: copy, maxPages: limits.maxPages }, [copy]);
    });
  } finally {
    clearTimeout(timer);
    detach();
    await releaseReader(worker, healthy);
  }
}

/** The gap between two text items, in font sizes, beyond which they are in different table cells. */
const CELL_GAP = 1.2;

/** Groups a page's text items into lines: a new line at hasEOL or when the baseline moves by half a line. */
function buildLines(items: readonly unknown[], page: number): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const raw of items) {
    const item = raw as Partial<PdfPageItem>;
    if (typeof item.str !== "string" || !item.transform) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height || item.transform[3] || 10);
    // pdf.js fills a wide gap with one blank item; that gap separates table cells as a visible gap does.
    if (current && !item.str.trim() && (item.width ?? 0) > current.height * CELL_GAP) {
      current = undefined;
      continue;
    }
    if (item.str) {
      const sameLine = current && Math.abs(current.y - y) <= Math.max(height, current.height) * 0.5;
      // A gap wider than a space on the same baseline separates table cells ("담당업무 | 거래처 발굴 …"): each cell
      // is a line of its own, as the .docx reader gives each cell as a paragraph.
      if (current && sameLine && x - current.endX <= Math.max(height, current.height) * CELL_GAP) {
        const gap = x - current.endX;
        if (gap > height * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += " ";
        current.text += item.str;
        current.endX = x + (item.width ?? 0);
      } else {
        current = { text: item.str, y, height, page, startX: x, endX: x + (item.width ?? 0) };
        lines.push(current);
      }
    }
    if (item.hasEOL) current = undefined;
  }
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, " ").trim() }));
}

/** A running header or footer that is only a page number ("3", "- 3 -", "3 / 10", "Page 3 of 10"). */
function isPageNumber(text: string): boolean {
  return /^\s*(page\s*)?-?\s*\d{1,4}\s*-?\s*((\/|of)\s*\d{1,4})?\s*(쪽|페이지)?\s*$/i.test(text);
}

const LIST_START =
  /^([-*•·▪◦‣○●□■※]\s*|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s|[①-⑳]|제\s*\d+\s*조|(Article|Section|Clause)\s+\d+)/iu;
const SENTENCE_END = /[.!?:;。)\]다요음함]$/u;

/**
 * Joins lines into paragraphs. A new paragraph starts at a list item, after a gap wider than the usual line spacing
 * (relative to the font size, since a document of one-line paragraphs has no "usual" gap), at a change of font size,
 * or after a line that stops well short of the right margin.
 */
function buildParagraphs(lines: readonly Line[]): string[] {
  const gaps: number[] = [];
  const left = new Map<number, number>();
  const right = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    right.set(line.page, Math.max(right.get(line.page) ?? -Infinity, line.endX));
    left.set(line.page, Math.min(left.get(line.page) ?? Infinity, line.startX));
    const previous = lines[i - 1];
    if (previous && previous.page === line.page && previous.y > line.y) gaps.push((previous.y - line.y) / line.height);
  }
  // The right edge of each column of lines (lines that start at the same x on a page): a table cell's text wraps at
  // its cell's edge, not the page's.
  const columnKey = (line: Line): string => `${line.page}:${Math.round(line.startX / 3)}`;
  const columnRight = new Map<string, number>();
  for (const line of lines)
    columnRight.set(columnKey(line), Math.max(columnRight.get(columnKey(line)) ?? -Infinity, line.endX));
  gaps.sort((a, b) => a - b);
  // The lower quartile of gaps (in font sizes) is the line spacing inside a paragraph.
  const usual = gaps.length ? gaps[Math.floor(gaps.length / 4)]! : 1.2;
  /** Whether `line` starts a new paragraph rather than continuing `previous`, the line above it. */
  const startsNew = (previous: Line | undefined, line: Line): boolean => {
    if (!previous || LIST_START.test(line.text)) return true;
    const width = right.get(previous.page)! - left.get(previous.page)!;
    const pageLeft = left.get(previous.page)!;
    const indented = previous.startX - pageLeft > previous.height * 4;
    const cellWidth = (columnRight.get(columnKey(previous)) ?? previous.endX) - previous.startX;
    // A line well right of the page's left edge is a table cell's (or an indented block's): short for its column.
    const short =
      width > 0 &&
      (indented ? previous.endX - previous.startX < cellWidth * 0.7 : previous.endX - pageLeft < width * 0.7);
    // A line that starts far left of the one before is the next table row or cell, not its wrap (on a new page too).
    if (previous.startX - line.startX > line.height * 4) return true;
    if (previous.page !== line.page) return short || SENTENCE_END.test(previous.text);
    const gap = (previous.y - line.y) / line.height;
    const sizeChange = Math.abs(previous.height - line.height) > 0.15 * Math.max(previous.height, line.height);
    return gap <= 0 || sizeChange || short || gap > Math.max(usual * 1.3, 1.6);
  };
  // In a table the text layer gives each row's cells in turn, so a cell's wrapped line follows the row's last cell;
  // it continues the paragraph of the line above it in its own column, when that one is just above.
  const above = new Map<string, { line: Line; paragraph: number }>();
  const breaks: boolean[] = [];
  const target: number[] = [];
  let open = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const previous = lines[i - 1];
    const inColumn = above.get(columnKey(line));
    // Only the first line on its baseline can continue a cell above it; one right of another cell is a cell itself.
    const sideBySide =
      previous !== undefined &&
      previous.page === line.page &&
      previous.y - line.y > line.height * 0.5 &&
      Math.abs(previous.startX - line.startX) > line.height * 4;
    if (
      sideBySide &&
      inColumn &&
      inColumn.line.page === line.page &&
      inColumn.line.y > line.y &&
      (inColumn.line.y - line.y) / line.height <= Math.max(usual * 1.3, 1.6) &&
      !startsNew(inColumn.line, line)
    ) {
      breaks.push(false);
      target.push(inColumn.paragraph);
    } else {
      const fresh = startsNew(previous, line);
      if (fresh) open = i;
      breaks.push(fresh);
      target.push(fresh ? i : open);
    }
    above.set(columnKey(line), { line, paragraph: target[i]! });
  }
  // A wrapped line that starts with an ending or particle shows a document that wraps Korean between any syllables.
  const midWord = lines.some((line, i) => !breaks[i] && WORD_INTERNAL_START.test(line.text));
  const texts = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    const at = target[i]!;
    const before = texts.get(at);
    texts.set(at, before === undefined ? lines[i]!.text : joinLines(before, lines[i]!.text, midWord));
  }
  return [...texts.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
}

/**
 * Syllables that only continue a Korean word (endings and particles such as 는, 를, 었): no line set word by word
 * starts with one, so a wrapped line that does shows a writer that wraps Korean between any two syllables.
 */
const WORD_INTERNAL_START = /^[는를았었였겠했됐]/u;

/**
 * Joins a wrapped line. Korean is set word by word (어절), as e7-align's PDFs and most Korean documents wrap it, so a
 * wrap between Hangul syllables is a space; in a document that wraps Korean mid-word (`midWord`) it is not. No space
 * after a hyphen that ends a Latin line (a word hyphenated across the wrap).
 */
function joinLines(before: string, after: string, midWord: boolean): string {
  if (/[\uAC00-\uD7A3]$/.test(before) && /^[\uAC00-\uD7A3]/.test(after))
    return midWord ? before + after : `${before} ${after}`;
  if (/\p{L}-$/u.test(before) && /^\p{L}/u.test(after)) return before + after;
  return `${before} ${after}`;
}

/** Maps pdfjs failures (by exception name) to messages a user can act on. */
function pdfError(errorName: string, message: string, name: string): InputFileError {
  if (errorName === "PasswordException") {
    return new InputFileError(
      name,
      "is an encrypted (password-protected) PDF, so its text cannot be read.",
      ["Export an unprotected copy (print to PDF without a password), or give the .docx."],
      ERR.E_DOCUMENT_ENCRYPTED,
      {
        message: "암호화된(암호로 보호된) PDF여서 텍스트를 읽을 수 없습니다.",
        hints: ["보호하지 않은 사본을 내보내거나(암호 없이 PDF로 인쇄), .docx를 지정하십시오."],
      },
    );
  }
  if (
    errorName === "InvalidPDFException" ||
    errorName === "FormatError" ||
    errorName === "UnknownErrorException" ||
    errorName === "MissingPDFException"
  ) {
    return new InputFileError(name, `is a damaged PDF (${message}).`, DAMAGED_HINTS, ERR.E_DOCUMENT_CORRUPT, {
      message: `손상된 PDF입니다(${message}).`,
      hints: DAMAGED_HINTS_KO,
    });
  }
  return unreadablePdf(name, message);
}

/** A PDF that pdf.js could not read, for a reason it words itself. */
function unreadablePdf(name: string, message: string): InputFileError {
  return new InputFileError(name, `could not be read as a PDF (${message}).`, DAMAGED_HINTS, ERR.E_DOCUMENT_CORRUPT, {
    message: `PDF로 읽을 수 없습니다(${message}).`,
    hints: DAMAGED_HINTS_KO,
  });
}
