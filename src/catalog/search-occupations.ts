/** Finds candidate occupations for a job title or a few words, in English or Korean. */
import { normalizeText } from "../text/normalize-text.js";
import {
  type BuiltTitleEntry,
  builtEntry,
  computeTitleTerms,
  entryTermCount,
  entryTitles,
  queryHits,
  readTitleTermsTable,
  type TitleTerms,
  type TitleTermsLookup,
  titleTermsLookup,
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

/** Tokenized titles and keywords per occupation the built table has no entry for, found once. */
const titleTermsCache = new WeakMap<Occupation, TitleTerms>();

/** The build's table of those terms, read on first use (null: missing, damaged or made by another tokeniser). */
let builtTable: TitleTermsLookup | null | undefined;

/** Replaces where the built table is read from (tests point it at another file, or at none). */
export function setTitleTermsFile(file: string | undefined): void {
  const table = file === undefined ? undefined : readTitleTermsTable(file);
  builtTable = (table && titleTermsLookup(table)) ?? null;
}

function lookupTable(): TitleTermsLookup | null {
  if (builtTable === undefined) {
    const table = readTitleTermsTable();
    builtTable = (table && titleTermsLookup(table)) ?? null;
  }
  return builtTable;
}

/** An occupation's entry in the built table, with its titles and their normalised forms. */
interface BuiltTitles {
  readonly found: BuiltTitleEntry;
  readonly titles: readonly string[];
  readonly normalized: readonly string[];
}

/** Per occupation, its entry in the built table when that was made from its texts (null: computed instead). */
const builtEntries = new WeakMap<Occupation, { lookup: TitleTermsLookup; built: BuiltTitles | null }>();

function builtTitlesOf(lookup: TitleTermsLookup, occupation: Occupation): BuiltTitles | undefined {
  let known = builtEntries.get(occupation);
  if (!known || known.lookup !== lookup) {
    const found = builtEntry(lookup, occupation);
    const lines = found && entryTitles(found);
    known = { lookup, built: found && lines ? { found, ...lines } : null };
    builtEntries.set(occupation, known);
  }
  return known.built ?? undefined;
}

function titleTermsOf(occupation: Occupation): TitleTerms {
  let cached = titleTermsCache.get(occupation);
  if (!cached) {
    cached = computeTitleTerms(occupation);
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

/** `overlap` from a count of shared terms: the same division, so the same score. */
const shareOf = (hits: number, size: number): number => (size === 0 ? 0 : hits / size);

/** Scores every occupation's names, example titles and keywords against the query, best first. */
export function searchOccupations(catalog: Catalog, query: string, limit = 5): TitleSearchResult {
  const wanted = normalizeText(query).toLowerCase();
  const queryTerms = termSet(query);
  const scored: TitleCandidate[] = [];
  const lookup = lookupTable();
  const hits = lookup ? queryHits(lookup, queryTerms) : undefined;
  for (const occupation of catalog.occupations) {
    let best = 0;
    const matchedOn: string[] = [];
    const built = lookup && hits ? builtTitlesOf(lookup, occupation) : undefined;
    if (built && hits) {
      // The built entry: the query's terms counted in each title and in the keywords (see overlap).
      const { found, titles, normalized } = built;
      for (let j = 0; j < titles.length; j++) {
        const shared = hits.titles[found.firstTitle + j]!;
        const score =
          normalized[j] === wanted
            ? 1
            : 0.9 * shareOf(shared, queryTerms.size) * Math.min(1, shareOf(shared, entryTermCount(found, j)) + 0.5);
        if (score > 0.3) matchedOn.push(titles[j]!);
        best = Math.max(best, score);
      }
      best = Math.max(best, 0.6 * shareOf(hits.keywords[found.index]!, queryTerms.size));
    } else {
      const cached = titleTermsOf(occupation);
      for (const { title, normalized, terms } of cached.titles) {
        const score =
          normalized === wanted ? 1 : 0.9 * overlap(queryTerms, terms) * Math.min(1, overlap(terms, queryTerms) + 0.5);
        if (score > 0.3) matchedOn.push(title);
        best = Math.max(best, score);
      }
      const keywordScore = 0.6 * overlap(queryTerms, cached.keywords);
      best = Math.max(best, keywordScore);
    }
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
