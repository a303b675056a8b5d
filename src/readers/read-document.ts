/** Reads any supported document (.docx, .hwpx, .pdf, .txt, .md) from a path or from bytes, choosing the reader by content and extension. */
import path from "node:path";
import { ERR, InputFileError } from "../errors.js";
import { emptyDocumentError } from "./document-size.js";
import { readUserFile } from "../io/read-file-limited.js";
import { isZip } from "./inspect-docx-zip.js";
import { readDocxText } from "./read-docx-text.js";
import { readHwpxText } from "./read-hwpx-text.js";
import { isPdf, readPdfText } from "./read-pdf-text.js";
import { readPlainText } from "./read-plain-text.js";
import { readerLimits, type ExtractedText, type ReaderLimits } from "./types.js";

/** A document already in memory; `name` (a file name or path) gives the extension and names it in messages. */
export interface DocumentBytes {
  readonly bytes: Uint8Array;
  readonly name: string;
}

const TEXT_EXTENSIONS = new Set(["", ".txt", ".md", ".markdown", ".text"]);
const SUPPORTED = "Supported formats: .docx, .hwpx, .pdf, .txt, .md.";
const SUPPORTED_KO = "읽을 수 있는 형식: .docx, .hwpx, .pdf, .txt, .md.";
/** No maintained npm reader of the binary Hangul format works offline, so .hwp is refused with how to convert it. */
const HWP_HINTS = [
  "In Hangul (한글), choose File > Save As (다른 이름으로 저장) and save it as .hwpx or .docx, or print it to PDF, then run again with that file.",
];
const HWP_HINTS_KO = [
  "한글에서 파일 > 다른 이름으로 저장을 골라 .hwpx나 .docx로 저장하거나 PDF로 인쇄한 뒤, 그 파일로 다시 실행하십시오.",
];

/** Reads a document and returns its text; every failure is an InputFileError naming the file and what to do. */
export async function readDocument(
  source: string | DocumentBytes,
  options: { limits?: Partial<ReaderLimits>; cwd?: string; inThread?: boolean } = {},
): Promise<ExtractedText> {
  const limits = readerLimits(options);
  // Messages name the path as the user gave it; a relative path is read from `cwd` when given.
  const name = typeof source === "string" ? source : source.name;
  const bytes =
    typeof source === "string" ? await readBytes(path.resolve(options.cwd ?? ".", source), limits, name) : source.bytes;
  const readOptions = { name, limits, ...(options.inThread ? { inThread: true } : {}) };
  const extension = path.extname(name).toLowerCase();
  if (bytes.byteLength === 0) throw emptyDocumentError(name);
  // Content decides when it is unambiguous: a PDF saved with a .docx name is still a PDF.
  if (isPdf(bytes)) return readPdfText(bytes, readOptions);
  if (isZip(bytes))
    return extension === ".hwpx" || extension === ".hwp"
      ? readHwpxText(bytes, readOptions)
      : readDocxText(bytes, readOptions);
  if (extension === ".hwp")
    throw new InputFileError(
      name,
      "is a Hangul .hwp file, which e7-align cannot read.",
      [...HWP_HINTS, SUPPORTED],
      ERR.E_UNSUPPORTED_FORMAT,
      { message: "한글 .hwp 파일은 e7-align이 읽을 수 없습니다.", hints: [...HWP_HINTS_KO, SUPPORTED_KO] },
    );
  if (isOleFile(bytes)) {
    throw new InputFileError(
      name,
      "is an old-format Word (.doc) or Hangul (.hwp) file, or a password-protected Word document.",
      ["Open it and save it as .docx (without a password), or export a PDF.", SUPPORTED],
      ERR.E_UNSUPPORTED_FORMAT,
      {
        message: "예전 형식의 Word(.doc)나 한글(.hwp) 파일, 또는 암호로 보호된 Word 문서입니다.",
        hints: ["파일을 열어 (암호 없이) .docx로 저장하거나, PDF로 내보내십시오.", SUPPORTED_KO],
      },
    );
  }
  if (extension === ".docx") return readDocxText(bytes, readOptions);
  if (extension === ".pdf") return readPdfText(bytes, readOptions);
  if (TEXT_EXTENSIONS.has(extension)) return readPlainText(bytes, readOptions);
  throw new InputFileError(
    name,
    `has an unsupported file type (${extension}).`,
    [SUPPORTED, "Save the document as .docx or PDF, or paste its text into a .txt file."],
    ERR.E_UNSUPPORTED_FORMAT,
    {
      message: `읽을 수 없는 파일 형식입니다(${extension}).`,
      hints: [SUPPORTED_KO, "문서를 .docx나 PDF로 저장하거나, 텍스트를 .txt 파일에 붙여 넣으십시오."],
    },
  );
}

/** Compound File Binary (OLE2) signature: legacy .doc, .hwp, and Office files encrypted with a password. */
function isOleFile(bytes: Uint8Array): boolean {
  const signature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.byteLength >= 8 && signature.every((b, i) => bytes[i] === b);
}

/** Reads a document file within the size limit; a missing, folder, device or oversize file is an InputFileError naming `file`. */
function readBytes(absolute: string, limits: ReaderLimits, file: string): Promise<Uint8Array> {
  return readUserFile(absolute, {
    maxBytes: limits.maxBytes,
    label: "a document",
    labelKo: "문서 파일",
    name: file,
    hints: ["Check the path (relative paths are read from the current folder)."],
    hintsKo: ["경로를 확인하십시오(상대 경로는 현재 폴더를 기준으로 읽습니다)."],
  });
}
