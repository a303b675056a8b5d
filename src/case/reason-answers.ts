/** Classifies the reasons of a denial and the changes of a reapplication by the rule table in src/data/denial-reasons.json, and pairs each reason with every change that answers it. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../paths.js";
import { tokenize } from "../text/tokenize.js";
import { textIn, textsOf, type TextValue } from "./local-text.js";
import type { Duty, PriorApplication } from "./types.js";
import { escapeRegExp } from "../text/escape-regexp.js";

export type ReasonCategory = "code-duty" | "salary" | "employer" | "qualification" | "documents" | "other";
/** A fact of the case (not a sentence the user wrote) that answers a reason. */
export type ChangeFact = "code-change" | "duties-rewritten" | "salary-raised";

interface CategoryRule {
  readonly id: Exclude<ReasonCategory, "other">;
  readonly en: readonly string[];
  readonly ko: readonly string[];
  readonly answeredBy: readonly ChangeFact[];
}

export interface DenialReasonRules {
  readonly source: string;
  readonly asOf: string;
  readonly categories: readonly CategoryRule[];
}

export const DENIAL_REASONS_PATH = path.join(DATA_DIR, "denial-reasons.json");
let cached: DenialReasonRules | undefined;

/** The shipped rule table, read once per process (validated against schemas/denial-reasons.schema.json by the tests). */
export function loadDenialReasonRules(): DenialReasonRules {
  cached ??= JSON.parse(readFileSync(DENIAL_REASONS_PATH, "utf8")) as DenialReasonRules;
  return cached;
}

/** Duties this similar (share of shared words) count as unchanged. */
export const SAME_DUTIES = 0.8;

/** Word overlap of two duty lists (Jaccard over stemmed words), in [0,1], compared in a language both lists are written in. */
export function dutySimilarity(before: readonly Duty[], after: readonly Duty[]): number {
  const all = [...before, ...after];
  const common = (["en", "ko"] as const).find((lang) => all.every((d) => textIn(d.text, lang) !== undefined));
  const texts = (d: Duty): string[] => (common ? [textIn(d.text, common)!] : textsOf(d.text));
  const words = (duties: readonly Duty[]): Set<string> =>
    new Set(duties.flatMap((d) => texts(d).flatMap((text) => tokenize(text).words)));
  const a = words(before);
  const b = words(after);
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** Every category whose cue the text holds (Latin cues at a word start, Hangul cues anywhere); ["other"] when none. */
export function classifyText(value: TextValue, rules: DenialReasonRules = loadDenialReasonRules()): ReasonCategory[] {
  const texts = textsOf(value).map((t) => t.toLowerCase());
  const found = rules.categories
    .filter((rule) =>
      texts.some(
        (text) =>
          rule.en.some((cue) => new RegExp(`(?:^|[^a-z])${escapeRegExp(cue)}`).test(text)) ||
          rule.ko.some((cue) => text.includes(cue)),
      ),
    )
    .map((rule) => rule.id);
  return found.length > 0 ? found : ["other"];
}

/** One change that answers a reason: a fact of the case, or an item of priorApplication.whatChanged (by index). */
export type Answer =
  | { readonly kind: "fact"; readonly fact: ChangeFact }
  | { readonly kind: "listed"; readonly index: number };

export interface ReasonAnswer {
  readonly index: number;
  readonly reason: TextValue;
  readonly categories: readonly ReasonCategory[];
  /** Every change that answers the reason, the code change first; empty when nothing does. */
  readonly answers: readonly Answer[];
  /** Categories of the reason that no change answers. */
  readonly unanswered: readonly ReasonCategory[];
}

/** Facts of the case compared with the earlier application, worked out by the caller (it holds the catalog). */
export interface ChangeFacts {
  /** The earlier code names a different occupation from the one filed now (a renumbering is not a change). */
  readonly codeChanged: boolean;
  /** The new code, to recognise the listed change that states the code change. */
  readonly code: string;
  /** Current annual salary, compared with priorApplication.annualSalaryKrw. */
  readonly annualSalaryKrw?: number;
  readonly duties: readonly Duty[];
}

/** The facts that changed since the earlier application. */
export function changedFacts(prior: PriorApplication, facts: ChangeFacts): ChangeFact[] {
  const out: ChangeFact[] = [];
  if (facts.codeChanged) out.push("code-change");
  if (prior.duties && prior.duties.length > 0 && dutySimilarity(prior.duties, facts.duties) < SAME_DUTIES)
    out.push("duties-rewritten");
  if (
    prior.annualSalaryKrw !== undefined &&
    facts.annualSalaryKrw !== undefined &&
    facts.annualSalaryKrw > prior.annualSalaryKrw
  )
    out.push("salary-raised");
  return out;
}

/** Index of the listed change that states the code change (it names the new code), if any. */
export function codeChangeItem(prior: PriorApplication, code: string): number | undefined {
  const pattern = new RegExp(`(?:^|[^0-9])${escapeRegExp(code)}(?:[^0-9]|$)`);
  const index = prior.whatChanged.findIndex((change) => textsOf(change).some((t) => pattern.test(t)));
  return index >= 0 ? index : undefined;
}

/** Pairs each stated reason with every change that addresses it: the code change first, then the other facts, then the listed changes. */
export function answerReasons(
  prior: PriorApplication,
  facts: ChangeFacts,
  rules: DenialReasonRules = loadDenialReasonRules(),
): ReasonAnswer[] {
  const changed = changedFacts(prior, facts);
  const codeItem = facts.codeChanged ? codeChangeItem(prior, facts.code) : undefined;
  const listed = prior.whatChanged.map((change, index) => ({
    index,
    categories: index === codeItem ? (["code-duty"] as ReasonCategory[]) : classifyText(change, rules),
    words: wordsOf(change),
  }));
  return prior.reasons.map((reason, index) => {
    const categories = classifyText(reason, rules);
    const reasonWords = wordsOf(reason);
    const answers: Answer[] = [];
    const answeredCategories = new Set<ReasonCategory>();
    for (const category of categories) {
      const rule = rules.categories.find((r) => r.id === category);
      for (const fact of changed) {
        if (!rule?.answeredBy.includes(fact)) continue;
        answeredCategories.add(category);
        // The listed sentence that states the code change stands for the fact, in the user's words.
        const answer: Answer =
          fact === "code-change" && codeItem !== undefined
            ? { kind: "listed", index: codeItem }
            : { kind: "fact", fact };
        if (!answers.some((a) => sameAnswer(a, answer))) answers.push(answer);
      }
      for (const item of listed) {
        const fits =
          category === "other"
            ? item.categories.includes("other") && [...item.words].some((w) => reasonWords.has(w))
            : item.categories.includes(category);
        if (!fits) continue;
        answeredCategories.add(category);
        const answer: Answer = { kind: "listed", index: item.index };
        if (!answers.some((a) => sameAnswer(a, answer))) answers.push(answer);
      }
    }
    return { index, reason, categories, answers, unanswered: categories.filter((c) => !answeredCategories.has(c)) };
  });
}

function sameAnswer(a: Answer, b: Answer): boolean {
  return a.kind === "fact" ? b.kind === "fact" && a.fact === b.fact : b.kind === "listed" && a.index === b.index;
}

function wordsOf(value: TextValue): Set<string> {
  return new Set(textsOf(value).flatMap((t) => tokenize(t).words));
}
