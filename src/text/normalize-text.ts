/**
 * The one text normaliser, applied to everything before it is compared or matched.
 *
 * Rules, in order:
 * 1. Unicode NFKC (full-width letters and digits, compatibility jamo, ligatures such as "ﬁ" fold to plain forms).
 * 2. Invisible and direction-control characters (zero-width space/joiners, BOM, bidi overrides) are removed.
 * 3. Other control characters become spaces.
 * 4. Curly quotes fold to straight quotes; dashes and bullets to "-".
 * 5. A hyphen at a line end followed by a letter is joined ("Min-\njun" -> "Min-jun": the hyphen is kept,
 *    because real hyphenated names must survive a PDF round trip).
 * 6. Runs of whitespace collapse to one space; the result is trimmed.
 */
export function normalizeText(input: string): string {
  if (isAlreadyNormal(input)) return input;
  return input
    .normalize("NFKC")
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g, "")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, " ")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/-[ \t]*\r?\n[ \t]*(?=\p{L})/gu, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True when the rules above leave the text as it is: printable ASCII and Hangul syllables only (all unchanged by NFKC,
 * none of them invisible, a control character, a curly quote or a dash), with single spaces between words and none
 * at either end. The matcher normalises each statement several times, and most are such text.
 */
function isAlreadyNormal(input: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < input.length; i++) {
    const unit = input.charCodeAt(i);
    if (unit === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if ((unit > 0x20 && unit < 0x7f) || (unit >= 0xac00 && unit <= 0xd7a3)) {
      afterSpace = false;
    } else {
      return false;
    }
  }
  return !afterSpace || input.length === 0;
}

/** Text with all whitespace removed, for comparing PDF text (which breaks Korean lines anywhere) with the source. */
export function compactText(input: string): string {
  return normalizeText(input).replace(/\s+/g, "");
}
