/**
 * Types of the duty matcher's input and output. This is the contract between the matcher and its users
 * (match/verify commands, the case checks, the packet re-check); change it only together with them.
 */
import type { Occupation } from "../catalog/types.js";
import type { Exclusion } from "./exclusions.js";

/** One duty statement as written, with its share of working time in percent when known. */
export interface DutyInput {
  readonly text: string;
  readonly share?: number;
}

export interface MatchOptions {
  /** The code the user intends to file (any edition; resolved through the catalog). */
  readonly selectedCode?: string;
  /** The selected occupation when the caller has already resolved it; then selectedCode and edition are not resolved again. */
  readonly selectedOccupation?: Occupation;
  /** List edition of selectedCode; defaults to the catalog's current edition rules in resolveCode. */
  readonly edition?: string;
  /** The job title, if known: reported when it points elsewhere, never weighed against the duties. */
  readonly title?: string;
}

/** An occupation's score for a statement or a whole document, in [0,1]. */
export interface ScoredOccupation {
  /** Current-list code (or the id for E-7-S tracks). */
  readonly code: string;
  readonly score: number;
}

/** Why a statement scored for an occupation: which words matched which part of the catalog entry. */
export interface Evidence {
  readonly code: string;
  /** Words or phrase from the statement. */
  readonly matched: string;
  /** The catalog text it matched (a task, the scope, a keyword or an example title). */
  readonly against: string;
  readonly source: "task" | "scope" | "keyword" | "title";
}

/** `excluded`: the duties read as a role the catalog rules out of the code (see src/match/exclusions.ts). */
export type Verdict = "match" | "ambiguous" | "mismatch" | "unsupported" | "excluded";

export interface StatementResult {
  readonly index: number;
  readonly text: string;
  /** Weight of this statement in the whole, in [0,1] (from shares, or equal weights). */
  readonly weight: number;
  /** Every catalog occupation, best first. */
  readonly ranking: readonly ScoredOccupation[];
  readonly bestCode: string;
  /** Score of the best minus the second best. */
  readonly margin: number;
  /** Too vague to classify ("perform duties as assigned"). */
  readonly generic: boolean;
  readonly evidence: readonly Evidence[];
  /** Verdict of this statement against the selected code (or against its own best code when none is selected). */
  readonly verdict: Verdict;
}

export interface SplitDuties {
  /** The two codes that each hold at least 30% of the weight. */
  readonly codes: readonly [string, string];
  readonly weights: readonly [number, number];
  readonly majorityCode: string;
}

export interface TitleTrap {
  readonly title: string;
  /** Where the title alone points. */
  readonly titleCode: string;
  /** Where the duties point. */
  readonly dutiesCode: string;
}

export interface MatchResult {
  readonly selectedCode?: string;
  readonly statements: readonly StatementResult[];
  /** The whole text, weighted by share: every occupation, best first. */
  readonly ranking: readonly ScoredOccupation[];
  readonly bestCode: string;
  readonly margin: number;
  readonly verdict: Verdict;
  /** High when the best code leads clearly on specific evidence; the accuracy harness reports precision at high. */
  readonly confidence: "high" | "medium" | "low";
  /** Indexes of generic statements. */
  readonly generic: readonly number[];
  readonly split?: SplitDuties;
  readonly titleTrap?: TitleTrap;
  /** For `ambiguous`: the rival code and the catalog question that separates the two. */
  readonly rival?: { readonly code: string; readonly question?: { readonly en: string; readonly ko: string } };
  /** For `excluded`: the excluded role, the catalog entry that excludes it and the code that fits instead. */
  readonly exclusion?: Exclusion;
  /**
   * For `ambiguous`: part of the duties reads as a role the catalog excludes from the code, too little of them for
   * `excluded` but more than the occupation's core work (see readExclusions).
   */
  readonly excludedRoleRisk?: Exclusion;
  /** One plain-language sentence that says what the verdict means for the filing. */
  readonly message: string;
}
