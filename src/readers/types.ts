/** Types shared by the document readers: the text a reader extracts and the limits it enforces. */

/** Text extracted from one document. `paragraphs` keep the document's own paragraph breaks (PDF: reconstructed). */
export interface ExtractedText {
  readonly text: string;
  readonly paragraphs: readonly string[];
  /** Indexes of paragraphs set as headings or wholly in bold (.docx), which may head a section. */
  readonly emphasised?: readonly number[];
  /** Number of pages (PDF only). */
  readonly pages?: number;
  readonly kind: "docx" | "hwpx" | "pdf" | "text";
}

/** Safety limits applied before and during extraction, so a hostile or broken file costs bounded time and memory. */
export interface ReaderLimits {
  /** Largest input file, in bytes. */
  readonly maxBytes: number;
  /** .docx, .hwpx: most entries in the zip's central directory. */
  readonly maxZipEntries: number;
  /** .docx, .hwpx: largest total decompressed size of all entries, in bytes (zip-bomb guard). */
  readonly maxUncompressedBytes: number;
  /** .docx, .hwpx: largest decompressed XML part (each is parsed into memory). */
  readonly maxXmlPartBytes: number;
  /** PDF: most pages. */
  readonly maxPages: number;
  /** PDF: longest text extraction, in milliseconds. */
  readonly timeoutMs: number;
}

export const DEFAULT_READER_LIMITS: ReaderLimits = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxZipEntries: 2000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxXmlPartBytes: 10 * 1024 * 1024,
  maxPages: 200,
  timeoutMs: 30_000,
});

/** Options every reader takes: a display name for messages (the path) and limits overriding the defaults. */
export interface ReadOptions {
  readonly name?: string;
  readonly limits?: Partial<ReaderLimits>;
  /**
   * PDF: run pdf.js in the calling thread instead of the isolated reader thread, so without the time and memory
   * limits. Only for PDFs the caller has just written itself (a batch worker's read-back, which its batch bounds in
   * time and memory), never for a file from outside.
   */
  readonly inThread?: boolean;
}

/** The limits in force for one read. */
export function readerLimits(options: ReadOptions = {}): ReaderLimits {
  return { ...DEFAULT_READER_LIMITS, ...options.limits };
}

/** The name used in error messages when the caller gave none. */
export function displayName(options: ReadOptions = {}): string {
  return options.name ?? "document";
}
