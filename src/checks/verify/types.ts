/**
 * The shape of a verify check: the same ESLint-rule layout as the case and packet checks (declarative meta, a run
 * function, structured findings), run over documents written elsewhere and read by `verify`.
 */
import type { CodeResolution } from "../../catalog/resolve-code.js";
import type { Catalog, Occupation } from "../../catalog/types.js";
import type { Evidence, MatchResult, Verdict } from "../../match/types.js";
import type { CodeMention } from "../../readers/find-code-mentions.js";
import type { ExtractedText } from "../../readers/types.js";
import type { CheckMeta, Finding, FindingReport } from "../types.js";

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
  /** The note in Korean. */
  readonly noteKo?: string;
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

/** One document as verify read and scored it. */
export interface VerifyDocumentContext {
  /** What verify reports about the document (duty section, statements, verdict). */
  readonly verified: VerifiedDocument;
  /** Occupation codes the whole text cites (citations may stand outside the duty section), in order. */
  readonly mentions: readonly CodeMention[];
  /** True when the whole text names the filed occupation or one of its titles. */
  readonly namesOccupation: boolean;
  /** The document's whole text as read (employer names and workplace stand outside the duty section). */
  readonly text: string;
  /** The matcher over the document's duty statements. */
  readonly match: MatchResult;
  /** The occupation the duties are torn between besides the filed one, when the verdict is close. */
  readonly rivalCode?: string;
}

/** Everything a verify check may read; assembled once after the documents are read and scored. */
export interface VerifyCheckContext {
  readonly catalog: Catalog;
  /** The filed occupation (resolved through the list edition). */
  readonly occupation: Occupation;
  /** The filed occupation's current-list code. */
  readonly selectedCode: string;
  /** The code as the user typed it, and the edition they named (if any). */
  readonly filedCode: string;
  readonly edition?: string;
  readonly resolution: CodeResolution;
  readonly documents: readonly VerifyDocumentContext[];
  /** The matcher over every document's duty statements together. */
  readonly combined: MatchResult;
  /** The worst document verdict. */
  readonly verdict: Verdict;
}

/** What a verify check reports: a finding plus the statements and codes it is about. */
export interface VerifyFindingReport extends FindingReport {
  readonly file?: string;
  /** Statement indexes within the document. */
  readonly statements?: readonly number[];
  /** Codes involved (current-list codes). */
  readonly codes?: readonly string[];
}

/** A finding of a verify check: the one Finding shape, with the statements and codes it concerns. */
export interface VerifyCheckFinding extends Finding {
  readonly statements?: readonly number[];
  readonly codes?: readonly string[];
}

export interface VerifyCheck {
  readonly meta: CheckMeta;
  readonly run: (context: VerifyCheckContext, report: (finding: VerifyFindingReport) => void) => void;
}

/** Identity helper that types a verify check definition. */
export function defineVerifyCheck(check: VerifyCheck): VerifyCheck {
  return check;
}
