/** Which duties read as another occupation in any language they are written in (the duty-scope rule shared by the checks and the plan). */
import type { MatchResult, StatementResult } from "./types.js";

/**
 * The statement of every duty that reads as another code in at least one of `readings` (one matcher run per
 * language), once per duty, in duty order; the first reading that misreads a duty names it, so callers list the
 * document language first.
 */
export function outOfScopeDuties(readings: readonly Pick<MatchResult, "statements">[]): readonly StatementResult[] {
  const found = new Map<number, StatementResult>();
  for (const match of readings)
    for (const statement of match.statements)
      if (statement.verdict === "mismatch" && !found.has(statement.index)) found.set(statement.index, statement);
  return [...found.values()].sort((a, b) => a.index - b.index);
}
