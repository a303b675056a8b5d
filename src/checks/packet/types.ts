/**
 * The shape of a packet consistency check: the same ESLint-rule layout as the case checks (declarative meta,
 * a run function, structured findings), but run over the documents read back from a generated packet.
 */
import type { Case } from "../../case/types.js";
import type { Occupation } from "../../catalog/types.js";
import type { Evidence, MatchResult, Verdict } from "../../match/types.js";
import type { DocumentKind, DocumentLang } from "../../model/nodes.js";
import type { PacketView } from "../../render/build-view.js";
import type { PlannedDuty } from "../../render/plan-duties.js";
import type { CheckMeta, Finding, FindingReport } from "../types.js";

/** One duty clause as found in a written file, and how the matcher reads it there. */
export interface ClauseReadBack {
  readonly clauseId: string;
  /** The literal clause number printed before it ("2.1"). */
  readonly number: string;
  readonly dutyIndex: number;
  /** True when every line the renderer wrote for the clause was found, in full, in the extracted text. */
  readonly intact: boolean;
  /** The clause's extracted text (number removed), normalised. */
  readonly text: string;
  readonly bestCode: string;
  /** Score of the best code, and of the selected code, in [0,1]. */
  readonly score: number;
  readonly selectedScore: number;
  readonly margin: number;
  readonly verdict: Verdict;
  readonly generic: boolean;
  readonly evidence: readonly Evidence[];
}

/** One written file read back. */
export interface PacketDocument {
  readonly file: string;
  readonly kind: DocumentKind;
  readonly format: "docx" | "pdf";
  readonly lang: DocumentLang;
  readonly pages?: number;
  /** Extracted text, normalised; `compact` is the same without any whitespace (PDF line breaks fall anywhere in Korean). */
  readonly text: string;
  readonly compact: string;
  /** What the independent duty-section finder (the one `verify` uses) made of the file. */
  readonly dutySection: { readonly found: boolean; readonly heading?: string; readonly note?: string };
  /** Duty clauses, for the documents that carry them (contract annex, RRS); empty otherwise. */
  readonly clauses: readonly ClauseReadBack[];
  /** The matcher over all duty clauses of the file, weighted by share (absent for files without duty clauses). */
  readonly match?: Pick<MatchResult, "bestCode" | "margin" | "verdict" | "ranking" | "confidence" | "exclusion">;
}

/** Everything a packet check may read; assembled once after the files are read back. */
export interface PacketCheckContext {
  readonly case: Case;
  readonly occupation: Occupation;
  /** The selected occupation's current code. */
  readonly selectedCode: string;
  readonly lang: DocumentLang;
  readonly view: PacketView;
  readonly plan: readonly PlannedDuty[];
  readonly documents: readonly PacketDocument[];
  /** The matcher over the RRS's specialised-skills list, when it has one. */
  readonly skillsMatch?: MatchResult;
  /** Duties the user allowed to stay outside the occupation's scope (--allow-out-of-scope), by index. */
  readonly allowedOutOfScope: readonly number[];
}

/** What a packet check reports: a case finding plus the file and clause it is about. */
export interface PacketFindingReport extends FindingReport {
  readonly file?: string;
  readonly clauseId?: string;
}

export interface PacketFinding extends Finding {
  readonly file?: string;
  readonly clauseId?: string;
}

export interface PacketCheck {
  readonly meta: CheckMeta;
  readonly run: (context: PacketCheckContext, report: (finding: PacketFindingReport) => void) => void;
}

/** Identity helper that types a packet check definition. */
export function definePacketCheck(check: PacketCheck): PacketCheck {
  return check;
}
