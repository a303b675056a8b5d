/** The size guard every document reader applies before parsing: not empty, and within the reader's byte limit. */
import { ERR, InputFileError } from "../errors.js";
import { formatSize } from "../io/read-file-limited.js";
import type { ReaderLimits } from "./types.js";

/** Size hints the readers give: what to give instead of a document over the limit, in English and Korean. */
export const OVERSIZE_HINTS = {
  images: {
    en: "Remove embedded images, or export the text as a PDF.",
    ko: "포함된 이미지를 지우거나, 텍스트를 PDF로 내보내십시오.",
  },
  bundle: {
    en: "Give only the contract or statement itself, not a scanned bundle.",
    ko: "스캔한 서류 묶음이 아니라 고용계약서나 고용사유서 자체만 지정하십시오.",
  },
} as const;

/** An empty document: the same words in every reader. */
export function emptyDocumentError(name: string): InputFileError {
  return new InputFileError(
    name,
    "the file is empty.",
    ["Give the document that holds the duties."],
    ERR.E_EMPTY_FILE,
    {
      message: "파일이 비어 있습니다.",
      hints: ["직무가 적힌 문서를 지정하십시오."],
    },
  );
}

/** Throws InputFileError (exit 2) for an empty file or one over `limits.maxBytes`; `oversizeHint` says what to give instead. */
export function requireDocumentSize(
  bytes: Uint8Array,
  name: string,
  limits: ReaderLimits,
  oversizeHint: { readonly en: string; readonly ko: string },
): void {
  if (bytes.byteLength === 0) throw emptyDocumentError(name);
  if (bytes.byteLength > limits.maxBytes)
    throw new InputFileError(
      name,
      `the file is ${formatSize(bytes.byteLength)}, over the ${formatSize(limits.maxBytes)} limit for documents.`,
      [oversizeHint.en],
      ERR.E_TOO_LARGE,
      {
        message: `파일 크기(${formatSize(bytes.byteLength)})가 문서 한도(${formatSize(limits.maxBytes)})를 넘습니다.`,
        hints: [oversizeHint.ko],
      },
    );
}
