/**
 * The case's own duty text inside a duty clause as the annex prints it: "<catalog task>. In this position: <duty>
 * (<details>). Share of working time: about 40%." Only the duty and its details are the user's facts; the catalog's
 * task sentence and the share sentence are the tool's words, so consistency checks must not score them. Text without
 * these markers (documents written elsewhere, or templates that no longer print the task) comes back unchanged.
 */

/** "In this position:" and "이 직위에서의 구체적 업무:", with any spacing a PDF extraction leaves. */
const POSITION_MARKER = /In\s*this\s*position\s*:|이\s*직\s*위\s*에\s*서\s*의\s*구\s*체\s*적\s*업\s*무\s*:/giu;
/** The share sentence the annex ends each clause with. */
const SHARE_SENTENCE = /Share\s+of\s+working\s+time\s*:\s*about\s*\d+(?:\.\d+)?\s*%\s*\.?|업\s*무\s*비\s*중\s*:\s*약\s*\d+(?:\.\d+)?\s*%\s*\.?/giu;

export function ownDutyText(text: string): string {
  const kept = text.split(SHARE_SENTENCE).map((segment) => {
    const markers = [...segment.matchAll(POSITION_MARKER)];
    const last = markers.at(-1);
    return last === undefined ? segment : segment.slice(last.index + last[0].length);
  });
  return kept
    .map((segment) => segment.trim())
    .filter((segment) => segment !== "")
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
