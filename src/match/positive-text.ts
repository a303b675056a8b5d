/**
 * Keeps what a catalog text says an occupation does and drops what it says the occupation is not: scopes end with
 * contrasts such as "not installable application software (2223)" or "설계(2351)와 달리", and indexing those words
 * would make an entry match its neighbours' duties.
 */

/** Words that start a contrast, and references to other codes, in English and Korean. */
const CONTRAST =
  /\b(?:not|rather than|unlike|instead of|other than|excluding|except|as opposed to|distinct from|no longer|never|whereas)\b|\(\s*(?:E-7-\d\s*)?[S]?\d{3,5}\b|아니|않|제외|달리|구별|대신|와\s*다르|과\s*다르/iu;
/** A cheap first check: text without any of these has no contrast to drop. */
const CONTRAST_HINT =
  /not|rather|unlike|instead|than|except|opposed|distinct|never|whereas|\(|아니|않|제외|달리|구별|대신|다르/i;
/** A clause that ends in a copula or auxiliary was the subject of the contrast ("Production work … is"). */
const DANGLING = /\b(?:is|are|was|were|be|been|does|do|it|this|which|that|they)\s*$/i;

/** The parts of a text that describe the occupation itself. */
export function positiveText(text: string): string {
  if (!CONTRAST_HINT.test(text)) return text;
  // Parenthetical asides that contrast ("(other than an interest body)", "(이익단체 제외)") go first.
  const withoutAsides = text.replace(/\([^()]*\)/g, (aside) => (CONTRAST.test(aside) ? " " : aside));
  const kept: string[] = [];
  for (const sentence of withoutAsides.split(/(?<=[.;:!?])\s+|(?<=다\.)\s*|(?<=[;:])/u)) {
    const found = CONTRAST.exec(sentence);
    if (!found) {
      kept.push(sentence);
      continue;
    }
    // Korean puts the contrast at the end, after the list of what is contrasted: keep only a first clause
    // ("결과물은 … 웹 서비스이며,") that is itself free of the contrast.
    if (/[\uAC00-\uD7A3]/u.test(sentence)) {
      const comma = sentence.indexOf(",");
      if (comma >= 0 && comma < found.index) kept.push(sentence.slice(0, comma));
      continue;
    }
    const before = sentence.slice(0, found.index);
    const clauseEnd = Math.max(before.lastIndexOf(","), before.lastIndexOf("—"), before.lastIndexOf(" - "));
    const prefix = (clauseEnd >= 0 ? before.slice(0, clauseEnd) : before).trim();
    if (prefix.split(/\s+/).length >= 4 && !DANGLING.test(prefix)) kept.push(prefix);
  }
  return kept.join(" ").replace(/\s+/g, " ").trim();
}
