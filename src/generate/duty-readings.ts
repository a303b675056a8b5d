/** Runs the matcher over the earlier duties and the duties now, statement by statement, for the cover letter's before/after table. */
import { textIn, textsOf } from "../case/local-text.js";
import type { Case, Duty } from "../case/types.js";
import type { Catalog } from "../catalog/types.js";
import { codeOf } from "../catalog/occupation-lookup.js";
import { requireOccupation } from "../catalog/resolve-code.js";
import { matchDuties, THRESHOLDS } from "../match/match-duties.js";
import type { DutyReading } from "../render/build-view.js";

/** The language both lists are written in (English first: the matcher's evidence is richest there), else each duty's first text. */
function textOf(duties: readonly Duty[]): (d: Duty) => string {
  const lang = (["en", "ko"] as const).find((l) => duties.every((d) => textIn(d.text, l) !== undefined));
  return (d) => (lang ? textIn(d.text, lang)! : (textsOf(d.text)[0] ?? ""));
}

/** Undefined unless the case gives the earlier duties of a reapplication or supplement. */
export function dutyReadings(
  input: Case,
  catalog: Catalog,
): { before: DutyReading[]; after: DutyReading[] } | undefined {
  const prior = input.priorApplication;
  if (input.filing.kind === "first" || !prior?.duties || prior.duties.length === 0) return undefined;
  const text = textOf([...prior.duties, ...input.position.duties]);
  const read = (duties: readonly Duty[]): DutyReading[] =>
    matchDuties(
      catalog,
      duties.map((d) => ({ text: text(d), share: d.share })),
    ).statements.map((s) => ({ code: s.bestCode, generic: s.generic }));
  // A duty now whose filed code scores within the matcher's ambiguity margin of the best reads as the filed code: the
  // letter must not tell the office it reads as a neighbour (2395 drafter after a denial for drawing work) on a tie.
  const selected = requireOccupation(catalog, input.selectedCode, input.filing.codeEdition).occupation;
  const after = matchDuties(
    catalog,
    input.position.duties.map((d) => ({ text: text(d), share: d.share })),
    { selectedOccupation: selected },
  ).statements.map((s) => {
    const best = s.ranking[0]?.score ?? 0;
    const mine = s.ranking.find((r) => r.code === codeOf(selected))?.score ?? 0;
    const withinMargin = !s.generic && mine > 0 && best - mine < THRESHOLDS.minMargin;
    return { code: withinMargin ? codeOf(selected) : s.bestCode, generic: s.generic };
  });
  return { before: read(prior.duties), after };
}
