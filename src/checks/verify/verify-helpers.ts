/** Shared wording for the verify checks: occupation labels, clause lists and the filed code's tasks to rewrite toward. */
import { codeOf } from "../../catalog/occupation-lookup.js";
import type { Occupation } from "../../catalog/types.js";
import { tokenize } from "../../text/tokenize.js";
import type { DocumentRole, VerifiedStatement } from "./types.js";

// The catalog's own vocabulary, under the names the verify checks use.
export { findOccupation as occupationOf, labelOf, questionBetween } from "../../catalog/occupation-lookup.js";

/** The document's role as message data: `role` in English, `roleKo` in Korean. */
export function roleData(role: DocumentRole): { role: string; roleKo: string } {
  return role === "contract"
    ? { role: "contract", roleKo: "계약서" }
    : { role: "Recruitment Reason Statement", roleKo: "고용사유서" };
}

/** Clause numbers as message data: "clause 3" / "clauses 2, 4" in English and "3번 조항" / "2, 4번 조항" in Korean. */
export function clausesData(indexes: readonly number[], key = "clauses"): Record<string, string> {
  const list = indexes.map((i) => i + 1).join(", ");
  return { [key]: `clause${indexes.length === 1 ? "" : "s"} ${list}`, [`${key}Ko`]: `${list}번 조항` };
}

export function quoteList(items: readonly string[]): string {
  return items.map((item) => `"${item}"`).join("; ");
}

export function short(text: string, max = 90): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The filed occupation's tasks closest to some statements, in the statements' language: the wording to rewrite
 * toward. Tasks the matcher already cited as evidence for the filed code come first (the nearest legitimate work),
 * then tasks sharing the most terms with the statements, then the catalog's order (core tasks first). The language
 * (English or Korean) follows `languageOf` unless `lang` names one (the Korean page quotes the Korean tasks).
 */
export function tasksToward(
  occupation: Occupation,
  statements: readonly VerifiedStatement[] | readonly string[],
  count = 3,
  languageOf: readonly VerifiedStatement[] | readonly string[] = statements,
  lang?: "en" | "ko",
): string[] {
  const texts = statements.map((s) => (typeof s === "string" ? s : s.text));
  const languageTexts = languageOf.map((s) => (typeof s === "string" ? s : s.text));
  const selectedCode = codeOf(occupation);
  const cited = new Map<number, number>();
  for (const statement of statements) {
    if (typeof statement === "string") continue;
    for (const evidence of statement.evidence) {
      if (evidence.code !== selectedCode || evidence.source !== "task") continue;
      const at = occupation.tasks.findIndex((task) => task.en === evidence.against || task.ko === evidence.against);
      if (at >= 0) cited.set(at, (cited.get(at) ?? 0) + 1);
    }
  }
  const terms = new Set(
    texts.flatMap((text) => {
      const { words, bigrams } = tokenize(text);
      return [...words, ...bigrams];
    }),
  );
  const korean = languageTexts.join("").match(/[\uAC00-\uD7A3]/g)?.length ?? 0;
  const latin = languageTexts.join("").match(/[A-Za-z]/g)?.length ?? 0;
  const language = lang ?? (korean * 2 > latin ? "ko" : "en");
  const scored = occupation.tasks.map((task, index) => {
    const { words, bigrams } = tokenize(`${task.en} ${task.ko}`);
    const overlap = new Set([...words, ...bigrams].filter((term) => terms.has(term))).size;
    return { task, index, cited: cited.get(index) ?? 0, overlap };
  });
  scored.sort((a, b) => b.cited - a.cited || b.overlap - a.overlap || a.index - b.index);
  return scored.slice(0, count).map((entry) => entry.task[language]);
}

/** Lead (in share of the weight) the larger of two split codes needs to count as a clear majority. */
export const CLEAR_MAJORITY = 0.2;

/** What a document's stray clauses say for its fix: which pull elsewhere, where to, and the filed tasks to rewrite toward. */
export interface StrayClauses {
  readonly pulling: readonly VerifiedStatement[];
  /** The codes the pulling clauses read as, each once. */
  readonly elsewhere: readonly string[];
  /** True when at least half of the specific clauses pull elsewhere. */
  readonly wholesale: boolean;
  readonly toward: readonly string[];
  /** The same tasks in the catalog's Korean, for the Korean fix. */
  readonly towardKo: readonly string[];
  /** The `clauses` / `clausesKo` message data: the pulling clauses, or "the duty clauses" when none pulls on its own. */
  readonly clauses: Record<string, string>;
}

export function strayClauses(
  doc: { readonly statements: readonly VerifiedStatement[]; readonly pullingElsewhere: readonly number[] },
  occupation: Occupation,
): StrayClauses {
  const pulling = doc.statements.filter((s) => doc.pullingElsewhere.includes(s.index));
  const specific = doc.statements.filter((s) => !s.generic);
  const wholesale = pulling.length * 2 >= specific.length;
  const pullTexts = pulling.length > 0 ? pulling : specific;
  // When most clauses describe another occupation, the contrast with the filed code's core tasks helps most;
  // when a few clauses stray, the filed code's tasks nearest to those clauses do.
  const toward = wholesale ? tasksToward(occupation, [], 3, pullTexts) : tasksToward(occupation, pullTexts);
  const towardKo = wholesale
    ? tasksToward(occupation, [], 3, pullTexts, "ko")
    : tasksToward(occupation, pullTexts, 3, pullTexts, "ko");
  return {
    pulling,
    elsewhere: [...new Set(pulling.map((s) => s.bestCode))],
    wholesale,
    toward,
    towardKo,
    clauses:
      pulling.length > 0 ? clausesData(doc.pullingElsewhere) : { clauses: "the duty clauses", clausesKo: "업무 조항" },
  };
}
