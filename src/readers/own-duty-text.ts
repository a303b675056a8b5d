/**
 * The case's own duty text inside a duty clause as the annex prints it: "<catalog task>. In this position: <duty>
 * (tools: <names>; clients: <names>). Share of working time: about 40%." Only the duty and the names it lists are
 * the user's facts; the catalog's task sentence, the list labels and the share sentence are the tool's words, so
 * consistency checks must not score them. Text without these markers (documents written elsewhere, or templates that
 * no longer print the task) comes back unchanged.
 */
import { DETAIL_KINDS, DETAIL_LABELS } from "../render/duty-words.js";

/** "In this position:" and "이 직위에서의 구체적 업무:", with any spacing a PDF extraction leaves. */
const POSITION_MARKER = /In\s*this\s*position\s*:|이\s*직\s*위\s*에\s*서\s*의\s*구\s*체\s*적\s*업\s*무\s*:/giu;
/** The same marker, for a plain test (a global pattern keeps state between tests). */
const POSITION_MARKER_TEST = new RegExp(POSITION_MARKER.source, "iu");
/** The share sentence the annex ends each clause with. */
const SHARE_SENTENCE =
  /Share\s+of\s+working\s+time\s*:\s*about\s*\d+(?:\.\d+)?\s*%\s*\.?|업\s*무\s*비\s*중\s*:\s*약\s*\d+(?:\.\d+)?\s*%\s*\.?/giu;

/** A list label the annex prints after "(" or "; " ("tools:", "고객:"), with any spacing a PDF extraction leaves. */
const DETAIL_LABEL = new RegExp(
  `(?<=[(（;]\\s*)(?:${(["en", "ko"] as const)
    .flatMap((lang) => DETAIL_KINDS.map((kind) => [...DETAIL_LABELS[lang][kind].replace(/\s+/g, "")].join("\\s*")))
    .join("|")})\\s*:\\s*`,
  "giu",
);

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
    .replace(DETAIL_LABEL, "")
    .replace(/\s+/g, " ")
    .trim();
}

const STARTS_WITH_MARKER =
  /^\s*(?:In\s*this\s*position\s*:|이\s*직\s*위\s*에\s*서\s*의\s*구\s*체\s*적\s*업\s*무\s*:)/iu;

/**
 * The same over a duty section split into statements, where the task sentence arrives as a statement of its own
 * just before the one that starts "In this position:": that statement is dropped and its share goes to the duty.
 */
export function ownDuties<T extends { readonly text: string; readonly share?: number }>(duties: readonly T[]): T[] {
  const kept: T[] = [];
  duties.forEach((duty, i) => {
    const next = duties[i + 1];
    const isTaskSentence =
      next !== undefined &&
      STARTS_WITH_MARKER.test(next.text) &&
      !STARTS_WITH_MARKER.test(duty.text) &&
      !POSITION_MARKER_TEST.test(duty.text);
    if (isTaskSentence) return;
    const previous = duties[i - 1];
    const carried =
      STARTS_WITH_MARKER.test(duty.text) &&
      previous !== undefined &&
      !STARTS_WITH_MARKER.test(previous.text) &&
      !POSITION_MARKER_TEST.test(previous.text)
        ? previous.share
        : undefined;
    const text = ownDutyText(duty.text) || duty.text;
    const share = duty.share === undefined ? carried : duty.share + (carried ?? 0);
    kept.push({ ...duty, text, ...(share === undefined ? {} : { share }) });
  });
  return kept;
}
