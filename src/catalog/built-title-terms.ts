/**
 * The tokenised titles and keywords of every catalog occupation, computed by `npm run build` and shipped beside the
 * compiled code, so the title check does not tokenise the whole catalog in each new process. Every entry carries the
 * texts it was made from and the file a probe of the tokeniser: an entry whose texts differ (a catalog edited after
 * the build) or a file made by another tokeniser is not used, and those terms are computed at run time as before.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../paths.js";
import { normalizeText } from "../text/normalize-text.js";
import { tokenize } from "../text/tokenize.js";
import type { Occupation } from "./types.js";

export const TITLE_TERMS_FILE = path.join(PACKAGE_ROOT, "dist", "catalog", "title-terms.json");

/** A text that exercises the tokeniser, so that a change to tokenising makes an older file unusable. */
const TOKENIZER_PROBE =
  "Designers analysed the web site's organisation, engineering a conference; 웹사이트를 개발하고 운영한다 UI디자인 업무 Sr. Back-end";

export interface TitleTerms {
  readonly titles: readonly { readonly title: string; readonly normalized: string; readonly terms: Set<string> }[];
  readonly keywords: Set<string>;
}

/** What the tokeniser and the normaliser make of the probe: a file made by other versions of them differs here. */
const probeTerms = (): string[] => [normalizeText(TOKENIZER_PROBE).toLowerCase(), ...termSet(TOKENIZER_PROBE)];

/**
 * One occupation's entry in the file: the texts it was made from, and each title's normalised form and number of
 * distinct terms. Titles and normalised forms are joined by newlines (no title holds one), the counts coded as
 * characters (see code): a few strings per entry, which JSON.parse reads far faster than thousands of small values.
 */
export interface TitleTermsEntry {
  readonly id: string;
  readonly titles: string;
  readonly normalized: string;
  readonly termCounts: string;
  readonly keywordText: string;
}

/**
 * The file: the tokeniser's probe, every term of the titles and keywords (sorted, so a term is found by binary search
 * without a map of thousands of entries), each term's titles (numbered across the entries in order) and entries whose
 * keywords hold it. A search counts the query's terms in a few lists instead of making a set per title at every start.
 * The lists are flat and coded (term t's titles are titleHits' characters titleStarts[t] up to titleStarts[t + 1]).
 */
export interface TitleTermsTable {
  readonly probe: readonly string[];
  /** The sorted terms joined by newlines. */
  readonly terms: string;
  readonly entries: readonly TitleTermsEntry[];
  readonly titleStarts: string;
  readonly titleHits: string;
  readonly keywordStarts: string;
  readonly keywordHits: string;
}

/** Coded numbers are characters from here up: no escapes in JSON, and all below the surrogates. */
const CODE_BASE = 0x100;
const CODE_LIMIT = 0xd800 - CODE_BASE;

/** Numbers as one string of characters (each below CODE_LIMIT). */
function code(numbers: readonly number[]): string {
  let text = "";
  for (const n of numbers) {
    if (!(Number.isInteger(n) && n >= 0 && n < CODE_LIMIT)) throw new RangeError(`title terms: ${n} cannot be coded`);
    text += String.fromCharCode(n + CODE_BASE);
  }
  return text;
}

/** The `i`th number of a coded string. */
const codedAt = (text: string, i: number): number => text.charCodeAt(i) - CODE_BASE;

export function termSet(text: string): Set<string> {
  const { words, bigrams } = tokenize(text);
  return new Set([...words, ...bigrams]);
}

const titlesOf = (occupation: Occupation): string[] => [
  occupation.nameEn,
  occupation.nameKo,
  ...occupation.exampleTitles.en,
  ...occupation.exampleTitles.ko,
];

/** concat, not a spread: spreading some 12,000 keywords one by one took a cold command (without TurboFan) 8 ms. */
const keywordTextOf = (occupation: Occupation): string =>
  occupation.keywords.en.concat(occupation.keywords.ko).join(" ");

/** The terms of one occupation, computed from its texts (the reference the built file must equal). */
export function computeTitleTerms(occupation: Occupation): TitleTerms {
  return {
    titles: titlesOf(occupation).map((title) => ({
      title,
      normalized: normalizeText(title).toLowerCase(),
      terms: termSet(title),
    })),
    keywords: termSet(keywordTextOf(occupation)),
  };
}

/** Texts joined by newlines, refusing any that holds one (it could not be told apart). */
function joinLines(texts: readonly string[]): string {
  if (texts.some((text) => text.includes("\n"))) throw new RangeError("title terms: a text holds a newline");
  return texts.join("\n");
}

/** Lists joined flat and coded, with where each starts and (last) their total length. */
function flat(lists: readonly (readonly number[])[]): { starts: string; items: string } {
  const starts = [0];
  const items: number[] = [];
  for (const list of lists) {
    items.push(...list);
    starts.push(items.length);
  }
  return { starts: code(starts), items: code(items) };
}

/** The file's content for a list of occupations (the build step writes it; the drift test compares it). */
export function titleTermsTable(occupations: readonly Occupation[]): TitleTermsTable {
  const computed = occupations.map((occupation) => ({ occupation, terms: computeTitleTerms(occupation) }));
  const all = new Set<string>();
  for (const { terms } of computed) {
    for (const title of terms.titles) for (const term of title.terms) all.add(term);
    for (const term of terms.keywords) all.add(term);
  }
  const terms = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const idOf = new Map(terms.map((term, id) => [term, id]));
  const titleHits: number[][] = terms.map(() => []);
  const keywordHits: number[][] = terms.map(() => []);
  let title = 0;
  const entries = computed.map(({ occupation, terms: entry }, e) => {
    for (const { terms: titleTerms } of entry.titles) {
      for (const term of titleTerms) titleHits[idOf.get(term)!]!.push(title);
      title++;
    }
    for (const term of entry.keywords) keywordHits[idOf.get(term)!]!.push(e);
    return {
      id: occupation.id,
      titles: joinLines(entry.titles.map((t) => t.title)),
      normalized: joinLines(entry.titles.map((t) => t.normalized)),
      termCounts: code(entry.titles.map((t) => t.terms.size)),
      keywordText: keywordTextOf(occupation),
    };
  });
  const titles = flat(titleHits);
  const keywords = flat(keywordHits);
  return {
    probe: probeTerms(),
    terms: joinLines(terms),
    entries,
    titleStarts: titles.starts,
    titleHits: titles.items,
    keywordStarts: keywords.starts,
    keywordHits: keywords.items,
  };
}

const isText = (value: unknown): value is string => typeof value === "string";

/** Reads a table file; undefined when it is missing, damaged or made by another tokeniser. */
export function readTitleTermsTable(file = TITLE_TERMS_FILE): TitleTermsTable | undefined {
  try {
    const table = JSON.parse(readFileSync(file, "utf8")) as TitleTermsTable;
    if (!Array.isArray(table.probe) || table.probe.join("\u0000") !== probeTerms().join("\u0000")) return undefined;
    const { terms, titleStarts, titleHits, keywordStarts, keywordHits } = table;
    if (!isText(terms) || !Array.isArray(table.entries)) return undefined;
    if (![titleStarts, titleHits, keywordStarts, keywordHits].every(isText)) return undefined;
    return table;
  } catch {
    return undefined;
  }
}

/** A table made ready to search: its terms split, its entries by occupation id with their first title's number. */
export interface TitleTermsLookup {
  readonly table: TitleTermsTable;
  readonly terms: readonly string[];
  readonly byId: ReadonlyMap<string, BuiltTitleEntry>;
  readonly titleCount: number;
}

/** An entry of the table, where its titles start among all titles, and its place in the entries. */
export interface BuiltTitleEntry {
  readonly entry: TitleTermsEntry;
  readonly index: number;
  readonly firstTitle: number;
  readonly titleCount: number;
}

/** Indexes a table's entries; undefined when the lists do not fit the terms and titles. */
export function titleTermsLookup(table: TitleTermsTable): TitleTermsLookup | undefined {
  const terms = table.terms === "" ? [] : table.terms.split("\n");
  const byId = new Map<string, BuiltTitleEntry>();
  let titleCount = 0;
  for (const [index, entry] of table.entries.entries()) {
    if (![entry?.id, entry?.titles, entry?.normalized, entry?.termCounts, entry?.keywordText].every(isText)) return;
    const count = entry.termCounts.length;
    byId.set(entry.id, { entry, index, firstTitle: titleCount, titleCount: count });
    titleCount += count;
  }
  const fits = (starts: string, items: string, limit: number): boolean => {
    if (
      starts.length !== terms.length + 1 ||
      codedAt(starts, 0) !== 0 ||
      codedAt(starts, terms.length) !== items.length
    )
      return false;
    for (let i = 0; i < terms.length; i++) if (codedAt(starts, i) > codedAt(starts, i + 1)) return false;
    for (let i = 0; i < items.length; i++) if (!(codedAt(items, i) >= 0 && codedAt(items, i) < limit)) return false;
    return true;
  };
  if (!fits(table.titleStarts, table.titleHits, titleCount)) return undefined;
  if (!fits(table.keywordStarts, table.keywordHits, table.entries.length)) return undefined;
  return { table, terms, byId, titleCount };
}

/** The table's entry for an occupation, or undefined when it is missing or was made from other texts. */
export function builtEntry(lookup: TitleTermsLookup, occupation: Occupation): BuiltTitleEntry | undefined {
  const found = lookup.byId.get(occupation.id);
  if (!found) return undefined;
  const titles = titlesOf(occupation);
  const { entry } = found;
  if (entry.keywordText !== keywordTextOf(occupation) || found.titleCount !== titles.length) return undefined;
  if (titles.some((title) => title.includes("\n")) || entry.titles !== titles.join("\n")) return undefined;
  return found;
}

/** The titles of a built entry, and their normalised forms (split from the entry's lines). */
export function entryTitles(found: BuiltTitleEntry): { titles: string[]; normalized: string[] } | undefined {
  const titles = found.titleCount === 0 ? [] : found.entry.titles.split("\n");
  const normalized = found.titleCount === 0 ? [] : found.entry.normalized.split("\n");
  return titles.length === found.titleCount && normalized.length === found.titleCount
    ? { titles, normalized }
    : undefined;
}

/** The number of distinct terms of a built entry's `j`th title. */
export const entryTermCount = (found: BuiltTitleEntry, j: number): number => codedAt(found.entry.termCounts, j);

/** The id of a term in sorted terms, or -1. */
function termId(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const at = terms[middle]!;
    if (at === term) return middle;
    if (at < term) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** How many of the query's terms each title of the table holds, and each entry's keywords. */
export function queryHits(
  lookup: TitleTermsLookup,
  query: ReadonlySet<string>,
): { readonly titles: Int32Array; readonly keywords: Int32Array } {
  const { table } = lookup;
  const titles = new Int32Array(lookup.titleCount);
  const keywords = new Int32Array(table.entries.length);
  const { titleStarts, titleHits, keywordStarts, keywordHits } = table;
  for (const term of query) {
    const id = termId(lookup.terms, term);
    if (id < 0) continue;
    for (let i = codedAt(titleStarts, id); i < codedAt(titleStarts, id + 1); i++) titles[codedAt(titleHits, i)]!++;
    for (let i = codedAt(keywordStarts, id); i < codedAt(keywordStarts, id + 1); i++)
      keywords[codedAt(keywordHits, i)]!++;
  }
  return { titles, keywords };
}

/** The built terms of one occupation, or undefined when the entry is missing or was made from other texts. */
export function builtTitleTerms(table: TitleTermsTable, occupation: Occupation): TitleTerms | undefined {
  const lookup = titleTermsLookup(table);
  const found = lookup && builtEntry(lookup, occupation);
  const lines = found && entryTitles(found);
  if (!lookup || !found || !lines) return undefined;
  const titleTerms = lines.titles.map(() => new Set<string>());
  const keywords = new Set<string>();
  lookup.terms.forEach((term, id) => {
    for (let i = codedAt(table.titleStarts, id); i < codedAt(table.titleStarts, id + 1); i++) {
      const j = codedAt(table.titleHits, i) - found.firstTitle;
      if (j >= 0 && j < found.titleCount) titleTerms[j]!.add(term);
    }
    for (let i = codedAt(table.keywordStarts, id); i < codedAt(table.keywordStarts, id + 1); i++)
      if (codedAt(table.keywordHits, i) === found.index) keywords.add(term);
  });
  return {
    titles: lines.titles.map((title, j) => ({ title, normalized: lines.normalized[j]!, terms: titleTerms[j]! })),
    keywords,
  };
}
