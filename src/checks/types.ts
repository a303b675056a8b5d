/** The shape of a compliance check (ESLint-rule layout: declarative meta plus a run function) and of its findings. */
import type { Catalog, Occupation } from "../catalog/types.js";
import type { Case } from "../case/types.js";
import type { MatchResult, StatementResult } from "../match/types.js";
import type { Rules } from "./load-rules.js";

export type Severity = "error" | "warning" | "info";

export interface CheckMeta {
  /** kebab-case; equals the file name and the registry key. */
  readonly id: string;
  readonly description: string;
  /** The description in Korean (합니다체), for the Korean consistency report. */
  readonly descriptionKo?: string;
  /** Severity of findings that do not set their own. */
  readonly severity: Severity;
  /** The rule's citation, e.g. "MOJ-2026-09 p.230". */
  readonly source: string;
  /** The citation in Korean, naming the manual by its official Korean title, for Korean output. */
  readonly sourceKo?: string;
  /** messageId -> message template with {{placeholders}}. */
  readonly messages: Readonly<Record<string, string>>;
  /** The same templates in Korean (합니다체), where the check has them. */
  readonly messagesKo?: Readonly<Record<string, string>>;
  /** fixId -> what to change, a template with the same {{placeholders}} as the message it goes with (verify's checks). */
  readonly fixes?: Readonly<Record<string, string>>;
  /** The same fix templates in Korean (합니다체). */
  readonly fixesKo?: Readonly<Record<string, string>>;
  /**
   * False for checks of the supporting documents (validity, recommendation): their errors must be fixed before filing
   * but do not change what generate writes, so generate writes the packet and the filing checklist lists them.
   */
  readonly blocksGeneration?: boolean;
}

/** Everything a check may read; assembled once per case, all readonly. */
export interface CheckContext {
  readonly case: Case;
  /** The occupation selectedCode names (resolved through its list edition). */
  readonly occupation: Occupation;
  readonly catalog: Catalog;
  readonly rules: Rules;
  /** The matcher's reading of position.duties against the selected code, in the language matchLang. */
  readonly match: MatchResult;
  /** The matcher's reading in each language every duty is written in (schema version 2 holds Korean and English). */
  readonly matches?: Readonly<Partial<Record<"ko" | "en", MatchResult>>>;
  readonly matchLang?: "ko" | "en";
  /**
   * The matcher's reading of each duty as the packet's clauses will print it, in each language: its text with the
   * tools, products and clients it lists (the user's words only, not the labels between them). Only duties that list
   * any are read here; the others print as their text alone, which `matches` already reads.
   */
  readonly clauseReadings?: readonly ClauseReading[];
}

/** One language's reading of the duty clauses that carry listed specifics; each statement's index is the duty's. */
export interface ClauseReading {
  readonly lang: "ko" | "en";
  readonly statements: readonly StatementResult[];
}

/** What a check reports; meta fills in the rest. */
export interface FindingReport {
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** JSON pointer into the case file. */
  readonly path?: string;
  /** Overrides meta.severity for this finding. */
  readonly severity?: Severity;
  /** The meta.fixes entry that says what to change (default: the one named like messageId, when there is one). */
  readonly fixId?: string;
}

export interface Finding {
  readonly checkId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly message: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly path?: string;
  /** The document the finding is about (packet and verify checks). */
  readonly file?: string;
  /** What to change (meta.fixes filled with the finding's data), when the check says. */
  readonly fix?: string;
  /** The meta.fixes entry `fix` was filled from, when it is not the one named like messageId (for the Korean text). */
  readonly fixId?: string;
  /** The rule's citation (meta.source). */
  readonly source: string;
}

export interface Check {
  readonly meta: CheckMeta;
  readonly run: (context: CheckContext, report: (finding: FindingReport) => void) => void;
}

/** Identity helper that types a check definition. */
export function defineCheck(check: Check): Check {
  return check;
}

/**
 * Runs one check's `run` over a context and turns what it reports into findings: meta supplies the id, default
 * severity, message template and source; any extra report fields (a packet check's file and clauseId) carry over.
 */
export function collectFindings<C, R extends FindingReport>(
  meta: CheckMeta,
  run: (context: C, report: (finding: R) => void) => void,
  context: C,
): (Finding & Omit<R, keyof FindingReport>)[] {
  const findings: (Finding & Omit<R, keyof FindingReport>)[] = [];
  run(context, (report) => {
    const { messageId, data = {}, severity, path, fixId, ...extra } = report;
    const template = meta.messages[messageId];
    if (template === undefined) throw new Error(`Check ${meta.id} reported unknown messageId "${messageId}"`);
    const fix = meta.fixes?.[fixId ?? messageId];
    if (fixId !== undefined && fix === undefined) throw new Error(`Check ${meta.id} reported unknown fixId "${fixId}"`);
    findings.push({
      checkId: meta.id,
      severity: severity ?? meta.severity,
      messageId,
      message: formatMessage(template, data),
      data,
      ...(path !== undefined ? { path } : {}),
      ...(extra as Omit<R, keyof FindingReport>),
      ...(fix !== undefined
        ? { fix: formatMessage(fix, data), ...(fixId !== undefined && fixId !== messageId ? { fixId } : {}) }
        : {}),
      source: meta.source,
    });
  });
  return findings;
}

/** Fills {{placeholders}} in a message template; unknown placeholders stay visible so tests catch them. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
