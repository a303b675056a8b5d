/** Types of pdf-text-extract.mjs (plain JavaScript, so that it runs unbuilt in the reader thread). */
export type PdfExtraction =
  | { readonly kind: "ok"; readonly numPages: number; readonly pages: readonly (readonly unknown[])[] }
  | { readonly kind: "too-many-pages"; readonly numPages: number }
  | { readonly kind: "error"; readonly name: string; readonly message: string };

export declare function loadPdfjs(): Promise<unknown>;
export declare function extractPdfItems(bytes: ArrayBuffer | Uint8Array, maxPages: number): Promise<PdfExtraction>;
