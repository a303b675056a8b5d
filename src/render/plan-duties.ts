/**
 * Decides how each duty of the case is written into the packet: anchored to the catalog task of the selected
 * occupation it matches best (phrased in that task's words, the user's own sentence and specifics kept), kept
 * as written when it is too vague to anchor, or flagged as outside the occupation's scope. Never adds a duty.
 */
import { textsOf } from "../case/local-text.js";
import type { Bilingual, Occupation } from "../catalog/types.js";
import type { Duty } from "../case/types.js";
import { outOfScopeDuties } from "../match/out-of-scope.js";
import type { MatchResult, StatementResult } from "../match/types.js";
import { tokenize } from "../text/tokenize.js";

/** How a duty is written: in the occupation's task wording, as written (vague), or as written and out of scope. */
export type DutyStatus = "anchored" | "generic" | "out-of-scope";

/** One duty of the case and how the packet writes it. */
export interface PlannedDuty {
  /** Position in the case's duty list (0-based). */
  readonly index: number;
  readonly duty: Duty;
  readonly status: DutyStatus;
  /** The catalog task the duty is anchored to (anchored duties only). */
  readonly task?: Bilingual;
  readonly taskIndex?: number;
  /** The matcher's best code for the duty as the user wrote it, and its verdict against the selected code. */
  readonly bestCode: string;
  readonly verdict: StatementResult["verdict"];
}

function termSet(text: string): Set<string> {
  const terms = tokenize(text);
  return new Set([...terms.words, ...terms.bigrams]);
}

/**
 * The task of the occupation that shares the most terms with the duty (its text, tools and products), scored
 * against the task's English and Korean wording; the matcher's own task evidence breaks ties. Undefined when
 * no task shares a term, so that a duty is never tied to a task it says nothing about.
 */
export function pickTask(occupation: Occupation, duty: Duty, statement?: StatementResult): number | undefined {
  // The task is scored against both its languages, so every language of the duty takes part.
  const dutyTerms = termSet(
    [...textsOf(duty.text), ...(duty.tools ?? []).flatMap(textsOf), ...(duty.products ?? []).flatMap(textsOf)].join(
      " ",
    ),
  );
  const evidenced = new Set(
    (statement?.evidence ?? []).filter((e) => e.source === "task" && e.code === occupation.code).map((e) => e.against),
  );
  let best: { index: number; score: number } | undefined;
  occupation.tasks.forEach((task, index) => {
    const taskTerms = termSet(`${task.en} ${task.ko}`);
    let shared = 0;
    for (const term of taskTerms) if (dutyTerms.has(term)) shared += 1;
    if (shared === 0) return;
    const bonus = evidenced.has(task.en) || evidenced.has(task.ko) ? 0.5 : 0;
    const score = shared / Math.sqrt(taskTerms.size) + bonus;
    if (!best || score > best.score) best = { index, score };
  });
  return best?.index;
}

/**
 * Plans every duty of the case against the selected occupation, using the matcher's per-statement verdicts in the
 * document language (`match`) and in the duties' other languages and as their clauses print them (`others`): a duty
 * that reads as another code in any of these readings is out of scope, as the packet-duties-in-scope check judges it.
 */
export function planDuties(
  duties: readonly Duty[],
  occupation: Occupation,
  match: MatchResult,
  others: readonly Pick<MatchResult, "statements">[] = [],
): readonly PlannedDuty[] {
  const outside = new Map(outOfScopeDuties([match, ...others]).map((s) => [s.index, s] as const));
  return duties.map((duty, index) => {
    const statement = match.statements.find((s) => s.index === index) ?? match.statements[index];
    const misread = outside.get(index);
    if (misread)
      return { index, duty, status: "out-of-scope" as const, bestCode: misread.bestCode, verdict: misread.verdict };
    const bestCode = statement?.bestCode ?? match.bestCode;
    const verdict = statement?.verdict ?? match.verdict;
    if (verdict === "mismatch") return { index, duty, status: "out-of-scope" as const, bestCode, verdict };
    const taskIndex = statement?.generic ? undefined : pickTask(occupation, duty, statement);
    if (taskIndex === undefined) return { index, duty, status: "generic" as const, bestCode, verdict };
    return {
      index,
      duty,
      status: "anchored" as const,
      task: occupation.tasks[taskIndex]!,
      taskIndex,
      bestCode,
      verdict,
    };
  });
}
