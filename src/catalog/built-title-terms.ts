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

/** One occupation's entry in the file: the texts it was made from, then their terms. */
export interface TitleTermsEntry {
  readonly titles: readonly (readonly [title: string, normalized: string, terms: readonly string[]])[];
  readonly keywordText: string;
  readonly keywords: readonly string[];
}

export interface TitleTermsTable {
  readonly probe: readonly string[];
  readonly entries: Readonly<Record<string, TitleTermsEntry>>;
}

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

const keywordTextOf = (occupation: Occupation): string =>
  [...occupation.keywords.en, ...occupation.keywords.ko].join(" ");

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

/** The file's content for a list of occupations (the build step writes it; the drift test compares it). */
export function titleTermsTable(occupations: readonly Occupation[]): TitleTermsTable {
  const entries: Record<string, TitleTermsEntry> = {};
  for (const occupation of occupations) {
    const terms = computeTitleTerms(occupation);
    entries[occupation.id] = {
      titles: terms.titles.map(({ title, normalized, terms }) => [title, normalized, [...terms]] as const),
      keywordText: keywordTextOf(occupation),
      keywords: [...terms.keywords],
    };
  }
  return { probe: probeTerms(), entries };
}

/** Reads a table file; undefined when it is missing, damaged or made by another tokeniser. */
export function readTitleTermsTable(file = TITLE_TERMS_FILE): TitleTermsTable | undefined {
  try {
    const table = JSON.parse(readFileSync(file, "utf8")) as TitleTermsTable;
    if (!Array.isArray(table.probe) || table.probe.join("\u0000") !== probeTerms().join("\u0000")) return undefined;
    if (typeof table.entries !== "object" || table.entries === null) return undefined;
    return table;
  } catch {
    return undefined;
  }
}

/** The built terms of one occupation, or undefined when the entry is missing or was made from other texts. */
export function builtTitleTerms(table: TitleTermsTable, occupation: Occupation): TitleTerms | undefined {
  const entry = Object.hasOwn(table.entries, occupation.id) ? table.entries[occupation.id] : undefined;
  if (!entry || !Array.isArray(entry.titles) || !Array.isArray(entry.keywords)) return undefined;
  const titles = titlesOf(occupation);
  if (entry.keywordText !== keywordTextOf(occupation) || entry.titles.length !== titles.length) return undefined;
  for (const [i, title] of titles.entries()) if (entry.titles[i]?.[0] !== title) return undefined;
  return {
    titles: entry.titles.map(([title, normalized, terms]) => ({ title, normalized, terms: new Set(terms) })),
    keywords: new Set(entry.keywords),
  };
}
