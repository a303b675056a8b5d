/**
 * Korean compound nouns are written with or without spaces ("중계소프트웨어", "번역물"), and occupational dictionaries
 * run several nouns together ("공급망관리", "기술규격표준"). A word the catalog never writes is cut into the catalog's
 * own words, so that it counts as them (and finds their synonyms) rather than as syllable pairs only.
 */

/** Shortest word a compound is cut into or joined from (one syllable is too ambiguous to stand alone). */
const MIN_PIECE = 2;
/** Syllables of a compound that no known word covers, at most ("지역별" leaves "별", "서버용" leaves "용"). */
const MAX_UNCOVERED = 1;

/** Words looked up by whole word (a Set, or the index's compounds). */
export interface KnownWords {
  has(word: string): boolean;
}

/**
 * The known words that make up `word`, in order (start offsets and words), or undefined when the word is known
 * itself, too short, or not covered by known words but for MAX_UNCOVERED syllables. Prefers the cut covering the
 * most syllables, then the fewest pieces (the longest words).
 */
export function splitKoreanCompound(
  word: string,
  known: KnownWords,
): readonly { readonly at: number; readonly piece: string }[] | undefined {
  const n = word.length;
  if (n <= MIN_PIECE || known.has(word)) return undefined;
  // best[i]: [covered syllables, -pieces] of the best cut of word.slice(i).
  const covered = new Int32Array(n + 1);
  const pieces = new Int32Array(n + 1);
  const next = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    // Skip one syllable uncovered.
    covered[i] = covered[i + 1]!;
    pieces[i] = pieces[i + 1]!;
    next[i] = -(i + 1);
    for (let j = i + MIN_PIECE; j <= n; j++) {
      if (j - i === n || !known.has(word.slice(i, j))) continue;
      const c = covered[j]! + (j - i);
      const p = pieces[j]! + 1;
      if (c > covered[i]! || (c === covered[i]! && p < pieces[i]!)) {
        covered[i] = c;
        pieces[i] = p;
        next[i] = j;
      }
    }
  }
  if (n - covered[0]! > MAX_UNCOVERED || pieces[0]! < 2 - (n - covered[0]!)) return undefined;
  const cut: { at: number; piece: string }[] = [];
  for (let i = 0; i < n; ) {
    const j = next[i]!;
    if (j < 0) i = -j;
    else {
      cut.push({ at: i, piece: word.slice(i, j) });
      i = j;
    }
  }
  return cut;
}
