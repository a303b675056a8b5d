/** Finds candidate occupations for a job title or a few words, in English or Korean. */
import { normalizeText } from "../text/normalize-text.js";
import {
  builtTitleTerms,
  computeTitleTerms,
  readTitleTermsTable,
  type TitleTerms,
  type TitleTermsTable,
  termSet,
} from "./built-title-terms.js";
import type { AdjacentCode, Catalog, Occupation } from "./types.js";

export interface TitleCandidate {
  readonly occupation: Occupation;
  /** Relative strength of the title evidence in [0,1]; 1 for an exact example title. */
  readonly score: number;
  /** Titles or names that produced the hit. */
  readonly matchedOn: readonly string[];
}

export interface TitleSearchResult {
  readonly query: string;
  readonly candidates: readonly TitleCandidate[];
  /** True when the title alone cannot decide: several occupations score close to the best. */
  readonly titleIsAmbiguous: boolean;
  /** Separating questions between the leading candidates, from the catalog's adjacency data. */
  readonly questions: readonly {
    readonly codes: readonly [string, string];
    readonly question: AdjacentCode["question"];
  }[];
}

/** Tokenized titles and keywords per occupation, found once: every match asks for them (title-trap check). */
const titleTermsCache = new WeakMap<Occupation, TitleTerms>();

/** The build's table of those terms, read on first use (null: missing, damaged or made by another tokeniser). */
let builtTable: TitleTermsTable | null | undefined;

/** Replaces where the built table is read from (tests point it at another file, or at none). */
export function setTitleTermsFile(file: string | undefined): void {
  builtTable = file === undefined ? null : (readTitleTermsTable(file) ?? null);
}

function titleTermsOf(occupation: Occupation): TitleTerms {
  let cached = titleTermsCache.get(occupation);
  if (!cached) {
    if (builtTable === undefined) builtTable = readTitleTermsTable() ?? null;
    cached = (builtTable && builtTitleTerms(builtTable, occupation)) ?? computeTitleTerms(occupation);
    titleTermsCache.set(occupation, cached);
  }
  return cached;
}

function overlap(query: Set<string>, target: Set<string>): number {
  if (query.size === 0) return 0;
  let hits = 0;
  for (const term of query) if (target.has(term)) hits++;
  return hits / query.size;
}

/** Scores every occupation's names, example titles and keywords against the query, best first. */
export function searchOccupations(catalog: Catalog, query: string, limit = 5): TitleSearchResult {
  const wanted = normalizeText(query).toLowerCase();
  const queryTerms = termSet(query);
  const scored: TitleCandidate[] = [];
  for (const occupation of catalog.occupations) {
    const cached = titleTermsOf(occupation);
    let best = 0;
    const matchedOn: string[] = [];
    for (const { title, normalized, terms } of cached.titles) {
      const score =
        normalized === wanted ? 1 : 0.9 * overlap(queryTerms, terms) * Math.min(1, overlap(terms, queryTerms) + 0.5);
      if (score > 0.3) matchedOn.push(title);
      best = Math.max(best, score);
    }
    const keywordScore = 0.6 * overlap(queryTerms, cached.keywords);
    best = Math.max(best, keywordScore);
    if (best > 0.2) scored.push({ occupation, score: Math.round(best * 1000) / 1000, matchedOn });
  }
  scored.sort((a, b) => b.score - a.score || (a.occupation.code ?? "").localeCompare(b.occupation.code ?? ""));
  const candidates = scored.slice(0, limit);
  const top = candidates[0]?.score ?? 0;
  const close = candidates.filter((candidate) => candidate.score >= top - 0.15);
  const questions: TitleSearchResult["questions"][number][] = [];
  for (const a of close) {
    for (const adjacent of a.occupation.adjacent) {
      const b = close.find((candidate) => candidate.occupation.code === adjacent.code);
      const pair = [a.occupation.code ?? "", adjacent.code].sort() as [string, string];
      if (b && !questions.some((q) => q.codes[0] === pair[0] && q.codes[1] === pair[1])) {
        questions.push({ codes: pair, question: adjacent.question });
      }
    }
  }
  return { query, candidates, titleIsAmbiguous: close.length > 1, questions };
}
