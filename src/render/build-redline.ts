/** The redline of the contract duty annex: the earlier duty clauses against the new ones, word by word, as tracked deletions and insertions. */
import { textIn, type DocLang, type TextValue } from "../case/local-text.js";
import { dutyClauseText } from "./duty-words.js";

/** A duty clause as the redline compares it: a case duty, or one read from the earlier annex (whose share may be unknown). */
export interface RedlineDuty {
  readonly text: TextValue;
  readonly share?: number;
}

export type RedlineSegment = { readonly kind: "same" | "del" | "ins"; readonly text: string };

export interface RedlineLine {
  /** Clause number, e.g. "2.1". */
  readonly number: string;
  readonly segments: readonly RedlineSegment[];
}

export interface RedlineSection {
  readonly lang: DocLang;
  readonly heading: string;
  readonly lines: readonly RedlineLine[];
}

export interface Redline {
  readonly title: string;
  readonly intro: string;
  readonly author: string;
  /** ISO date the changes are dated (the case's document date). */
  readonly date: string;
  readonly sections: readonly RedlineSection[];
}

/** One changed clause, for the consistency report. */
export interface RedlineChange {
  readonly lang: DocLang;
  readonly clause: string;
  readonly deleted: string;
  readonly inserted: string;
}

const TEXTS: Readonly<Record<DocLang, { title: string; intro: string; heading: string }>> = {
  ko: {
    title: "고용계약서 직무 내용 부속서 변경 대조표",
    intro: "종전 신청의 직무 내용을 삭제 표시로, 이번 신청의 직무 내용을 삽입 표시로 적었습니다(변경 내용 추적).",
    heading: "직무 내용",
  },
  en: {
    title: "Contract duty annex: changes from the earlier application",
    intro:
      "The earlier application's duties are shown as deletions and this application's duties as insertions (tracked changes).",
    heading: "Duties",
  },
};

/** Words with the space that follows each, so joining the pieces gives back the text. */
function words(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

/** Word-level difference of two texts (longest common subsequence), merged into runs of one kind. */
export function diffWords(before: string, after: string): RedlineSegment[] {
  const a = words(before);
  const b = words(after);
  const key = (w: string): string => w.trim();
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lcs[i]![j] = key(a[i]!) === key(b[j]!) ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: RedlineSegment[] = [];
  const push = (kind: RedlineSegment["kind"], text: string): void => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) out[out.length - 1] = { kind, text: last.text + text };
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && key(a[i]!) === key(b[j]!)) {
      push("same", b[j]!);
      i += 1;
      j += 1;
    } else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      // Deletions before insertions, so a replaced phrase reads struck-through first, then its replacement.
      push("del", a[i]!);
      i += 1;
    } else {
      push("ins", b[j]!);
      j += 1;
    }
  }
  return out;
}

// The new clauses read as the new annex prints them (Korean in 한다체); the earlier ones as they were filed.
const clauseText = (d: RedlineDuty | undefined, lang: DocLang, printed = false): string => {
  if (!d) return "";
  const text = printed
    ? dutyClauseText(d, lang)
    : textIn(d.text, lang)
        ?.replace(/\s+/g, " ")
        .trim()
        .replace(/[.。]+$/, "");
  return `${text ?? ""}${d.share === undefined ? "" : ` (${d.share}%)`}`;
};

/** The redline in each language the packet is written in that both duty lists hold; clauses are paired by position. */
export function buildRedline(input: {
  before: readonly RedlineDuty[];
  after: readonly RedlineDuty[];
  langs: readonly DocLang[];
  author: string;
  date: string;
}): Redline | undefined {
  const langs = input.langs.filter((lang) =>
    [...input.before, ...input.after].every((d) => textIn(d.text, lang) !== undefined),
  );
  if (langs.length === 0 || input.before.length === 0) return undefined;
  const count = Math.max(input.before.length, input.after.length);
  const sections = langs.map((lang) => ({
    lang,
    heading: TEXTS[lang].heading,
    lines: Array.from({ length: count }, (_, i) => ({
      number: `2.${i + 1}`,
      segments: diffWords(clauseText(input.before[i], lang), clauseText(input.after[i], lang, true)),
    })),
  }));
  const pick = (key: "title" | "intro"): string => langs.map((lang) => TEXTS[lang][key]).join(" / ");
  return { title: pick("title"), intro: pick("intro"), author: input.author, date: input.date, sections };
}

/** The changed clauses of a redline, deleted and inserted words joined, for the consistency report. */
export function redlineChanges(redline: Redline): RedlineChange[] {
  return redline.sections.flatMap((section) =>
    section.lines
      .filter((line) => line.segments.some((s) => s.kind !== "same"))
      .map((line) => ({
        lang: section.lang,
        clause: line.number,
        deleted: line.segments
          .filter((s) => s.kind === "del")
          .map((s) => s.text.trim())
          .join(" … "),
        inserted: line.segments
          .filter((s) => s.kind === "ins")
          .map((s) => s.text.trim())
          .join(" … "),
      })),
  );
}
