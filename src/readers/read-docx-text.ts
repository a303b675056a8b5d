/** Reads the text of a .docx with mammoth, after the container passed the zip safety checks. */
import { InputFileError } from "../errors.js";
import { inspectDocxZip } from "./inspect-docx-zip.js";
import { formatMb } from "./read-plain-text.js";
import { displayName, readerLimits, type ExtractedText, type ReadOptions } from "./types.js";

/** Extracts the raw text of a Word document; every Word paragraph (and table cell) becomes one paragraph. */
export async function readDocxText(bytes: Uint8Array, options: ReadOptions = {}): Promise<ExtractedText> {
  const name = displayName(options);
  const limits = readerLimits(options);
  if (bytes.byteLength === 0) throw new InputFileError(name, "the file is empty.", ["Give the document that holds the duties."], "E_EMPTY_FILE");
  if (bytes.byteLength > limits.maxBytes) {
    throw new InputFileError(name, `the file is ${formatMb(bytes.byteLength)}, over the ${formatMb(limits.maxBytes)} limit for documents.`, ["Remove embedded images, or export the text as a PDF."], "E_FILE_TOO_LARGE");
  }
  await inspectDocxZip(bytes, name, limits);
  const { default: mammoth } = await import("mammoth");
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    raw = result.value;
  } catch (error) {
    throw new InputFileError(name, `is a damaged Word document (${error instanceof Error ? error.message : String(error)}).`, ["Open it in Word (or LibreOffice) and save it again as .docx, or export a PDF."], "E_DOCX_CORRUPT");
  }
  // mammoth ends every paragraph with a blank line; a single newline inside one is a soft line break.
  const paragraphs = raw
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s*\n\s*/g, " ").trim())
    .filter((p) => p.length > 0);
  if (paragraphs.length === 0) {
    throw new InputFileError(name, "has no text (the Word document is empty or holds only images).", ["If the duties are in a scanned image, type them into the document or OCR the scan."], "E_NO_TEXT");
  }
  return { text: paragraphs.join("\n"), paragraphs, kind: "docx" };
}
