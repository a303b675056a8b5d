/** For a reapplication or a supplementation answer: compares the prior code and duties with the new ones and says what the cover letter must do. */
import { occupationLabel, resolveCode } from "../catalog/resolve-code.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import { textIn, textsOf, type TextValue } from "../case/local-text.js";
import type { Duty } from "../case/types.js";
import { tokenize } from "../text/tokenize.js";
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";

/** Duties this similar (share of shared words) count as unchanged. */
export const SAME_DUTIES = 0.8;

/** Word overlap of two duty lists (Jaccard over stemmed words), in [0,1], compared in a language both lists are written in. */
export function dutySimilarity(before: readonly Duty[], after: readonly Duty[]): number {
  const all = [...before, ...after];
  const common = (["en", "ko"] as const).find((lang) => all.every((d) => textIn(d.text, lang) !== undefined));
  const texts = (d: Duty): string[] => (common ? [textIn(d.text, common)!] : textsOf(d.text));
  const words = (duties: readonly Duty[]): Set<string> => new Set(duties.flatMap((d) => texts(d).flatMap((text) => tokenize(text).words)));
  const a = words(before);
  const b = words(after);
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** The occupation a prior filing named, read in its own list edition (then in any edition). */
function priorOccupation(catalog: Catalog, code: string, edition: string | undefined): Occupation | undefined {
  const inEdition = resolveCode(catalog, code, edition);
  if (inEdition.kind === "found") return inEdition.occupation;
  const any = resolveCode(catalog, code);
  return any.kind === "found" ? any.occupation : undefined;
}

export const reapplication = defineCheck({
  meta: {
    id: "reapplication",
    description: "A reapplication must change what was refused: the same code with the same duties meets the same answer; a changed code must be explained in the cover letter.",
    severity: "warning",
    source: "e7-align practice note: a refiled packet is reviewed on the same criteria (MOJ-2026-09 p.235-297); the stated reasons must be answered",
    messages: {
      sameCodeSameDuties:
        "The prior application filed {{priorCode}} ({{priorName}}) with duties {{similarity}}% the same as now, and this one files the same occupation. The same package will meet the same answer ({{reasons}}); change what the denial named.",
      nothingChanged: "priorApplication.whatChanged is empty: list what is different from the application that was {{decision}}.",
      codeChanged:
        "The code changes from {{priorCode}} ({{priorLabel}}, {{priorEdition}} list) to {{code}} ({{label}}). The cover letter must explain why {{code}} is the right occupation for these duties and answer each stated reason: {{reasons}}.",
      renumbered: "{{priorCode}} ({{priorEdition}} list) is the former number of {{code}} {{name}}; say in the cover letter that the occupation is unchanged and only renumbered.",
      priorCodeUnknown: "priorApplication.codeFiled {{priorCode}} is not a code of the {{priorEdition}} list (or any other); check the earlier receipt.",
      noPriorDuties: "Add priorApplication.duties (the duties as filed before) so the change in duties can be measured.",
    },
  },
  run(context, report) {
    const { filing, priorApplication: prior, position } = context.case;
    if (filing.kind === "first" || !prior) return;
    const code = selectedCodeOf(context);
    const priorEdition = prior.codeEdition ?? "ksco7-list";
    const reasons = prior.reasons.map((reason: TextValue) => textIn(reason, "en") ?? textsOf(reason)[0] ?? "").join("; ");
    if (prior.whatChanged.length === 0) report({ messageId: "nothingChanged", path: "/priorApplication/whatChanged", data: { decision: prior.decision } });
    const before = priorOccupation(context.catalog, prior.codeFiled, priorEdition);
    if (!before) {
      report({ messageId: "priorCodeUnknown", path: "/priorApplication/codeFiled", data: { priorCode: prior.codeFiled, priorEdition } });
      return;
    }
    if (before.id !== context.occupation.id) {
      report({
        messageId: "codeChanged",
        path: "/selectedCode",
        data: { priorCode: prior.codeFiled, priorLabel: occupationLabel(before), priorEdition, code, label: occupationLabel(context.occupation), reasons },
      });
      return;
    }
    if (prior.codeFiled !== code) report({ messageId: "renumbered", severity: "info", path: "/priorApplication/codeFiled", data: { priorCode: prior.codeFiled, priorEdition, code, name: context.occupation.nameEn } });
    if (!prior.duties || prior.duties.length === 0) {
      report({ messageId: "noPriorDuties", severity: "info", path: "/priorApplication" });
      return;
    }
    const similarity = dutySimilarity(prior.duties, position.duties);
    if (similarity >= SAME_DUTIES) {
      report({ messageId: "sameCodeSameDuties", path: "/position/duties", data: { priorCode: prior.codeFiled, priorName: before.nameEn, similarity: Math.round(similarity * 100), reasons } });
    }
  },
});
