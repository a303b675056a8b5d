/**
 * The shape of a packet consistency check: the same ESLint-rule layout as the case checks (declarative meta,
 * a run function, structured findings), but run over the documents read back from a generated packet.
 */
import type { Case } from "../../case/types.js";
import type { Occupation } from "../../catalog/types.js";
import type { MatchResult } from "../../match/types.js";
import type { DocumentLang } from "../../model/nodes.js";
import type { PacketView } from "../../render/build-view.js";
import type { PlannedDuty } from "../../render/plan-duties.js";
import type { PacketDocument } from "../../readers/read-back.js";
import type { CheckMeta, Finding, FindingReport } from "../types.js";

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
