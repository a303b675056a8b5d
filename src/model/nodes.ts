/**
 * The document model: plain, JSON-serialisable data that the renderer produces and the writers consume.
 * Nothing else defines a document. Every block carries the `clauseId` of the template section that produced
 * it, so a finding about extracted text can point back to its source.
 */

/** Version of this model spec; bump when a node changes shape. */
export const MODEL_VERSION = 2;

/** Which document of the packet a root is. */
export type DocumentKind = "contract-annex" | "rrs" | "cover-letter" | "filing-checklist";

/** Language(s) of a document: one language, or bilingual with every section in Korean, then English. */
export type DocumentLang = "en" | "ko" | "both";

/**
 * A heading. Depth 1 is the document title, 2 a section, 3 a subsection.
 *
 * Yields: `{ type: "heading", depth: 2, text: "1. Company overview", clauseId: "rrs-company" }`
 */
export interface Heading {
  readonly type: "heading";
  readonly depth: 1 | 2 | 3;
  readonly text: string;
  readonly clauseId: string;
}

/**
 * A paragraph of plain text (no inline markup; writers escape it themselves).
 *
 * Yields: `{ type: "paragraph", text: "This annex forms part of …", clauseId: "annex-parties" }`
 */
export interface Paragraph {
  readonly type: "paragraph";
  readonly text: string;
  readonly clauseId: string;
  /** Right-aligned (dates, addressee lines) or centred; left/justified by default. */
  readonly align?: "right" | "center";
  /** Kept on one page with the block after it (the closing line above a signature). */
  readonly keepWithNext?: boolean;
}

/**
 * A numbered clause. The number is literal text ("제2조", "2.", "2.1"), never automatic list numbering,
 * so that text extraction sees it.
 *
 * Yields: `{ type: "clause", number: "2.1", paragraphs: ["Develop … (40% of working time)"], clauseId: "annex-duty-1" }`
 */
export interface Clause {
  readonly type: "clause";
  readonly number: string;
  /** Optional short title written after the number on its own line; one in parentheses is set against it ("제1조(직위)"). */
  readonly title?: string;
  readonly paragraphs: readonly string[];
  /** Nesting depth for indentation: 0 for clauses, 1 for sub-clauses. */
  readonly level: 0 | 1;
  readonly clauseId: string;
  /** Drawn whole on one page and kept with the block after it (the last article above a signature). */
  readonly keepWithNext?: boolean;
}

/**
 * A table cell: its text, or its paragraphs, each starting on a new line (a numbered list of changes in one cell).
 *
 * Yields: `"2224"` or `["1) The code changes …", "2) The duties are rewritten …"]`
 */
export type Cell = string | readonly string[];

/**
 * A table of plain-text cells. `header` is the first row, drawn in bold.
 *
 * Yields: `{ type: "table", header: ["Item", "Value"], rows: [["Code", "2224"]], clauseId: "annex-position-table" }`
 */
export interface Table {
  readonly type: "table";
  readonly header?: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Relative column widths (any positive numbers); equal when omitted. */
  readonly widths?: readonly number[];
  readonly clauseId: string;
  /** Its last row kept on one page with the block after it (an enclosure list above a signature). */
  readonly keepWithNext?: boolean;
}

/** One signing party: a role label, the name, and lines under it (position, date). */
export interface SignatureParty {
  readonly role: string;
  readonly name: string;
  readonly lines: readonly string[];
}

/**
 * Signature lines for one or more parties, each with a line to sign on.
 *
 * Yields: `{ type: "signature", parties: [{ role: "Employer", name: "Hanbit Soft Co., Ltd.", lines: ["Representative: …"] }], clauseId: "annex-signatures" }`
 */
export interface SignatureBlock {
  readonly type: "signature";
  readonly parties: readonly SignatureParty[];
  /** Text written next to every signature line ("(signature)" / "(서명 또는 인)"). */
  readonly signLabel: string;
  /** The document date, written once, right-aligned above the parties and kept on their page. */
  readonly date?: string;
  readonly clauseId: string;
}

export type Block = Heading | Paragraph | Clause | Table | SignatureBlock;

/** Document properties that writers stamp into the file (docx core properties, PDF info). */
export interface DocMeta {
  readonly kind: DocumentKind;
  readonly lang: DocumentLang;
  readonly title: string;
  readonly subject: string;
  readonly author: string;
  /** The document date (ISO calendar date from the case); used for every timestamp, never the clock. */
  readonly date: string;
}

/**
 * The root of one document.
 *
 * Yields: `{ type: "root", modelVersion: 2, meta: { kind: "rrs", lang: "both", … }, children: [...] }`
 */
export interface DocRoot {
  readonly type: "root";
  readonly modelVersion: typeof MODEL_VERSION;
  readonly meta: DocMeta;
  readonly children: readonly Block[];
}
