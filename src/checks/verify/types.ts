/**
 * The shape of a verify check: the same ESLint-rule layout as the case and packet checks (declarative meta, a run
 * function, structured findings), run over documents written elsewhere and read by `verify`.
 */
import type { CodeResolution } from "../../catalog/resolve-code.js";
import type { Catalog, Occupation } from "../../catalog/types.js";
import type { MatchResult, Verdict } from "../../match/types.js";
import type { CodeMention } from "../../verify/find-code-mentions.js";
import type { VerifiedDocument } from "../../verify/types.js";
import type { CheckMeta, Finding, FindingReport } from "../types.js";

/** One document as verify read and scored it. */
export interface VerifyDocumentContext {
  /** What verify reports about the document (duty section, statements, verdict). */
  readonly verified: VerifiedDocument;
  /** Occupation codes the whole text cites (citations may stand outside the duty section), in order. */
  readonly mentions: readonly CodeMention[];
  /** True when the whole text names the filed occupation or one of its titles. */
  readonly namesOccupation: boolean;
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
