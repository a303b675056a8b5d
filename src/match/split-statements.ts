/**
 * Splits duty text (a sentence, a bullet list, a paragraph, a contract section; English, Korean or mixed) into duty
 * statements, and reads optional shares of working time ("(40%)", "40%:", "- 30% Develop …") into DutyInput.share.
 */
import type { DutyInput } from "./types.js";

/** Bullets and item numbers at the start of a line: "-", "•", "1.", "1)", "(1)", "①", "가.", "a)", "ii.". */
const ITEM_MARKER =
  /^\s*(?:[-*•·▪▫●○◦‣∙■□◆◇▶▷►➢✓✔※→]+|\(?\d{1,3}[.)](?!\d)|\(\d{1,3}\)|[\u2460-\u2473\u2776-\u277F\u3251-\u325F]|\(?[가-하][.)]|\([가-하]\)|\(?[a-z][.)](?=\s)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)](?=\s))\s*/iu;

/** Lines that only label what follows ("Duties:", "주요 업무", "[담당업무]"). */
const HEADING_WORDS =
  /^(?:(?:main|key|primary|principal|core|job|major)\s+)?(?:duties|responsibilities|tasks|job description|description|role|scope(?: of work)?|work|activities|position summary|summary|담당\s*업무|주요\s*업무|주요\s*직무|직무\s*내용|업무\s*내용|수행\s*업무|담당\s*직무|직무|업무|역할|직무\s*기술서)(?:\s*(?:and|&)\s*(?:duties|responsibilities))?\s*[:：]?$/iu;

const SHARE_LEADING =
  /^\(?\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\)?\s*(?:[:：\-–—|]\s*|of\s+(?:working\s+)?time\s*[:：\-–—]?\s*)?/iu;
const SHARE_ANYWHERE =
  /[([]\s*(?:비중\s*|share\s*[:：]?\s*|approx\.?\s*|약\s*|~\s*)?(\d{1,3}(?:\.\d+)?)\s*%\s*(?:of\s+(?:working\s+)?time)?\s*[)\]]/iu;
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

/**
 * Splits text into duty statements with their shares. Items are bullets, numbered items or lines; items split
 * further into sentences. Headings and empty bits are dropped; a share on an item is divided among its sentences.
 */
export function splitDuties(text: string): DutyInput[] {
  const lines = text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029\u0085]/g, "\n")
    .split("\n");
  // Each item is kept as its lines, joined once at the end: appending to one growing string and reading its last
  // character flattens the string every time, which made a long run of continuation lines quadratic.
  const items: string[][] = [];
  let continuing = false;
  for (const rawLine of lines) {
    const line = rawLine.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, " ").trim();
    if (!line) {
      continuing = false;
      continue;
    }
    const marker = ITEM_MARKER.exec(line);
    if (!marker && isHeading(line)) {
      continuing = false;
      continue;
    }
    let body = marker ? line.slice(marker[0].length) : line;
    // Inline label: "Duties: develop …" keeps what follows the label.
    const label = /^([^:：]{1,30})[:：]\s+(?=\S)/u.exec(body);
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
  return duties;
}

/** The duty statements of a text, without shares. */
export function splitStatements(text: string): string[] {
  return splitDuties(text).map((duty) => duty.text);
}
