/**
 * Matches duty text against every E-7 occupation of the catalog: ranks them per statement and for the whole text,
 * explains the ranking with evidence, and gives the officer's verdict on a selected code (match, ambiguous,
 * mismatch, unsupported) with the whole-document rules of practice (shares, split duties, generic statements,
 * the title trap).
 */
import { E7Error, ERR } from "../errors.js";
import { requireOccupation } from "../catalog/resolve-code.js";
import { searchOccupations } from "../catalog/search-occupations.js";
import type { Catalog } from "../catalog/types.js";
import { buildIndex } from "./build-index.js";
import type { DutyIndex } from "./index-types.js";
import { exclusionMessage, readExclusions, type Exclusion } from "./exclusions.js";
import { scoreStatement, type StatementScore } from "./score-statement.js";
import { splitDuties } from "./split-statements.js";
import type {
  DutyInput,
  Evidence,
  MatchOptions,
  MatchResult,
  ScoredOccupation,
  SplitDuties,
  StatementResult,
  TitleTrap,
  Verdict,
} from "./types.js";
import { stripVagueWording } from "./vague-wording.js";
import { codeOf, findOccupation, labelOf, questionBetween } from "../catalog/occupation-lookup.js";

/** Decision thresholds. Scores are shares of a statement's information found in an entry, in [0,1]. */
export const THRESHOLDS = {
  /** A statement whose specific information (summed idf of catalog-known terms that are not general work words) is below this is too vague to classify. */
  minInformation: 1.2,
  /** ... or whose best score is below this. */
  minScore: 0.12,
  /** Information at which a statement counts fully in the whole; less informative statements count less. */
  fullInformation: 14,
  /** Relative lead ((first - second) / first) needed for a clear first place. */
  clearLead: 0.08,
  /** Relative lead, score and information needed for high confidence ... */
  highLead: 0.4,
  highScore: 0.35,
  highInformation: 30,
  /** ... and the lead needed when the runner-up is a neighbour the catalog marks as often confused. */
  highLeadOverNeighbour: 0.5,
  /** Share of the weight each of two codes must hold to call the duties split. */
  splitShare: 0.3,
  /** A statement whose score for the list's leading code is at least this share of its own best counts for that code. */
  splitContext: 0.6,
  /** Title evidence that counts as "the title points to" an occupation. */
  titleScore: 0.5,
  /**
   * Absolute margin (first minus second score) below which a `match` is `ambiguous`: calibrated on the held-out
   * half of the dev set (src/bench/calibration.ts, table in docs/accuracy.md).
   */
  minMargin: 0.04,
};

/** Input limits that keep matching total and quick on any input. */
const MAX_INPUT_CHARS = 5_000_000;
const MAX_STATEMENTS = 20_000;
const EVIDENCE_CODES = 3;

export interface Scored {
  readonly duty: DutyInput;
  readonly score: StatementScore;
  readonly ranking: ScoredOccupation[];
  readonly generic: boolean;
  readonly information: number;
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

/** Occupation index at each rank of code order, when codeOrder is a permutation (as buildIndex makes it). */
const byCodeOrder = new WeakMap<DutyIndex, Int32Array | null>();

function occupationsByCodeOrder(index: DutyIndex): Int32Array | null {
  let at = byCodeOrder.get(index);
  if (at === undefined) {
    const count = index.codeOrder.length;
    at = new Int32Array(count).fill(-1);
    for (let i = 0; i < count; i++) {
      const rank = index.codeOrder[i]!;
      if (!(rank >= 0 && rank < count) || at[rank] !== -1) {
        at = null;
        break;
      }
      at[rank] = i;
    }
    byCodeOrder.set(index, at);
  }
  return at;
}

/** Scores are rounded to this many parts of one before ranking. */
const ROUND_PARTS = 10000;

/**
 * Scratch arrays reused by every ranking (matching is synchronous): a typed array of this size keeps its data outside
 * the heap, and allocating and sweeping one per statement cost more than the values it holds.
 */
let rankKeys = new Int32Array(0);
let wholeScores = new Float64Array(0);

function rankScores(index: DutyIndex, scores: Float64Array): ScoredOccupation[] {
  // Plain loops: every statement ranks every code, and Float64Array.from with a map function, Array.from over an
  // iterator and map took a tenth of the matcher's time.
  const count = scores.length;
  const codeOrder = index.codeOrder;
  const codes = index.codes;
  const atRank = occupationsByCodeOrder(index);
  // The keys below stay within 32 bits while (ROUND_PARTS + 1) * count does.
  if (atRank !== null && codeOrder.length === count && count <= 100_000) {
    // Rounded score and code order packed into one exact integer key each, sorted natively: a sort with a comparator
    // boxed a number on every comparison.
    if (rankKeys.length !== count) rankKeys = new Int32Array(count);
    const keys = rankKeys;
    let packed = true;
    for (let i = 0; i < count; i++) {
      const parts = Math.round(scores[i]! * ROUND_PARTS);
      // Outside [0, 1] (or -0, which the key would turn into 0) the comparator sort below keeps its exact result.
      if (!(parts >= 0 && parts <= ROUND_PARTS) || (parts === 0 && 1 / parts < 0)) {
        packed = false;
        break;
      }
      keys[i] = (ROUND_PARTS - parts) * count + codeOrder[i]!;
    }
    if (packed) {
      keys.sort();
      const ranking = new Array<ScoredOccupation>(count);
      for (let rank = 0; rank < count; rank++) {
        const key = keys[rank]!;
        const order = key % count;
        ranking[rank] = { code: codes[atRank[order]!]!, score: (ROUND_PARTS - (key - order) / count) / ROUND_PARTS };
      }
      return ranking;
    }
  }
  const rounded = new Float64Array(count);
  const order = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    rounded[i] = round(scores[i]!);
    order[i] = i;
  }
  order.sort((a, b) => rounded[b]! - rounded[a]! || codeOrder[a]! - codeOrder[b]!);
  const ranking = new Array<ScoredOccupation>(count);
  for (let rank = 0; rank < count; rank++) {
    const i = order[rank]!;
    ranking[rank] = { code: codes[i]!, score: rounded[i]! };
  }
  return ranking;
}

function relativeLead(first: number, second: number): number {
  return first > 0 ? (first - second) / first : 0;
}

const WHOLE_FILE_HINT = {
  en: "Pass the duties section of the document, not the whole file.",
  ko: "파일 전체가 아니라 문서의 직무 부분만 주십시오.",
} as const;

function checkInput(input: string | readonly DutyInput[]): readonly DutyInput[] {
  if (typeof input === "string") {
    if (input.length > MAX_INPUT_CHARS) {
      throw new E7Error(
        ERR.E_MATCH_INPUT,
        `The duty text is ${input.length} characters long; the matcher reads at most ${MAX_INPUT_CHARS}.`,
        {
          hints: [WHOLE_FILE_HINT.en],
          ko: {
            message: `직무 문장이 ${input.length}자입니다. 최대 ${MAX_INPUT_CHARS}자까지 읽습니다.`,
            hints: [WHOLE_FILE_HINT.ko],
          },
        },
      );
    }
    return splitDuties(input);
  }
  if (!Array.isArray(input))
    throw new E7Error(ERR.E_MATCH_INPUT, "Duties must be a string or a list of {text, share} items.");
  return input.map((duty, i) => {
    if (duty === null || typeof duty !== "object" || typeof duty.text !== "string") {
      throw new E7Error(ERR.E_MATCH_INPUT, `Duty ${i + 1} has no text.`, {
        hints: ['Each duty is {"text": "…", "share": 40} (share optional).'],
      });
    }
    if (
      duty.share !== undefined &&
      !(typeof duty.share === "number" && Number.isFinite(duty.share) && duty.share >= 0 && duty.share <= 100)
    ) {
      throw new E7Error(
        ERR.E_MATCH_INPUT,
        `Duty ${i + 1} has share ${String(duty.share)}; a share is a percentage from 0 to 100.`,
      );
    }
    return duty;
  });
}

/** Weights from shares: given shares count as given; statements without one share what is left (or the average). */
function weightsOf(duties: readonly DutyInput[]): number[] {
  const given = duties.filter((duty) => duty.share !== undefined);
  const givenTotal = given.reduce((sum, duty) => sum + (duty.share ?? 0), 0);
  const missing = duties.length - given.length;
  const fill =
    missing === 0
      ? 0
      : given.length === 0
        ? 1
        : givenTotal < 100
          ? (100 - givenTotal) / missing
          : givenTotal / given.length;
  const raw = duties.map((duty) => duty.share ?? fill);
  const total = raw.reduce((sum, value) => sum + value, 0);
  return total > 0 ? raw.map((value) => value / total) : duties.map(() => 1 / Math.max(1, duties.length));
}

/**
 * One statement is a clause, not a job: when the filed code is among its first five with at least `minRatio` of the
 * first score, or among its first ten with at least `wideRatio`, the clause plausibly belongs to the filed occupation
 * and is `ambiguous`, not `mismatch`. So is a clause that points weakly everywhere (its first score below `weakBest`,
 * as secondary duties such as "월 매출 보고" do) while the filed code holds at least `weakRatio` of that first score.
 * Measured by `npm run bench:accuracy` on the tuning half: false alarms against the true code versus neighbouring codes
 * no longer flagged.
 */
export const SINGLE_STATEMENT = {
  maxRank: 5,
  minRatio: 0.4,
  wideRank: 10,
  wideRatio: 0.6,
  weakBest: 0.35,
  weakRatio: 0.3,
};

/** The verdict of a ranking against a selected code (or against its own first place); `single` for one statement. */
function verdictOf(
  ranking: readonly ScoredOccupation[],
  selected: string | undefined,
  generic: boolean,
  single = false,
): { verdict: Verdict; rival?: string } {
  const [first, second] = ranking;
  if (generic || !first || first.score <= 0) return { verdict: "unsupported" };
  if (selected === undefined || selected === first.code) {
    const lead = relativeLead(first.score, second?.score ?? 0);
    if (lead >= THRESHOLDS.clearLead) return { verdict: "match" };
    return second ? { verdict: "ambiguous", rival: second.code } : { verdict: "match" };
  }
  const at = ranking.findIndex((entry) => entry.code === selected);
  const mine = ranking[at]?.score ?? 0;
  if (relativeLead(first.score, mine) < THRESHOLDS.clearLead) return { verdict: "ambiguous", rival: first.code };
  if (
    single &&
    at >= 0 &&
    ((at < SINGLE_STATEMENT.maxRank && mine >= SINGLE_STATEMENT.minRatio * first.score) ||
      (at < SINGLE_STATEMENT.wideRank && mine >= SINGLE_STATEMENT.wideRatio * first.score) ||
      (first.score < SINGLE_STATEMENT.weakBest && mine >= SINGLE_STATEMENT.weakRatio * first.score))
  ) {
    return { verdict: "ambiguous", rival: first.code };
  }
  return { verdict: "mismatch", rival: first.code };
}

/**
 * The words to show for a field's match: phrases as the statement wrote them, then single words not already inside
 * a shown phrase.
 */
function shownWords(words: readonly string[], statement: string): string {
  const text = statement.toLowerCase();
  const phrases = words.filter((word) => word.includes(" ") && text.includes(word));
  const singles = words.filter(
    (word) => !word.includes(" ") && !phrases.some((phrase) => phrase.split(" ").includes(word)),
  );
  return [...phrases, ...singles].join(", ");
}

/** Which words of the statement matched which parts of an occupation's entry, strongest first. */
function evidenceFor(
  index: DutyIndex,
  score: StatementScore,
  occupationIndex: number,
  statement: string,
  limit = 3,
): Evidence[] {
  const code = index.codes[occupationIndex]!;
  const from = index.fieldStart[occupationIndex]!;
  const to = index.fieldStart[occupationIndex + 1]!;
  const byField = new Map<number, { mass: number; words: string[] }>();
  for (const term of score.terms) {
    if (term.id < 0) continue;
    const rows = index.termRows(term.id);
    // A term's fields are in ascending order: find the occupation's first field by binary search.
    let low = 0;
    let high = rows.fields.length;
    const end = high;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (rows.fields[middle]! < from) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < end && rows.fields[i]! < to; i++) {
      const f = rows.fields[i]!;
      let entry = byField.get(f);
      if (!entry) {
        entry = { mass: 0, words: [] };
        byField.set(f, entry);
      }
      entry.mass += term.weight * term.idf * rows.fieldWeights[i]!;
      // Fallback terms (six-letter prefixes) count but are not shown as evidence on their own.
      if (term.term.startsWith("~")) continue;
      for (const surface of term.surfaces) if (!entry.words.includes(surface)) entry.words.push(surface);
    }
  }
  // Strongest fields first; the shown words are worked out only for the few fields kept.
  const ordered = [...byField]
    .filter(([, entry]) => entry.words.length > 0)
    .sort(([fa, a], [fb, b]) => b.mass - a.mass || fa - fb);
  const evidence: Evidence[] = [];
  for (const [f, entry] of ordered) {
    if (evidence.length >= limit) break;
    const matched = shownWords(entry.words, statement);
    if (matched.length === 0) continue;
    const field = index.fields.at(f)!;
    evidence.push({ code, matched, against: field.text, source: field.source });
  }
  return evidence;
}

/** True when the catalog lists the two codes as neighbours (often confused with each other). */
function areNeighbours(catalog: Catalog, a: string, b: string): boolean {
  return Boolean(
    catalog.byCode.get(a)?.adjacent.some((adjacent) => adjacent.code === b) ||
      catalog.byCode.get(b)?.adjacent.some((adjacent) => adjacent.code === a),
  );
}

/** For two codes the catalog does not pair, the question their first catalog tasks raise. */
function taskQuestion(catalog: Catalog, a: string, b: string): { en: string; ko: string } | undefined {
  const first = findOccupation(catalog, a);
  const second = findOccupation(catalog, b);
  const taskA = first?.tasks[0];
  const taskB = second?.tasks[0];
  if (!first || !second || !taskA || !taskB) return undefined;
  const bare = (text: string): string => text.replace(/[.。]+$/, "");
  return {
    en: `Is the core of the job to ${bare(taskA.en).replace(/^\p{Lu}/u, (c) => c.toLowerCase())} (${a} ${first.nameEn}), or to ${bare(taskB.en).replace(/^\p{Lu}/u, (c) => c.toLowerCase())} (${b} ${second.nameEn})?`,
    ko: `핵심 업무가 "${bare(taskA.ko)}"(${a} ${first.nameKo})입니까, 아니면 "${bare(taskB.ko)}"(${b} ${second.nameKo})입니까?`,
  };
}

export function splitOf(
  scored: readonly Scored[],
  weights: readonly number[],
  ranking: readonly { readonly code: string }[],
  selectedCode?: string,
): SplitDuties | undefined {
  const byCode = new Map<string, number>();
  let total = 0;
  const leading = ranking[0]?.code;
  // Only a filed code that leads the list lends it context: a list led by another code keeps its split.
  const context = selectedCode === undefined || selectedCode === leading ? leading : undefined;
  scored.forEach((statement, i) => {
    if (statement.generic) return;
    const top = statement.ranking[0]!;
    // A statement the list's leading code nearly explains as well counts for it: its words fit both, and the rest of
    // the list says which job it is (a welding line of an auto-parts welder names no car, yet is the same job).
    const lead = context === undefined ? undefined : statement.ranking.find((entry) => entry.code === context);
    const code = lead !== undefined && lead.score >= THRESHOLDS.splitContext * top.score ? lead.code : top.code;
    byCode.set(code, (byCode.get(code) ?? 0) + weights[i]!);
    total += weights[i]!;
  });
  if (total <= 0) return undefined;
  // Equal shares are decided by the whole list's ranking, not by the code's spelling.
  const placeOf = (code: string): number => {
    const place = ranking.findIndex((entry) => entry.code === code);
    return place < 0 ? ranking.length : place;
  };
  const big = [...byCode]
    .map(([code, weight]) => ({ code, weight: weight / total }))
    .filter((entry) => entry.weight >= THRESHOLDS.splitShare)
    .sort((a, b) => b.weight - a.weight || placeOf(a.code) - placeOf(b.code));
  if (big.length < 2) return undefined;
  const [a, b] = big as [{ code: string; weight: number }, { code: string; weight: number }];
  return { codes: [a.code, b.code], weights: [round(a.weight), round(b.weight)], majorityCode: a.code };
}

/** True when one code of a split holds more of the duties than the other. */
function hasMajority(split: SplitDuties): boolean {
  return split.weights[0] > split.weights[1];
}

/**
 * A copy of a statement result with some fields replaced; its evidence stays unfound until read (a spread would read
 * it).
 */
export function withFields(statement: StatementResult, fields: Partial<StatementResult>): StatementResult {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(statement)) as StatementResult;
  return Object.assign(copy, fields);
}

/** Title searches by catalog: validate matches the duties up to four times (each language, as text and as clauses) under one title. */
const titleSearches = new WeakMap<Catalog, Map<string, ReturnType<typeof searchOccupations>>>();

function searchTitle(catalog: Catalog, title: string): ReturnType<typeof searchOccupations> {
  let searches = titleSearches.get(catalog);
  if (!searches) {
    searches = new Map();
    titleSearches.set(catalog, searches);
  }
  let search = searches.get(title);
  if (!search) {
    search = searchOccupations(catalog, title, 5);
    if (searches.size >= 64) searches.clear();
    searches.set(title, search);
  }
  return search;
}

function titleTrapOf(catalog: Catalog, title: string | undefined, dutiesCode: string): TitleTrap | undefined {
  if (title === undefined || !title.trim()) return undefined;
  const search = searchTitle(catalog, title);
  const top = search.candidates[0];
  if (!top || top.score < THRESHOLDS.titleScore) return undefined;
  const close = search.candidates.filter((candidate) => candidate.score >= top.score - 0.15);
  if (close.some((candidate) => codeOf(candidate.occupation) === dutiesCode)) return undefined;
  return { title, titleCode: codeOf(top.occupation), dutiesCode };
}

/** What a partial reading as an excluded role means for the filing. */
function excludedRoleRiskMessage(catalog: Catalog, risk: Exclusion): string {
  const code = labelOf(catalog, risk.code);
  const clauses = risk.statements.map((i) => i + 1).join(", ");
  const instead = risk.useCode ? ` If that is the job, it belongs under ${labelOf(catalog, risk.useCode)}.` : "";
  return `Duties ${clauses} (${Math.round(risk.share * 100)}% of the working time) read as "${risk.role.en}" (${risk.role.ko}), which the catalog excludes from ${code}: ${risk.reason} They outweigh the duties that show ${risk.code}'s core work, so this is not a clear match: rewrite them to show that work.${instead}`;
}

function messageOf(catalog: Catalog, result: Omit<MatchResult, "message">, statementCount: number): string {
  const parts: string[] = [];
  const best = labelOf(catalog, result.bestCode);
  const selected = result.selectedCode === undefined ? undefined : labelOf(catalog, result.selectedCode);
  switch (result.verdict) {
    case "unsupported":
      parts.push(
        statementCount === 0
          ? "There are no duty statements to match; describe the concrete tasks, tools and outputs of the job."
          : "The duties are too generic to show any occupation; describe the concrete tasks, tools and outputs of the job.",
      );
      break;
    case "match":
      parts.push(selected ? `The duties fit the filed code ${selected}.` : `The duties point to ${best}.`);
      break;
    case "ambiguous": {
      if (result.excludedRoleRisk) {
        parts.push(excludedRoleRiskMessage(catalog, result.excludedRoleRisk));
        break;
      }
      const rival = result.rival ? labelOf(catalog, result.rival.code) : "another occupation";
      parts.push(
        selected
          ? `The duties fit ${selected} and ${rival} about equally; make the duties answer: ${result.rival?.question?.en ?? "which of the two is the core of the job?"}`
          : `The duties fit ${best} and ${rival} about equally; ${result.rival?.question?.en ?? "state which of the two is the core of the job."}`,
      );
      break;
    }
    case "mismatch":
      parts.push(
        `The duties point to ${best}, not to the filed code ${selected}; rewrite the duties or file under ${result.bestCode}.`,
      );
      if (result.exclusion) parts.push(exclusionMessage(catalog, result.exclusion));
      break;
    case "excluded":
      if (result.exclusion) parts.push(exclusionMessage(catalog, result.exclusion));
      break;
  }
  if (result.split) {
    parts.push(
      `The duties split between ${result.split.codes[0]} (${Math.round(result.split.weights[0] * 100)}%) and ${result.split.codes[1]} (${Math.round(result.split.weights[1] * 100)}%); ${hasMajority(result.split) ? `${result.split.majorityCode} holds the majority` : `neither holds the majority, and the whole list points to ${result.bestCode}`}.`,
    );
  }
  if (result.generic.length > 0 && result.verdict !== "unsupported") {
    parts.push(
      `${result.generic.length} of ${statementCount} statements are too generic to count; replace them with concrete duties.`,
    );
  }
  if (result.titleTrap) {
    parts.push(
      `The title "${result.titleTrap.title}" points to ${labelOf(catalog, result.titleTrap.titleCode)}, but officers decide by duties, which point to ${result.titleTrap.dutiesCode}.`,
    );
  }
  return parts.join(" ");
}

/**
 * Matches duties against the catalog. `input` is free text (split into statements, shares read from "(40%)"
 * markers) or a list of statements with optional shares. Deterministic and offline; throws E7Error only for a
 * selected code the catalog cannot resolve or for input beyond the size limits.
 */
export function matchDuties(
  catalog: Catalog,
  input: string | readonly DutyInput[],
  options: MatchOptions = {},
): MatchResult {
  let selectedOccupation = options.selectedOccupation;
  if (!selectedOccupation && options.selectedCode !== undefined)
    selectedOccupation = requireOccupation(catalog, options.selectedCode, options.edition).occupation;
  const selectedCode = selectedOccupation ? codeOf(selectedOccupation) : undefined;
  const duties = checkInput(input);
  if (duties.length > MAX_STATEMENTS) {
    throw new E7Error(
      ERR.E_MATCH_INPUT,
      `The text has ${duties.length} duty statements; the matcher reads at most ${MAX_STATEMENTS}.`,
      {
        hints: [WHOLE_FILE_HINT.en],
        ko: {
          message: `직무 문장이 ${duties.length}개입니다. 최대 ${MAX_STATEMENTS}개까지 읽습니다.`,
          hints: [WHOLE_FILE_HINT.ko],
        },
      },
    );
  }
  const index = buildIndex(catalog);
  const weights = weightsOf(duties);
  const scored: Scored[] = duties.map((duty) => {
    const { text, vague } = stripVagueWording(duty.text);
    const score = scoreStatement(index, text);
    const ranking = rankScores(index, score.scores);
    const top = ranking[0]?.score ?? 0;
    const generic =
      score.specificInformation < THRESHOLDS.minInformation || top < THRESHOLDS.minScore || (vague && !text);
    return { duty, score, ranking, generic, information: score.information };
  });

  // The whole: statements weighted by share and by how much they say; generic ones do not count.
  if (wholeScores.length !== index.codes.length) wholeScores = new Float64Array(index.codes.length);
  const whole = wholeScores.fill(0);
  let totalWeight = 0;
  scored.forEach((statement, i) => {
    if (statement.generic) return;
    const weight = weights[i]! * Math.min(1, statement.information / THRESHOLDS.fullInformation);
    totalWeight += weight;
    const scores = statement.score.scores;
    for (let o = 0; o < whole.length; o++) whole[o]! += weight * scores[o]!;
  });
  if (totalWeight > 0) for (let o = 0; o < whole.length; o++) whole[o]! /= totalWeight;
  // One specific statement is the whole: its ranking is the whole ranking.
  const onlyStatement = scored.length === 1 && !scored[0]!.generic ? scored[0] : undefined;
  const allGeneric = totalWeight <= 0;
  // Generic statements prove nothing, but their words still order the codes better than the catalog's order does.
  if (allGeneric)
    scored.forEach((statement) => {
      const scores = statement.score.scores;
      for (let o = 0; o < whole.length; o++) whole[o]! += scores[o]! / scored.length;
    });
  const ranking = onlyStatement ? onlyStatement.ranking : rankScores(index, whole);
  const [first, second] = ranking;
  const bestCode = first!.code;
  const margin = round((first?.score ?? 0) - (second?.score ?? 0));

  const statements: StatementResult[] = scored.map((statement, i) => {
    const { verdict } = verdictOf(statement.ranking, selectedCode, statement.generic, true);
    // Evidence is found when first read: the checks read verdicts, and only what is printed needs the matched words.
    let evidence: readonly Evidence[] | undefined;
    const findEvidence = (): readonly Evidence[] => {
      if (statement.generic) return [];
      const evidenceCodes = statement.ranking.slice(0, EVIDENCE_CODES).map((entry) => entry.code);
      if (selectedCode !== undefined && !evidenceCodes.includes(selectedCode)) evidenceCodes.push(selectedCode);
      return evidenceCodes.flatMap((code) => {
        const at = index.codes.indexOf(code);
        return at < 0 ? [] : evidenceFor(index, statement.score, at, statement.duty.text);
      });
    };
    return {
      index: i,
      text: statement.duty.text,
      weight: round(weights[i]!),
      ranking: statement.ranking,
      bestCode: statement.ranking[0]!.code,
      margin: round(statement.ranking[0]!.score - (statement.ranking[1]?.score ?? 0)),
      generic: statement.generic,
      get evidence(): readonly Evidence[] {
        evidence ??= findEvidence();
        return evidence;
      },
      verdict,
    };
  });

  const split = allGeneric ? undefined : splitOf(scored, weights, ranking, selectedCode);
  let { verdict, rival } = verdictOf(ranking, selectedCode, allGeneric, onlyStatement !== undefined);
  // Equal shares name no majority: then the evidence of the whole list decides, which may be a code that no single
  // statement ranked first (three statements of a mechanical engineer that each lean to a different neighbour).
  const majority = split !== undefined && hasMajority(split);
  if (split && majority && selectedCode !== undefined) {
    if (selectedCode === split.majorityCode) ({ verdict, rival } = { verdict: "match", rival: undefined });
    else if (selectedCode === split.codes[1])
      ({ verdict, rival } = { verdict: "ambiguous", rival: split.majorityCode });
    else ({ verdict, rival } = { verdict: "mismatch", rival: split.majorityCode });
  } else if (split && selectedCode !== undefined && split.codes.includes(selectedCode)) {
    ({ verdict, rival } =
      selectedCode === bestCode ? { verdict: "match", rival: undefined } : { verdict: "ambiguous", rival: bestCode });
  }
  const wholeBest = split && majority ? split.majorityCode : bestCode;
  // A lead too small to tell the first code from the second is not a match (the split rule decides on its own).
  if (verdict === "match" && !split && second && margin < THRESHOLDS.minMargin)
    ({ verdict, rival } = { verdict: "ambiguous", rival: second.code });
  // A duty list that reads as a role the catalog excludes from the code is not a match, however the words score.
  let exclusion: Exclusion | undefined;
  let excludedRoleRisk: Exclusion | undefined;
  // A mismatch stays a mismatch (the duties already point elsewhere) but carries the exclusion it also reads as.
  if (
    !allGeneric &&
    (verdict === "match" || verdict === "ambiguous" || (verdict === "mismatch" && selectedCode !== undefined))
  ) {
    const read = readExclusions(
      catalog,
      selectedCode ?? wholeBest,
      duties.map((duty, i) => ({ text: duty.text, weight: weights[i]! })),
      options.title,
    );
    exclusion = read.exclusion;
    if (exclusion && verdict !== "mismatch") ({ verdict, rival } = { verdict: "excluded", rival: undefined });
    // Clauses of an excluded role beside too little core work leave a filed code no match, even below an exclusion.
    if (verdict === "match" && selectedCode !== undefined) excludedRoleRisk = read.risk;
  }
  if (excludedRoleRisk) verdict = "ambiguous";
  const excludedStatements = new Set(exclusion?.statements ?? []);
  const finalStatements =
    exclusion && verdict === "excluded"
      ? statements.map((statement) =>
          excludedStatements.has(statement.index) && !statement.generic && statement.verdict !== "mismatch"
            ? withFields(statement, { verdict: "excluded" as const })
            : statement,
        )
      : statements;
  const lead = relativeLead(first?.score ?? 0, second?.score ?? 0);
  const agreeing = scored.reduce(
    (sum, statement, i) => sum + (!statement.generic && statement.ranking[0]!.code === wholeBest ? weights[i]! : 0),
    0,
  );
  const specific = scored.reduce((sum, statement, i) => sum + (statement.generic ? 0 : weights[i]!), 0);
  const information = scored.reduce((sum, statement) => sum + (statement.generic ? 0 : statement.information), 0);
  const neededLead =
    second && areNeighbours(catalog, bestCode, second.code) ? THRESHOLDS.highLeadOverNeighbour : THRESHOLDS.highLead;
  const confidence: MatchResult["confidence"] = allGeneric
    ? "low"
    : lead >= neededLead &&
        (first?.score ?? 0) >= THRESHOLDS.highScore &&
        information >= THRESHOLDS.highInformation &&
        !split &&
        agreeing >= 0.6 * specific
      ? "high"
      : lead >= THRESHOLDS.clearLead
        ? "medium"
        : "low";
  const generic = statements.filter((statement) => statement.generic).map((statement) => statement.index);
  const titleTrap = allGeneric ? undefined : titleTrapOf(catalog, options.title, wholeBest);
  const rivalCode =
    verdict === "ambiguous" && !excludedRoleRisk
      ? (rival ?? (selectedCode === bestCode ? second?.code : bestCode))
      : undefined;
  const question =
    rivalCode === undefined
      ? undefined
      : (questionBetween(catalog, selectedCode ?? bestCode, rivalCode) ??
        taskQuestion(catalog, selectedCode ?? bestCode, rivalCode));
  const partial: Omit<MatchResult, "message"> = {
    ...(selectedCode === undefined ? {} : { selectedCode }),
    statements: finalStatements,
    ranking,
    bestCode: wholeBest,
    margin,
    verdict,
    confidence,
    generic,
    ...(split ? { split } : {}),
    ...(titleTrap ? { titleTrap } : {}),
    ...(rivalCode === undefined ? {} : { rival: question ? { code: rivalCode, question } : { code: rivalCode } }),
    ...(exclusion ? { exclusion } : {}),
    ...(excludedRoleRisk ? { excludedRoleRisk } : {}),
  };
  return { ...partial, message: messageOf(catalog, partial, duties.length) };
}
