/** Batch matching of JSON Lines: one {"id","text","code"?} object per line in, one {"id","ranking","verdict"} per line out. */
import { E7Error, InputFileError } from "../errors.js";
import type { Catalog } from "../catalog/types.js";
import { matchDuties } from "./match-duties.js";
import { matchMessageKo } from "./match-message-ko.js";
import type { MatchResult, ScoredOccupation, Verdict } from "./types.js";

/** Entries of the ranking written per line (the contract asks for at least five). */
const JSONL_TOP = 10;

const LINE_HINT = 'Each line is one object: {"id": "a1", "text": "…", "code": "2224"} (code optional).';
const LINE_HINT_KO = '한 줄에 객체 하나를 쓰십시오: {"id": "a1", "text": "…", "code": "2224"} (code는 생략 가능).';

/** One output line; the last four fields only with `full`. */
export interface JsonlMatch {
  readonly id: unknown;
  readonly ranking: readonly ScoredOccupation[];
  readonly verdict: Verdict;
  readonly bestCode?: string;
  readonly confidence?: MatchResult["confidence"];
  readonly margin?: number;
  readonly message?: string;
}

/** True when a result is a finding: an excluded or unsupported reading, or a filed code the duties do not clearly match. */
export function isMatchFinding(result: MatchResult): boolean {
  // An excluded role is a finding even without a filed code: its best code rules it out.
  if (result.verdict === "unsupported" || result.verdict === "excluded") return true;
  if (result.selectedCode === undefined) return false;
  return result.verdict !== "match";
}

/**
 * Matches every non-blank line of `content` (the file `name`); throws InputFileError naming the line for a line that
 * is not an object with a "text" string, or whose code the catalog cannot resolve.
 */
export function matchJsonLines(
  catalog: Catalog,
  content: string,
  name: string,
  options: { readonly edition?: string; readonly full?: boolean; readonly ui?: "ko" | "en" } = {},
): { lines: JsonlMatch[]; findings: boolean } {
  const lines: JsonlMatch[] = [];
  let findings = false;
  for (const [i, line] of content.split(/\r?\n/).entries()) {
    if (!line.trim()) continue;
    let item: { id?: unknown; text?: unknown; code?: unknown };
    try {
      item = JSON.parse(line) as typeof item;
    } catch (error) {
      const reason = (error as Error).message;
      throw new InputFileError(name, `line ${i + 1} is not valid JSON (${reason}).`, [LINE_HINT], undefined, {
        message: `${i + 1}행이 올바른 JSON이 아닙니다(${reason}).`,
        hints: [LINE_HINT_KO],
      });
    }
    if (item === null || typeof item !== "object" || Array.isArray(item) || typeof item.text !== "string") {
      throw new InputFileError(name, `line ${i + 1} needs a "text" string.`, [LINE_HINT], undefined, {
        message: `${i + 1}행에 "text" 문자열이 있어야 합니다.`,
        hints: [LINE_HINT_KO],
      });
    }
    if (item.code !== undefined && typeof item.code !== "string")
      throw new InputFileError(name, `line ${i + 1}: "code" must be a string such as "2224".`, [], undefined, {
        message: `${i + 1}행: "code"는 "2224"와 같은 문자열이어야 합니다.`,
      });
    let result: MatchResult;
    try {
      result = matchDuties(catalog, item.text, {
        ...(item.code ? { selectedCode: item.code } : {}),
        ...(options.edition ? { edition: options.edition } : {}),
      });
    } catch (error) {
      if (error instanceof E7Error)
        throw new InputFileError(name, `line ${i + 1}: ${error.message}`, error.hints, undefined, {
          message: `${i + 1}행: ${error.messageKo ?? error.message}`,
          hints: error.messageKo === undefined ? error.hints : (error.hintsKo ?? []),
        });
      throw error;
    }
    lines.push({
      id: item.id ?? i + 1,
      ranking: result.ranking.slice(0, JSONL_TOP),
      verdict: result.verdict,
      ...(options.full
        ? {
            bestCode: result.bestCode,
            confidence: result.confidence,
            margin: result.margin,
            message: options.ui === "ko" ? matchMessageKo(catalog, result) : result.message,
          }
        : {}),
    });
    if (isMatchFinding(result)) findings = true;
  }
  return { lines, findings };
}
