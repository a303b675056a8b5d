/** Reads the text of a .docx (with its list numbers) from its XML, after the container passed the zip safety checks. */
import { ERR, InputFileError } from "../errors.js";
import { inspectDocxZip } from "./inspect-docx-zip.js";
import { readWordDocument, WordXmlError } from "./read-word-xml.js";
import { OVERSIZE_HINTS, requireDocumentSize } from "./document-size.js";
import { displayName, readerLimits, type ExtractedText, type ReadOptions } from "./types.js";

/** Extracts the text of a Word document; every Word paragraph (and table cell) becomes one paragraph, list items keep their number. */
export async function readDocxText(bytes: Uint8Array, options: ReadOptions = {}): Promise<ExtractedText> {
  const name = displayName(options);
  const limits = readerLimits(options);
  requireDocumentSize(bytes, name, limits, OVERSIZE_HINTS.images);
  const parts = await inspectDocxZip(bytes, name, limits);
  let read: { paragraphs: string[]; emphasised: number[] };
  try {
    read = readWordDocument({
      document: decodeXml(parts.get("word/document.xml")!),
      ...(parts.has("word/numbering.xml") ? { numbering: decodeXml(parts.get("word/numbering.xml")!) } : {}),
      ...(parts.has("word/styles.xml") ? { styles: decodeXml(parts.get("word/styles.xml")!) } : {}),
    });
  } catch (error) {
    if (!(error instanceof WordXmlError)) throw error;
    throw new InputFileError(
      name,
      `is a damaged Word document (${error.message}).`,
      ["Open it in Word (or LibreOffice) and save it again as .docx, or export a PDF."],
      ERR.E_DOCUMENT_CORRUPT,
      {
        message: `손상된 Word 문서입니다(${error.message}).`,
        hints: ["Word(또는 LibreOffice)에서 열어 .docx로 다시 저장하거나, PDF로 내보내십시오."],
      },
    );
  }
  const { paragraphs, emphasised } = read;
  if (paragraphs.length === 0) {
    throw new InputFileError(
      name,
      "has no text (the Word document is empty or holds only images).",
      ["If the duties are in a scanned image, type them into the document or OCR the scan."],
      ERR.E_NO_TEXT,
      {
        message: "텍스트가 없습니다(Word 문서가 비어 있거나 이미지만 있습니다).",
        hints: ["직무가 스캔 이미지에 있다면 문서에 직접 입력하거나 스캔본을 OCR 처리하십시오."],
      },
    );
  }
  return { text: paragraphs.join("\n"), paragraphs, kind: "docx", ...(emphasised.length > 0 ? { emphasised } : {}) };
}

/** XML parts are UTF-8 (or UTF-16 with a byte-order mark, which Word never writes but the standard allows). */
export function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
