/** Public library API of e7-align: re-exports only. */
export * from "./errors.js";
export * from "./catalog/types.js";
export { loadCatalog, buildCatalog } from "./catalog/load-catalog.js";
export { resolveCode, requireOccupation, closestOccupations, normalizeCode, occupationLabel, type CodeResolution, type CodeReading } from "./catalog/resolve-code.js";
export { searchOccupations, type TitleCandidate, type TitleSearchResult } from "./catalog/search-occupations.js";
export { normalizeText, compactText } from "./text/normalize-text.js";
export { tokenize } from "./text/tokenize.js";
export { readDocument, type DocumentBytes } from "./readers/read-document.js";
export { readDocxText } from "./readers/read-docx-text.js";
export { readPdfText } from "./readers/read-pdf-text.js";
export { readPlainText } from "./readers/read-plain-text.js";
export { findDutySection, type DutySection } from "./readers/find-duty-section.js";
export { DEFAULT_READER_LIMITS, type ExtractedText, type ReaderLimits, type ReadOptions } from "./readers/types.js";
export { verifyDocuments, verifyExtracted, type VerifyOptions, type ExtractedDocument } from "./verify/verify-documents.js";
export { formatVerifyMarkdown } from "./verify/format-verify-markdown.js";
export type { VerifyResult, VerifiedDocument, VerifiedStatement, VerifyFinding, FindingSeverity, DocumentRole } from "./verify/types.js";
