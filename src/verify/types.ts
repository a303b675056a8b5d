/** Types of the verify result: per statement, per document and across documents, as plain JSON-ready data. */
import type { Evidence, Verdict } from "../match/types.js";
import type { VerifyCheckFinding } from "../checks/verify/types.js";
import type { ExtractedText } from "../readers/types.js";

export type DocumentRole = "contract" | "rrs";

export interface VerifiedStatement {
  readonly index: number;
  /** The clause's number or bullet as written in the document ("1.", "②", "가."), when it has one. */
  readonly label?: string;
  readonly text: string;
  /** Share of working time stated on the clause, in percent, as read. */
  readonly share?: number;
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

/** What verify read in one document, shown before any verdict so a wrong reading is visible. */
export interface ReadReport {
  readonly found: boolean;
  readonly heading?: string;
  readonly note?: string;
  /** True when no duty section was found and the whole text was scored (--whole-text). */
  readonly wholeText: boolean;
  /** Lines in the duty section (or the whole text) that were not scored, and why. */
  readonly skipped: readonly { readonly text: string; readonly reason: string }[];
  /** Paragraphs outside the duty section, not read as duties. */
  readonly outside: number;
}

export interface VerifiedDocument {
  readonly path: string;
  readonly role: DocumentRole;
  readonly kind: ExtractedText["kind"];
  readonly pages?: number;
  /** What was read: the duty section's heading (or why none was used), what was skipped in it and why. */
  readonly dutySection: ReadReport;
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
  /** Findings of the verify checks (src/checks/verify/), the same shape as the case and packet checks' findings. */
  readonly findings: readonly VerifyCheckFinding[];
}
