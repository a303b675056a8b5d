/** Runs the compliance checks over a validated case and returns sorted, structured findings. */
import type { Catalog, Occupation } from "../catalog/types.js";
import type { Case } from "../case/types.js";
import { matchDuties } from "../match/match-duties.js";
import { checks } from "./index.js";
import { loadRules, type Rules } from "./load-rules.js";
import { collectFindings, type Check, type CheckContext, type Finding, type Severity } from "./types.js";

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Builds the context every check reads: the case, its occupation, the dated rules and one matcher run over the duties. */
export function buildCheckContext(caseData: Case, occupation: Occupation, catalog: Catalog, rules: Rules = loadRules()): CheckContext {
  const match = matchDuties(
    catalog,
    caseData.position.duties.map((duty) => ({ text: duty.text, share: duty.share })),
    { selectedCode: occupation.code ?? occupation.id, edition: catalog.currentEdition, title: caseData.position.title.en },
  );
  return { case: caseData, occupation, catalog, rules, match };
}

/** Runs one check and turns its reports into findings. */
export function runCheck(check: Check, context: CheckContext): Finding[] {
  return collectFindings(check.meta, check.run, context);
}

/** Runs every registered check (or the given ones); findings sorted by severity, check id, then path. */
export function runChecks(context: CheckContext, only: readonly Check[] = Object.values(checks)): Finding[] {
  const findings = only.flatMap((check) => runCheck(check, context));
  return findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.checkId.localeCompare(b.checkId) || (a.path ?? "").localeCompare(b.path ?? ""),
  );
}
