/** Types of the verify result: per statement, per document and across documents, as plain JSON-ready data. */
import type { Evidence, Verdict } from "../match/types.js";

export type DocumentRole = "contract" | "rrs";

export interface VerifiedStatement {
  readonly index: number;
  readonly text: string;
  readonly bestCode: string;
  /** Score of the best code, in [0,1]. */
  readonly score: number;
  /** Score of the filed code for this statement. */
  readonly filedScore: number;
  /** Best score minus the second best. */
  readonly margin: number;
  readonly generic: boolean;
  readonly verdict: Verdict;
  /** True when the statement supports the filed code (its verdict against the filed code is `match`). */
  readonly supportsFiledCode: boolean;
  /** Catalog wording the statement matched, for its best code and the filed code. */
  readonly evidence: readonly Evidence[];
}

export interface VerifiedDocument {
  readonly path: string;
  readonly role: DocumentRole;
  readonly kind: "docx" | "pdf" | "text";
  readonly pages?: number;
  /** The duty section used: its heading, or why the whole text was used. */
  readonly dutySection: { readonly found: boolean; readonly heading?: string; readonly note?: string };
  /** The job title written in the document ("Position: …", "직위: …"), if any. */
  readonly title?: string;
  readonly verdict: Verdict;
  /** The code this document's duties support (current-list code). */
  readonly bestCode: string;
  readonly confidence: "high" | "medium" | "low";
  readonly message: string;
  readonly statements: readonly VerifiedStatement[];
  /** Indexes of the statements whose best code is another occupation. */
  readonly pullingElsewhere: readonly number[];
}

export type FindingSeverity = "error" | "warning" | "info";

/** One thing an officer would notice, with what to change. */
export interface VerifyFinding {
  /** Stable id, e.g. "document-mismatch", "generic-clause", "former-edition-code". */
  readonly id: string;
  readonly severity: FindingSeverity;
  /** The document it concerns (path), when it concerns one. */
  readonly document?: string;
  readonly message: string;
  /** What to change. */
  readonly fix?: string;
  /** Statement indexes within the document. */
  readonly statements?: readonly number[];
  /** Codes involved (current-list codes). */
  readonly codes?: readonly string[];
}

export interface VerifyResult {
  /** The worst document verdict: `match` only when every document matches the filed code. */
  readonly verdict: Verdict;
  /** The code as filed (typed by the user). */
  readonly filedCode: string;
  /** The filed occupation's current-list code. */
  readonly selectedCode: string;
  /** The code the documents together support (current-list code). */
  readonly bestCode: string;
  /** True when every document matches and no finding is an error: the documents can be filed as they are. */
  readonly ok: boolean;
  readonly documents: readonly VerifiedDocument[];
  readonly findings: readonly VerifyFinding[];
}
