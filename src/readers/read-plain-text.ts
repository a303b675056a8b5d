/** Reads a .txt or .md document: strict UTF-8 (BOM stripped), refusing binary content. */
import { ERR, InputFileError } from "../errors.js";
import { readUserFile } from "../io/read-file-limited.js";
import { OVERSIZE_HINTS, requireDocumentSize } from "./document-size.js";
import { BULLET_CHARS } from "../text/list-bullets.js";
import { displayName, readerLimits, type ExtractedText, type ReadOptions } from "./types.js";

/** A line that starts a list item, a sub-clause ("3.2 Running …", not "3.5 years …") or a heading, never a wrapped line. */
const BLOCK_START = new RegExp(
  `^(#{1,6}\\s|[${BULLET_CHARS}]\\s*|\\(?\\d{1,3}[.)]\\s|\\d{1,3}(?:\\.\\d{1,3}){1,2}\\.?\\s+(?!(?:years?|months?|weeks?|days?|hours?|times|million|billion|percent)\\b|[\\d%])(?=[\\p{L}"'“(])|\\(?[a-z][.)]\\s|\\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]\\s|\\(?[가-하][.)]\\s|[①-⑳]|제\\s*\\d+\\s*(?:조|항)|(Article|Section|Clause|Schedule|Annex|Appendix|Exhibit)\\s+(?:\\d{1,3}|[A-Z])(?!\\p{L})|\\|)`,
  "iu",
);

/**
 * A numbered line of at most three words, no sentence end, ending in a word that names a part of a document: a
 * section's name ("4. 담당 업무", "3. Duties", "Ⅱ. 채용 사유"), not a short list item ("1. Build web APIs").
 */
const SHORT_NUMBERED_LABEL =
  /^(?:\(?\d{1,2}[.)]|[\u2160-\u216B][.)]?|[IVX]{1,4}\.)\s*(?:[^\s.。!?]+\s+){0,2}[^\s.。!?]*(?:업무|직무|내용|사항|사유|이유|자격|조건|개요|현황|계획|근로|임금|duties|responsibilities|description|scope|tasks)$/iu;

/** A table cell holding only a list marker ("1.", "-", "가."): it stays with the text in the next cell. */
const TABLE_MARKER_CELL = new RegExp(
  `^(?:[${BULLET_CHARS}]|\\(?\\d{1,3}[.)]|[가-하][.)]|[①-⑳]|\\(?[a-z][.)]|\\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])$`,
  "iu",
);

/**
 * Splits text into paragraphs; a tab-separated table row gives one paragraph per cell. A line continues the previous one only when it looks hard-wrapped: it is indented
 * under a list item, or the previous line is long and does not end a sentence. Everything else (blank lines, list
 * items, headings, short label lines) starts a new paragraph, so a list gives one paragraph per item.
 */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  let previousRaw = "";
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join(" "));
    current = [];
  };
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (!line) {
      flush();
      previousRaw = "";
      continue;
    }
    // A table row saved as text ("담당업무<TAB>거래처 발굴 …"): each cell is a paragraph, as the .docx reader gives them;
    // a cell holding only a list marker ("1.<TAB>Develop …") stays with the text after it.
    // A Markdown table row ("| 담당업무 | 거래처 발굴 |") is read like a tab-separated one; its rule row ("|---|") is not text.
    const pipeRow = /^\|.*\|$/u.test(line) || /^[^|]+\s\|\s+(?:약\s*)?\d{1,3}(?:\.\d+)?\s*%\s*\|?$/u.test(line);
    if (pipeRow && /^[|:\-\s]+$/u.test(line)) {
      flush();
      previousRaw = "";
      continue;
    }
    if (pipeRow || /\S\t+\S/u.test(line)) {
      flush();
      const cells = (pipeRow ? line.replace(/^\||\|$/gu, "").split(/\s*\|\s*/u) : line.split(/\t+/u)).map((cell) =>
        cell.trim(),
      );
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        if (TABLE_MARKER_CELL.test(cell) && i + 1 < cells.length) {
          cells[i + 1] = `${cell} ${cells[i + 1]}`;
          continue;
        }
        if (cell) paragraphs.push(cell);
      }
      previousRaw = "";
      continue;
    }
    const previous = previousRaw.trim();
    // A short numbered line is a heading ("4. 담당 업무"), and the indented lines under it are its items, not its wrap.
    const headingLine = current.length === 1 && SHORT_NUMBERED_LABEL.test(current[0]!);
    const indentedContinuation =
      /^\s+/.test(rawLine) &&
      current.length > 0 &&
      BLOCK_START.test(current[0]!) &&
      !BLOCK_START.test(line) &&
      !headingLine;
    // A line that ends in a share of working time ("… (35%)") is a whole item, never wrapped onto the next.
    const wrapped =
      previous.length >= 60 &&
      !/[.。!?:;다요]$/u.test(previous) &&
      !/%\s*\)?$/u.test(previous) &&
      !BLOCK_START.test(line) &&
      !/^#{1,6}\s/.test(previous);
    if (!(indentedContinuation || wrapped)) flush();
    current.push(line);
    previousRaw = rawLine;
  }
  flush();
  return paragraphs;
}

/** Reads UTF-8 text; throws InputFileError for binary data or invalid UTF-8. */
export async function readPlainText(bytes: Uint8Array, options: ReadOptions = {}): Promise<ExtractedText> {
  const name = displayName(options);
  const limits = readerLimits(options);
  requireDocumentSize(bytes, name, limits, OVERSIZE_HINTS.bundle);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputFileError(
      name,
      "is not valid UTF-8 text (it may be a binary file or use another encoding such as EUC-KR).",
      ["Save it as UTF-8 text, or give the .docx or .pdf instead."],
      ERR.E_NOT_TEXT,
      {
        message: "올바른 UTF-8 텍스트가 아닙니다(바이너리 파일이거나 EUC-KR 같은 다른 인코딩일 수 있습니다).",
        hints: ["UTF-8 텍스트로 저장하거나, 대신 .docx나 .pdf를 지정하십시오."],
      },
    );
  }
  // NUL and most C0 controls never occur in a real text document; their presence means binary data.
  const controls = text.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (text.includes("\u0000") || controls > Math.max(8, text.length / 100)) {
    throw new InputFileError(
      name,
      "looks like a binary file, not text.",
      ["Give a .docx, .pdf, .txt or .md document."],
      ERR.E_NOT_TEXT,
      {
        message: "텍스트가 아니라 바이너리 파일로 보입니다.",
        hints: [".docx, .pdf, .txt 또는 .md 문서를 지정하십시오."],
      },
    );
  }
  if (!text.trim())
    throw new InputFileError(
      name,
      "has no text (only whitespace).",
      ["Give the document that holds the duties."],
      ERR.E_EMPTY_FILE,
      {
        message: "텍스트가 없습니다(공백뿐입니다).",
        hints: ["직무가 적힌 문서를 지정하십시오."],
      },
    );
  return { text, paragraphs: splitParagraphs(text), kind: "text" };
}

/** A text file a user named (`match --file`), read with its size cap and the strict text rules of readPlainText. */
export async function readTextFile(
  file: string,
  options: {
    readonly name: string;
    readonly maxBytes: number;
    readonly label: string;
    readonly labelKo: string;
    readonly hints: readonly string[];
    readonly hintsKo: readonly string[];
  },
): Promise<string> {
  const bytes = await readUserFile(file, options);
  return (await readPlainText(bytes, { name: options.name, limits: { maxBytes: options.maxBytes } })).text;
}
