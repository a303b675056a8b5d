/** The size guard every document reader applies before parsing: not empty, and within the reader's byte limit. */
import { ERR, InputFileError } from "../errors.js";
import { formatSize } from "../io/read-file-limited.js";
import type { ReaderLimits } from "./types.js";

/** Throws InputFileError (exit 2) for an empty file or one over `limits.maxBytes`; `oversizeHint` says what to give instead. */
export function requireDocumentSize(bytes: Uint8Array, name: string, limits: ReaderLimits, oversizeHint: string): void {
  if (bytes.byteLength === 0)
    throw new InputFileError(
      name,
      "the file is empty.",
      ["Give the document that holds the duties."],
      ERR.E_EMPTY_FILE,
    );
  if (bytes.byteLength > limits.maxBytes)
    throw new InputFileError(
      name,
      `the file is ${formatSize(bytes.byteLength)}, over the ${formatSize(limits.maxBytes)} limit for documents.`,
      [oversizeHint],
      ERR.E_TOO_LARGE,
    );
}
