/**
 * Checks a .docx container before any XML is parsed: a zip (PK magic) whose central directory holds
 * word/document.xml, within entry-count and decompressed-size limits, so a zip bomb is refused unread.
 */
import { ERR, InputFileError, type ErrorCode } from "../errors.js";
import { formatSize } from "../io/read-file-limited.js";
import type { ReaderLimits } from "./types.js";

const CORRUPT_HINTS = ["Open it in Word (or LibreOffice) and save it again as .docx, or export a PDF."];
const CORRUPT_HINTS_KO = ["Word(또는 LibreOffice)에서 열어 .docx로 다시 저장하거나, PDF로 내보내십시오."];

/** True when the bytes start like a zip archive ("PK\x03\x04", or an empty/spanned archive marker). */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7) &&
    (bytes[3] === 4 || bytes[3] === 6 || bytes[3] === 8)
  );
}

/**
 * Reads the zip's central directory (no decompression) and then decompresses each entry into nothing, with yauzl
 * checking that no entry inflates beyond its declared size: the declared sizes, checked first, bound the real ones.
 */
export async function inspectDocxZip(
  bytes: Uint8Array,
  name: string,
  limits: ReaderLimits,
): Promise<Map<string, Buffer>> {
  return inspectZip(bytes, name, limits, DOCX);
}

/** What a zip-of-XML format requires and which parts its reader keeps. */
export interface ZipFormat {
  /** Name used in messages: ".docx", ".hwpx". */
  readonly label: string;
  /** The part every file of the format has. */
  readonly required: string;
  /** Parts whose bytes the reader needs (kept while the entries are checked, within the same limits). */
  readonly keep: (fileName: string) => boolean;
  readonly notThisFormat: {
    readonly message: string;
    readonly hints: readonly string[];
    readonly code: ErrorCode;
    readonly messageKo: string;
    readonly hintsKo: readonly string[];
  };
  readonly corruptHints: readonly string[];
  readonly corruptHintsKo: readonly string[];
}

const DOCX: ZipFormat = {
  label: ".docx",
  required: "word/document.xml",
  keep: (fileName) =>
    fileName === "word/document.xml" || fileName === "word/numbering.xml" || fileName === "word/styles.xml",
  notThisFormat: {
    message: "is a zip archive but not a Word document (it has no word/document.xml).",
    hints: ["Give the contract as a .docx saved by Word, or as a PDF."],
    code: ERR.E_WRONG_FORMAT,
    messageKo: "zip 압축 파일이지만 Word 문서가 아닙니다(word/document.xml이 없습니다).",
    hintsKo: ["고용계약서를 Word에서 저장한 .docx나 PDF로 지정하십시오."],
  },
  corruptHints: CORRUPT_HINTS,
  corruptHintsKo: CORRUPT_HINTS_KO,
};

/**
 * Checks any zip-of-XML document (.docx, .hwpx) within the reader limits and returns the bytes of the parts the
 * format's reader needs.
 */
export async function inspectZip(
  bytes: Uint8Array,
  name: string,
  limits: ReaderLimits,
  format: ZipFormat,
): Promise<Map<string, Buffer>> {
  const CORRUPT_HINTS = [...format.corruptHints];
  const corrupt = { hints: format.corruptHintsKo };
  const kept = new Map<string, Buffer>();
  if (!isZip(bytes)) {
    throw new InputFileError(
      name,
      `is not a ${format.label} file: a ${format.label} is a zip archive, and this file is not one.`,
      ["If it is an old Word .doc or another format, open it in Word and save it as .docx, or export a PDF."],
      ERR.E_WRONG_FORMAT,
      {
        message: `${format.label} 파일이 아닙니다. ${format.label} 파일은 zip 압축 파일인데, 이 파일은 그렇지 않습니다.`,
        hints: ["예전 Word .doc이나 다른 형식이라면 Word에서 열어 .docx로 저장하거나, PDF로 내보내십시오."],
      },
    );
  }
  const yauzl = await import("yauzl");
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: import("yauzl").ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    throw new InputFileError(
      name,
      `is a damaged ${format.label} (the zip archive cannot be read: ${errorText(error)}).`,
      CORRUPT_HINTS,
      ERR.E_DOCUMENT_CORRUPT,
      {
        ...corrupt,
        message: `손상된 ${format.label} 파일입니다(zip 압축 파일을 읽을 수 없습니다: ${errorText(error)}).`,
      },
    );
  }
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new InputFileError(
        name,
        `has ${zip.entryCount} parts inside, over the limit of ${limits.maxZipEntries} for a ${format.label}; refusing to open it.`,
        ["A contract has a few dozen parts. Save the document again from Word, or export a PDF."],
        ERR.E_DOCUMENT_LIMIT,
        {
          message: `내부 구성 요소가 ${zip.entryCount}개로 ${format.label} 한도(${limits.maxZipEntries}개)를 넘어 열지 않습니다.`,
          hints: ["고용계약서의 구성 요소는 수십 개입니다. Word에서 다시 저장하거나, PDF로 내보내십시오."],
        },
      );
    }
    const entries: import("yauzl").Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) {
        throw new InputFileError(
          name,
          `would decompress to more than ${formatSize(limits.maxUncompressedBytes)} (a zip bomb or a document full of media); refusing to open it.`,
          ["Remove embedded media or export the text as a PDF."],
          ERR.E_DOCUMENT_LIMIT,
          {
            message: `압축을 풀면 ${formatSize(limits.maxUncompressedBytes)} 넘게 커지므로(zip 폭탄이거나 미디어가 많은 문서) 열지 않습니다.`,
            hints: ["포함된 미디어를 지우거나, 텍스트를 PDF로 내보내십시오."],
          },
        );
      }
      if (/\.(?:xml|rels)$/i.test(entry.fileName) && entry.uncompressedSize > limits.maxXmlPartBytes) {
        throw new InputFileError(
          name,
          `has a ${formatSize(entry.uncompressedSize)} XML part (${entry.fileName}), over the ${formatSize(limits.maxXmlPartBytes)} limit; refusing to open it.`,
          ["A contract's text is far smaller. Save the document again from Word, or export a PDF."],
          ERR.E_DOCUMENT_LIMIT,
          {
            message: `XML 구성 요소(${entry.fileName})의 크기(${formatSize(entry.uncompressedSize)})가 한도(${formatSize(limits.maxXmlPartBytes)})를 넘어 열지 않습니다.`,
            hints: ["고용계약서의 텍스트는 훨씬 작습니다. Word에서 다시 저장하거나, PDF로 내보내십시오."],
          },
        );
      }
      if (entry.isEncrypted())
        throw new InputFileError(
          name,
          "is an encrypted zip archive.",
          ["Save an unprotected copy from Word."],
          ERR.E_DOCUMENT_ENCRYPTED,
          { message: "암호화된 zip 압축 파일입니다.", hints: ["Word에서 보호를 해제한 사본을 저장하십시오."] },
        );
      entries.push(entry);
    }
    if (!entries.some((entry) => entry.fileName === format.required)) {
      const encrypted = entries.some((entry) => entry.fileName === "EncryptedPackage");
      if (encrypted)
        throw new InputFileError(
          name,
          "is a password-protected Word document.",
          ["Save an unprotected copy from Word (File > Info > Protect Document > remove the password)."],
          ERR.E_DOCUMENT_ENCRYPTED,
          {
            message: "암호로 보호된 Word 문서입니다.",
            hints: ["Word에서 보호를 해제한 사본을 저장하십시오(파일 > 정보 > 문서 보호 > 암호 제거)."],
          },
        );
      throw new InputFileError(
        name,
        format.notThisFormat.message,
        [...format.notThisFormat.hints],
        format.notThisFormat.code,
        { message: format.notThisFormat.messageKo, hints: format.notThisFormat.hintsKo },
      );
    }
    for (const entry of entries) {
      if (entry.fileName.endsWith("/")) continue;
      const data = await drainEntry(zip, entry, format.keep(entry.fileName));
      if (data) kept.set(entry.fileName, data);
    }
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(
      name,
      `is a damaged ${format.label} (${errorText(error)}).`,
      CORRUPT_HINTS,
      ERR.E_DOCUMENT_CORRUPT,
      { ...corrupt, message: `손상된 ${format.label} 파일입니다(${errorText(error)}).` },
    );
  } finally {
    zip.close();
  }
  return kept;
}

/** Decompresses one entry, keeping the bytes only when asked; rejects when the data is corrupt or larger than declared. */
async function drainEntry(
  zip: import("yauzl").ZipFile,
  entry: import("yauzl").Entry,
  keep: boolean,
): Promise<Buffer | undefined> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) if (keep) chunks.push(chunk as Buffer);
  return keep ? Buffer.concat(chunks) : undefined;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
