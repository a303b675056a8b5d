// Korean particles for the page, with the same rule as src/render/korean.ts: es-hangul picks the particle after
// the word as it is read aloud, so a code is read as a number ("2833" -> 이천팔백삼십삼 -> "을").

/** Latin letters whose Korean reading ends in a final consonant (엘, 엠, 엔, 알). */
const LATIN_WITH_FINAL = /[lmnr]$/i;

/** The particle ("을/를", "이/가", "은/는", ...) after the word, chosen by es-hangul's josa and numberToHangul. */
export function particle(hangul, word, which) {
  const trimmed = String(word)
    .trim()
    .replace(/\s*\([^()]*\)\s*$/u, "")
    .replace(/[\]」』"'.\s]+$/u, "");
  const digits = trimmed.match(/\d+$/)?.[0];
  if (digits !== undefined) return hangul.josa.pick(hangul.numberToHangul(Number(digits.slice(-12))) || "영", which);
  if (/[A-Za-z]$/.test(trimmed)) return hangul.josa.pick(LATIN_WITH_FINAL.test(trimmed) ? "엠" : "이", which);
  return hangul.josa.pick(trimmed.slice(-1) || "이", which);
}

/** Fills "{name}" with data.name; "{code|을/를}" also appends the particle that follows that value. */
export function format(hangul, template, data) {
  return template.replace(/\{(\w+)(?:\|([^{}]+))?\}/g, (whole, key, which) => {
    if (!(key in data)) return whole;
    const value = String(data[key]);
    return which ? `${value}${particle(hangul, value, which)}` : value;
  });
}
