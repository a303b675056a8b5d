/**
 * Turns a text into the weighted matching terms the duty index is built from and queried with: English stems,
 * English two-word phrases, English six-letter prefixes (a light fallback for stems the Porter stemmer leaves apart,
 * such as "architect"/"architecture"), Korean stems, Korean syllable bigrams and bigrams across Korean word gaps
 * (so "웹 서버" meets "웹서버"), English compounds written apart ("web site" meets "website"), and the catalog's
 * Korean words inside a Korean compound it never writes ("중계소프트웨어" holds "소프트웨어").
 */
import { stemmer } from "stemmer";
import { analyzeWords, foldSpelling, type WordToken } from "../text/tokenize.js";
import { GENERIC_FACTORS, GENERIC_KOREAN, GENERIC_WORDS } from "./generic-words.js";
import { type KnownWords, splitKoreanCompound } from "./korean-compounds.js";

/** One occurrence of a matching term in a text. */
export interface TermHit {
  readonly term: string;
  /** How much this occurrence counts (phrases and fallbacks count less or more than plain words). */
  readonly weight: number;
  /** The words of the text that produced the term, for evidence. */
  readonly surface: string;
  /** General work vocabulary ("prepare", "report", "업무"): counts, but shows nothing specific. */
  readonly general: boolean;
  /** The term stands for a whole word (an English stem, a Korean stem), not a part of one or a phrase. */
  readonly whole?: boolean;
}

/** Relative weights of the kinds of terms. */
export const TERM_WEIGHTS = {
  word: 1,
  phrase: 0.8,
  prefix: 0.35,
  koreanWord: 0.4,
  bigram: 0.5,
  /** A two-syllable Korean word (most Sino-Korean nouns: 영업, 설계, 번역) is a whole word, like an English one. */
  shortKoreanWord: 0.75,
  crossBigram: 0.5,
  compound: 1,
  koreanPiece: 0.4,
};

const PREFIX_LENGTH = 6;

const prefixCache = new Map<string, string>();

function prefixOf(surface: string): string {
  let prefix = prefixCache.get(surface);
  if (prefix === undefined) {
    prefix = `~${foldSpelling(surface).slice(0, PREFIX_LENGTH).replace("ys", "yz")}`;
    // Bounded like the stem cache: duty text repeats its words, but any input must not grow memory without end.
    if (prefixCache.size >= 50_000) prefixCache.clear();
    prefixCache.set(surface, prefix);
  }
  return prefix;
}

const joinedCache = new Map<string, string>();

/** The stem of two adjacent words written as one ("web" "site" -> "websit"); the Porter stemmer is costly per pair. */
function joinedStemOf(first: string, second: string): string {
  const written = first + second;
  let joined = joinedCache.get(written);
  if (joined === undefined) {
    joined = stemmer(foldSpelling(written));
    // Bounded like the prefix cache, for any input.
    if (joinedCache.size >= 50_000) joinedCache.clear();
    joinedCache.set(written, joined);
  }
  return joined;
}

/**
 * The terms of a text, in order. `compounds` (single English stems and Korean stems known to the index) lets two
 * adjacent English words also count as their joined form, and an unknown Korean compound count as its known words.
 */
export function extractTerms(text: string, compounds?: KnownWords): TermHit[] {
  const hits: TermHit[] = [];
  let previousLatin: WordToken | undefined;
  let previousHangul: WordToken | undefined;
  for (const token of analyzeWords(text)) {
    if (token.breakBefore) {
      previousLatin = undefined;
      previousHangul = undefined;
    }
    if (token.script === "latin") {
      previousHangul = undefined;
      if (token.stop) continue;
      const generic = GENERIC_WORDS.has(token.stem);
      const factor = generic ? GENERIC_FACTORS.latin : 1;
      hits.push({
        term: token.stem,
        weight: TERM_WEIGHTS.word * factor,
        surface: token.surface,
        general: generic,
        whole: true,
      });
      if (token.surface.length > PREFIX_LENGTH && /^\p{L}+$/u.test(token.surface)) {
        hits.push({
          term: prefixOf(token.surface),
          weight: TERM_WEIGHTS.prefix * factor,
          surface: token.surface,
          general: generic,
        });
      }
      if (previousLatin) {
        const surface = `${previousLatin.surface} ${token.surface}`;
        // A phrase of two general words ("gather information") is as general as its words.
        const bothGeneral = generic && GENERIC_WORDS.has(previousLatin.stem);
        hits.push({
          term: `${previousLatin.stem} ${token.stem}`,
          weight: TERM_WEIGHTS.phrase * (bothGeneral ? GENERIC_FACTORS.latin : 1),
          surface,
          general: bothGeneral,
        });
        if (compounds) {
          const joined = joinedStemOf(previousLatin.surface, token.surface);
          if (compounds.has(joined))
            hits.push({ term: joined, weight: TERM_WEIGHTS.compound, surface, general: false });
        }
      }
      previousLatin = token;
      continue;
    }
    previousLatin = undefined;
    if (token.stop) {
      previousHangul = undefined;
      continue;
    }
    const stem = token.stem;
    const generalWord = GENERIC_KOREAN.has(stem);
    if (stem.length !== 2)
      hits.push({
        term: `=${stem}`,
        weight: TERM_WEIGHTS.koreanWord * (generalWord ? GENERIC_FACTORS.hangul : 1),
        surface: token.surface,
        general: generalWord,
        whole: true,
      });
    // A compound the catalog never writes counts as the catalog's words it is made of.
    const pieces = compounds ? splitKoreanCompound(stem, compounds) : undefined;
    for (const { piece } of pieces ?? []) {
      if (piece.length === 2) continue;
      const general = GENERIC_KOREAN.has(piece);
      hits.push({
        term: `=${piece}`,
        weight: TERM_WEIGHTS.koreanPiece * (general ? GENERIC_FACTORS.hangul : 1),
        surface: token.surface,
        general,
        whole: true,
      });
    }
    for (let i = 0; i + 1 < stem.length; i++) {
      const bigram = stem.slice(i, i + 2);
      const general = generalWord || GENERIC_KOREAN.has(bigram);
      // A two-syllable word is its own bigram: it counts as the word and as the bigram.
      // A two-syllable word inside a compound the catalog never writes (번역물, 영업팀장) counts as that word.
      const piece = pieces?.some((cut) => cut.at === i && cut.piece.length === 2) ?? false;
      const weight = stem.length === 2 || piece ? TERM_WEIGHTS.shortKoreanWord : TERM_WEIGHTS.bigram;
      hits.push({
        term: bigram,
        weight: weight * (general ? GENERIC_FACTORS.hangul : 1),
        surface: token.surface,
        general,
        whole: stem.length === 2 || piece,
      });
    }
    if (previousHangul) {
      const cross = previousHangul.stem.slice(-1) + stem.slice(0, 1);
      hits.push({
        term: cross,
        weight: TERM_WEIGHTS.crossBigram,
        surface: `${previousHangul.surface} ${token.surface}`,
        general: true,
      });
    }
    previousHangul = token;
  }
  return hits;
}
