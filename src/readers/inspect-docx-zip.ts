/**
 * Checks a .docx container before any XML is parsed: a zip (PK magic) whose central directory holds
 * word/document.xml, within entry-count and decompressed-size limits, so a zip bomb is refused unread.
 */
import { InputFileError } from "../errors.js";
import { formatMb } from "./read-plain-text.js";
import type { ReaderLimits } from "./types.js";

const CORRUPT_HINTS = ["Open it in Word (or LibreOffice) and save it again as .docx, or export a PDF."];

/** True when the bytes start like a zip archive ("PK\x03\x04", or an empty/spanned archive marker). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7) && (bytes[3] === 4 || bytes[3] === 6 || bytes[3] === 8);
}

/**
 * Reads the zip's central directory (no decompression) and then decompresses each entry into nothing, with yauzl
 * checking that no entry inflates beyond its declared size: the declared sizes, checked first, bound the real ones.
 */
export async function inspectDocxZip(bytes: Uint8Array, name: string, limits: ReaderLimits): Promise<void> {
  if (!isZip(bytes)) {
    throw new InputFileError(name, "is not a .docx file: a .docx is a zip archive, and this file is not one.", ["If it is an old Word .doc or another format, open it in Word and save it as .docx, or export a PDF."], "E_DOCX_NOT_ZIP");
  }
  const yauzl = await import("yauzl");
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: import("yauzl").ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false });
  } catch (error) {
    throw new InputFileError(name, `is a damaged .docx (the zip archive cannot be read: ${errorText(error)}).`, CORRUPT_HINTS, "E_DOCX_CORRUPT");
  }
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new InputFileError(name, `has ${zip.entryCount} parts inside, over the limit of ${limits.maxZipEntries} for a .docx; refusing to open it.`, ["A contract has a few dozen parts. Save the document again from Word, or export a PDF."], "E_DOCX_LIMIT");
    }
    const entries: import("yauzl").Entry[] = [];
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) {
        throw new InputFileError(name, `would decompress to more than ${formatMb(limits.maxUncompressedBytes)} (a zip bomb or a document full of media); refusing to open it.`, ["Remove embedded media or export the text as a PDF."], "E_DOCX_LIMIT");
      }
      if (/\.(?:xml|rels)$/i.test(entry.fileName) && entry.uncompressedSize > limits.maxXmlPartBytes) {
        throw new InputFileError(name, `has a ${formatMb(entry.uncompressedSize)} XML part (${entry.fileName}), over the ${formatMb(limits.maxXmlPartBytes)} limit; refusing to open it.`, ["A contract's text is far smaller. Save the document again from Word, or export a PDF."], "E_DOCX_LIMIT");
      }
      if (entry.isEncrypted()) throw new InputFileError(name, "is an encrypted zip archive.", ["Save an unprotected copy from Word."], "E_DOCX_ENCRYPTED");
      entries.push(entry);
    }
    if (!entries.some((entry) => entry.fileName === "word/document.xml")) {
      const encrypted = entries.some((entry) => entry.fileName === "EncryptedPackage");
      throw new InputFileError(
        name,
        encrypted ? "is a password-protected Word document." : "is a zip archive but not a Word document (it has no word/document.xml).",
        encrypted ? ["Save an unprotected copy from Word (File > Info > Protect Document > remove the password)."] : ["Give the contract as a .docx saved by Word, or as a PDF."],
        encrypted ? "E_DOCX_ENCRYPTED" : "E_DOCX_NOT_WORD",
      );
    }
    for (const entry of entries) {
      if (entry.fileName.endsWith("/")) continue;
      await drainEntry(zip, entry);
    }
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    throw new InputFileError(name, `is a damaged .docx (${errorText(error)}).`, CORRUPT_HINTS, "E_DOCX_CORRUPT");
  } finally {
    zip.close();
  }
}

/** Decompresses one entry and discards the bytes; rejects when the data is corrupt or larger than declared. */
async function drainEntry(zip: import("yauzl").ZipFile, entry: import("yauzl").Entry): Promise<void> {
  const stream = await zip.openReadStreamPromise(entry);
  for await (const chunk of stream) void chunk;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
