/** Runs the compliance checks over a validated case and returns sorted, structured findings. */
import type { Catalog, Occupation } from "../catalog/types.js";
import { textIn, type DocLang } from "../case/local-text.js";
import type { Case } from "../case/types.js";
import { matchDuties, withFields } from "../match/match-duties.js";
import type { MatchResult } from "../match/types.js";
import { dutyClauseWords, hasDutyDetails } from "../render/duty-words.js";
import { checks } from "./index.js";
import { loadRules, type Rules } from "./load-rules.js";
import {
  collectFindings,
  type Check,
  type CheckContext,
  type ClauseReading,
  type Finding,
  type Severity,
} from "./types.js";

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The language whose duty texts feed the single-text paths: the one asked for when every duty has it, else English, else Korean. */
export function primaryDutyLang(caseData: Case, prefer?: DocLang): DocLang {
  const complete = (lang: DocLang): boolean =>
    caseData.position.duties.every((duty) => textIn(duty.text, lang) !== undefined);
  if (prefer && complete(prefer)) return prefer;
  return complete("en") ? "en" : "ko";
}

/**
 * Builds the context every check reads: the case, its occupation, the dated rules and the matcher run over the
 * duties once per language the duties are written in (never over both languages glued together). `match` is the
 * run in `prefer` (the document language being checked) when the duties have it.
 */
export function buildCheckContext(
  caseData: Case,
  occupation: Occupation,
  catalog: Catalog,
  rules: Rules = loadRules(),
  prefer?: DocLang,
): CheckContext {
  const options = { selectedOccupation: occupation, title: caseData.position.title.en };
  const matches: Partial<Record<DocLang, MatchResult>> = {};
  for (const lang of ["ko", "en"] as const) {
    const texts = caseData.position.duties.map((duty) => textIn(duty.text, lang));
    if (texts.some((text) => text === undefined)) continue;
    matches[lang] = matchDuties(
      catalog,
      caseData.position.duties.map((duty, i) => ({ text: texts[i]!, share: duty.share })),
      { ...options, ...(lang === "ko" ? { title: caseData.position.title.ko } : {}) },
    );
  }
  const primary = primaryDutyLang(caseData, prefer);
  const match =
    matches[primary] ??
    matchDuties(
      catalog,
      caseData.position.duties.map((duty) => ({ text: textIn(duty.text, primary) ?? "", share: duty.share })),
      options,
    );
  const clauseReadings = readClauses(caseData, catalog, matches, options);
  return {
    case: caseData,
    occupation,
    catalog,
    rules,
    match,
    matches,
    matchLang: primary,
    ...(clauseReadings.length > 0 ? { clauseReadings } : {}),
  };
}

/**
 * Reads each duty that lists tools, products or clients as its clause will print it, in each language the duties
 * are read in, so that a case validate passes is one whose written clauses the read-back also finds in scope. A
 * statement's verdict depends on its own text alone, so only those duties are matched (a cold start pays for no more).
 */
function readClauses(
  caseData: Case,
  catalog: Catalog,
  matches: Partial<Record<DocLang, MatchResult>>,
  options: { readonly selectedOccupation: Occupation; readonly title: string },
): ClauseReading[] {
  const duties = caseData.position.duties;
  return (Object.keys(matches) as DocLang[]).flatMap((lang) => {
    const detailed = duties.flatMap((duty, index) => (hasDutyDetails(duty, lang) ? [index] : []));
    if (detailed.length === 0) return [];
    const read = matchDuties(
      catalog,
      detailed.map((index) => ({ text: dutyClauseWords(duties[index]!, lang) ?? "", share: duties[index]!.share })),
      { ...options, ...(lang === "ko" ? { title: caseData.position.title.ko } : {}) },
    );
    return [{ lang, statements: read.statements.map((s, i) => withFields(s, { index: detailed[i]! })) }];
  });
}

/** Runs one check and turns its reports into findings. */
export function runCheck(check: Check, context: CheckContext): Finding[] {
  return collectFindings(check.meta, check.run, context);
}

/** Runs every registered check (or the given ones); findings sorted by severity, check id, then path. */
export function runChecks(context: CheckContext, only: readonly Check[] = Object.values(checks)): Finding[] {
  return sortFindings(only.flatMap((check) => runCheck(check, context)));
}

/** Sorts findings in place by severity, check id, then path (stable: one check's findings keep their order). */
export function sortFindings<F extends Finding>(findings: F[]): F[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.checkId.localeCompare(b.checkId) ||
      (a.path ?? "").localeCompare(b.path ?? ""),
  );
}
