/**
 * Splits duty text (a sentence, a bullet list, a paragraph, a contract section; English, Korean or mixed) into duty
 * statements, and reads optional shares of working time ("(40%)", "40%:", "- 30% Develop …") into DutyInput.share.
 */
import { BULLET_CHARS } from "../text/list-bullets.js";
import type { DutyInput } from "./types.js";

/** Bullets and item numbers at the start of a line: "-", "•", "1.", "1)", "(1)", "①", "가.", "a)", "ii.". */
const ITEM_MARKER = new RegExp(
  `^\\s*(?:[${BULLET_CHARS}]+|\\(?\\d{1,3}[.)](?!\\d)|\\(\\d{1,3}\\)|[\\u2460-\\u2473\\u2776-\\u277F\\u3251-\\u325F]|\\(?[가-하][.)]|\\([가-하]\\)|\\(?[a-z][.)](?=\\s)|\\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)](?=\\s))\\s*`,
  "iu",
);

/** Lines that only label what follows ("Duties:", "주요 업무", "[담당업무]"). */
const HEADING_WORDS =
  /^(?:(?:main|key|primary|principal|core|job|major)\s+)?(?:duties|responsibilities|tasks|job description|description|role|scope(?: of work)?|work|activities|position summary|summary|담당\s*업무|주요\s*업무|주요\s*직무|직무\s*내용|업무\s*내용|수행\s*업무|담당\s*직무|직무|업무|역할|직무\s*기술서|what you(?:'ll|\s+will)\s+do|(?:about\s+)?(?:the|your|this)\s+role|하는\s*일|이런\s*(?:일|업무)을\s*해요)(?:\s*(?:and|&)\s*(?:duties|responsibilities))?\s*[:：]?$/iu;

/**
 * Headings of the parts of a job posting or job description that are not duties: qualifications, preferences,
 * benefits, pay, place, hiring steps, the company. Their lines would otherwise be scored as duties ("영어 회화 가능자"
 * reads as interpreting). Only a whole heading line counts, so a duty such as "Requirements analysis" stays.
 */
const NON_DUTY_PART = [
  "(?:필수\\s*)?자격\\s*(?:요건|사항|조건)",
  "(?:지원|응시)\\s*자격",
  "필수\\s*(?:요건|사항|조건)",
  "우대\\s*(?:사항|조건|요건)?",
  "혜택",
  "복지",
  "복리\\s*후생",
  "근무\\s*(?:조건|환경|형태|시간|지|장소|요일)",
  "급여(?:\\s*(?:조건|수준))?",
  "연봉",
  "처우",
  "고용\\s*형태",
  "채용\\s*(?:절차|과정|전형|인원|일정)",
  "전형\\s*(?:절차|방법|일정)",
  "(?:지원|접수)\\s*(?:방법|절차|기간)",
  "제출\\s*서류",
  "(?:회사|기업|팀|조직)\\s*소개",
  "기타(?:\\s*사항)?",
  "(?:참고|유의)\\s*사항",
  "(?:(?:minimum|basic|preferred|required|desired|additional|key)\\s+)?(?:qualifications?|requirements|skills|experience|competencies)",
  "nice[\\s-]to[\\s-]haves?",
  "bonus\\s+points",
  "pluses",
  "preferred",
  "benefits?",
  "perks",
  "what\\s+we\\s+offer",
  "why\\s+join\\s+us",
  "compensation",
  "salary",
  "pay",
  "location",
  "working\\s+(?:conditions|hours)",
  "employment\\s+type",
  "how\\s+to\\s+apply",
  "(?:hiring|application|recruitment)\\s+process",
  "about\\s+(?:us|the\\s+company|the\\s+team|our\\s+company)",
  "who\\s+(?:you|we)\\s+are",
  "what\\s+you(?:'ll|\\s+will)?\\s+(?:bring|need|have)",
  "what\\s+we(?:'re|\\s+are)\\s+looking\\s+for",
  "you\\s+(?:have|are|bring)",
].join("|");
/** One part name or two joined ("혜택 및 복지", "Skills & Experience"). */
const NON_DUTY_HEADING = new RegExp(`^(?:${NON_DUTY_PART})(?:\\s*(?:및|&|·|/|,|and)\\s*(?:${NON_DUTY_PART}))?$`, "iu");

const SHARE_LEADING =
  /^\(?\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\)?\s*(?:[:：\-–—|]\s*|of\s+(?:working\s+)?time\s*[:：\-–—]?\s*)?/iu;
const SHARE_ANYWHERE =
  /[([]\s*(?:(?:업무\s*)?비중\s*[:：]?\s*|share\s*[:：]?\s*)?(?:approx\.?\s*|약\s*|~\s*)?(\d{1,3}(?:\.\d+)?)\s*%\s*(?:of\s+(?:working\s+)?time)?\s*[)\]]/iu;
// The lookbehind starts a match only where a run of separators starts: tried at every separator, "[…]+…$" is quadratic.
const SHARE_TRAILING =
  /(?<![\s,;:\-–—])[\s,;:\-–—]+(?:비중\s*|share\s*[:：]?\s*)?(\d{1,3}(?:\.\d+)?)\s*%\s*(?:of\s+(?:working\s+)?time)?\s*\.?$/iu;

/** Abbreviations after which a full stop does not end a sentence (the longest, "approx.", is 7 characters). */
const ABBREVIATION_WINDOW = 12;
const ABBREVIATION =
  /(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|esp|dept|inc|ltd|co|corp|mr|mrs|ms|dr|no|nos|fig|st|jr|sr|u\.s|u\.k)\.|\b[A-Z]\.)$/i;

/** Reads a share marker off an item, returning the item without it. */
function readShare(item: string): { text: string; share?: number } {
  for (const pattern of [SHARE_LEADING, SHARE_ANYWHERE, SHARE_TRAILING]) {
    const found = pattern.exec(item);
    if (!found) continue;
    const share = Number(found[1]);
    if (!(share > 0 && share <= 100)) continue;
    const text = `${item.slice(0, found.index)} ${item.slice(found.index + found[0].length)}`
      .replace(/\s+/g, " ")
      .replace(/\s+(?=[.,;:。])/gu, "")
      .trim();
    return { text, share };
  }
  return { text: item };
}

/** Splits an item into sentences: English at . ! ? before a capital or a digit, Korean after a sentence ending. */
function splitSentences(item: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /([.!?。])(["')\]]*)\s+|([다함음임됨요]\.|[다함음임됨]\s*[;；])(\s*)|([;；])\s+/gu;
  for (const found of item.matchAll(boundary)) {
    const end = (found.index ?? 0) + found[0].length;
    // Only the last few characters can hold an abbreviation: testing all of the growing sentence was quadratic.
    const before = item.slice(Math.max(start, (found.index ?? 0) + 1 - ABBREVIATION_WINDOW), (found.index ?? 0) + 1);
    if (found[1] !== undefined) {
      const next = item.slice(end, end + 1);
      if (!/[\p{Lu}\d"'(\uAC00-\uD7A3]/u.test(next) || ABBREVIATION.test(before)) continue;
    }
    sentences.push(item.slice(start, end));
    start = end;
  }
  sentences.push(item.slice(start));
  return sentences;
}

/** Cleans one statement: collapses spaces and trims separators at the ends, leaving the wording alone. */
function clean(statement: string): string {
  return statement
    .replace(/\s+/g, " ")
    .replace(/^[\s,;:\-–—]+|(?<![\s,;:])[\s,;:]+$/g, "")
    .trim();
}

/** A heading line without its brackets, colon and an emoji or symbol before it ("[자격요건]", "✅ Requirements:"). */
function bareHeading(line: string): string {
  // Each run of closing brackets is tried once (the lookbehind): tried at every bracket, "[…]+$" is quadratic.
  return line
    .replace(/^[^\p{L}\p{N}]*(?=[\p{L}\p{N}])/u, "")
    .replace(/^[[<(【〔「『]+|(?<![\]>)】〕」』])[\]>)】〕」』]+$/g, "")
    .replace(/[:：]\s*$/, "")
    .replace(/(?<![\]>)】〕」』])[\]>)】〕」』]+$/, "")
    .trim();
}

/** Longest line read as a heading of a part that is not duties; longer lines are not headings. */
const NON_DUTY_HEADING_MAX = 60;

/** A heading of a part that is not duties (qualifications, benefits …), or undefined. */
function nonDutyHeading(line: string): string | undefined {
  if (line.length > NON_DUTY_HEADING_MAX) return undefined;
  const bare = bareHeading(line);
  return bare.length <= 40 && NON_DUTY_HEADING.test(bare) ? bare : undefined;
}

function isHeading(line: string): boolean {
  const bare = line
    .replace(/^[[<(【〔「『]+|(?<![\]>)】〕」』])[\]>)】〕」』]+$/g, "")
    .replace(/[:：]\s*$/, "")
    .trim();
  if (HEADING_WORDS.test(bare)) return true;
  // A short line ending in a colon introduces a list; a bracketed short line is a label.
  const words = bare.split(/\s+/).length;
  if (/[:：]\s*$/.test(line) && words <= 6) return true;
  return /^[[【〔<].*[\]】〕>]$/.test(line.trim()) && words <= 4;
}

/** A part of a text left out of the duties: its heading and how many lines it had. */
export interface SkippedSection {
  readonly heading: string;
  readonly lines: number;
}

/**
 * Splits text into duty statements with their shares. Items are bullets, numbered items or lines; items split
 * further into sentences. Headings and empty bits are dropped; a share on an item is divided among its sentences.
 */
export function splitDuties(text: string): DutyInput[] {
  return splitDutyText(text).duties;
}

/**
 * As splitDuties, and also names the parts left out: a heading such as "자격요건" or "Benefits" starts a part that is
 * not duties, which lasts until the next heading of any other kind.
 */
export function splitDutyText(text: string): { duties: DutyInput[]; skipped: SkippedSection[] } {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\u0085]/g, "\n")
    .split("\n");
  // Each item is kept as its lines, joined once at the end: appending to one growing string and reading its last
  // character flattens the string every time, which made a long run of continuation lines quadratic.
  const items: string[][] = [];
  const skipped: { heading: string; lines: number }[] = [];
  let skipping: { heading: string; lines: number } | undefined;
  let continuing = false;
  for (const rawLine of lines) {
    const line = rawLine.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, " ").trim();
    if (!line) {
      continuing = false;
      continue;
    }
    const marker = ITEM_MARKER.exec(line);
    const otherPart = marker ? undefined : nonDutyHeading(line);
    if (otherPart !== undefined) {
      skipping = { heading: otherPart, lines: 0 };
      skipped.push(skipping);
      continuing = false;
      continue;
    }
    if (!marker && isHeading(line)) {
      skipping = undefined;
      continuing = false;
      continue;
    }
    let body = marker ? line.slice(marker[0].length) : line;
    // Inline label: "Duties: develop …" keeps what follows the label; "자격요건: …" is left out.
    const label = /^([^:：]{1,30})[:：]\s+(?=\S)/u.exec(body);
    if (label && !skipping && nonDutyHeading(label[1]!) !== undefined) {
      skipped.push({ heading: bareHeading(label[1]!), lines: 1 });
      continuing = false;
      continue;
    }
    if (skipping) {
      skipping.lines++;
      continue;
    }
    if (label && HEADING_WORDS.test(label[1]!.trim())) body = body.slice(label[0].length);
    if (!body.trim()) continue;
    const previous = items.at(-1);
    // A wrapped line (no marker, previous line not ended, starts in lower case) continues its item. Korean has no
    // case, so a Korean line is taken as an item of its own.
    if (
      !marker &&
      continuing &&
      previous &&
      !/[.!?。다함음임됨)]/u.test(previous.at(-1)!.slice(-1)) &&
      /^[\p{Ll}\d(]/u.test(body)
    ) {
      previous.push(body);
    } else items.push([body]);
    continuing = true;
  }
  const duties: DutyInput[] = [];
  for (const parts of items) {
    const { text: body, share } = readShare(parts.join(" "));
    const sentences = splitSentences(body)
      .map(clean)
      .filter((sentence) => /[\p{L}]/u.test(sentence) && !isHeading(sentence));
    for (const sentence of sentences) {
      duties.push(share === undefined ? { text: sentence } : { text: sentence, share: share / sentences.length });
    }
  }
  return { duties, skipped };
}

/** The duty statements of a text, without shares. */
export function splitStatements(text: string): string[] {
  return splitDuties(text).map((duty) => duty.text);
}
