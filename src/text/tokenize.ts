/**
 * Turns text into matching terms: English words stemmed with the Porter stemmer minus stop words,
 * Korean words with trailing particles and verb endings stripped plus character bigrams, so that
 * Korean matches without a morphological analyser.
 */
import { stemmer } from "stemmer";
import { eng } from "stopword";
import { normalizeText } from "./normalize-text.js";

const ENGLISH_STOP_WORDS = new Set<string>([
  ...eng,
  "etc", "e.g", "i.e", "also", "including", "include", "includes", "such", "various", "within", "related", "relevant",
]);

/**
 * Korean endings stripped from the end of a word, longest first: case particles, topic/focus particles and common
 * verb and noun-forming endings. Stripping stops while at least one syllable remains.
 */
const KOREAN_SUFFIXES = [
  "하였습니다", "했습니다", "합니다", "하는", "하고", "하며", "하여", "해서", "한다", "하기", "하게", "하면", "했다", "함", "한",
  "으로서", "으로써", "에서의", "에게서", "으로", "에서", "에게", "까지", "부터", "보다", "처럼", "이며", "이고", "이나", "에는", "에도", "과의", "와의", "로서", "로써",
  "들의", "들을", "들이", "들은", "들과", "들",
  "을", "를", "이", "가", "은", "는", "의", "에", "와", "과", "로", "도", "만", "및", "등",
].sort((a, b) => b.length - a.length);

const HANGUL = /[\uAC00-\uD7A3]/;

/** A word's terms: the stemmed English word, or the stripped Korean stem and its syllable bigrams. */
export interface Terms {
  readonly words: readonly string[];
  readonly bigrams: readonly string[];
}

/** Strips one trailing particle or ending from a Korean word, keeping at least one syllable. */
export function stripKoreanSuffix(word: string): string {
  for (const suffix of KOREAN_SUFFIXES) {
    if (word.length > suffix.length && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Splits normalised text into lower-case word tokens (letters, digits and "+#." inside words such as C++, C#, Node.js). */
export function splitWords(text: string): string[] {
  return normalizeText(text).toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? [];
}

/** Stems one English word; Korean words get their particle stripped. */
export function stemWord(word: string): string {
  if (HANGUL.test(word)) return stripKoreanSuffix(word);
  return stemmer(word);
}

/** Matching terms of a text: stemmed content words, and Korean syllable bigrams of each Korean stem. */
export function tokenize(text: string): Terms {
  const words: string[] = [];
  const bigrams: string[] = [];
  for (const raw of splitWords(text)) {
    if (HANGUL.test(raw)) {
      const stem = stripKoreanSuffix(raw);
      words.push(stem);
      for (let i = 0; i + 1 < stem.length; i++) bigrams.push(stem.slice(i, i + 2));
    } else if (!ENGLISH_STOP_WORDS.has(raw) && raw.length > 1) {
      words.push(stemmer(raw));
    }
  }
  return { words, bigrams };
}
