/** Small text-formatting helpers shared by command printers. */
import { codeOf, findOccupation, occupationLabel } from "../catalog/occupation-lookup.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import type { UiLang } from "../checks/messages/ui-lang.js";

/** A frame line's text in both UI languages; each command keeps its own small table of these. */
export interface UiText {
  readonly ko: string;
  readonly en: string;
}

/** "2224 Web developer (웹 개발자)" in English output, "2224 웹 개발자" in Korean output. */
export function occupationIn(occupation: Occupation, ui: UiLang): string {
  return ui === "ko" ? `${codeOf(occupation)} ${occupation.nameKo}` : occupationLabel(occupation);
}

/** The label of the occupation a code names in the UI language, or the code itself when the catalog has none. */
export function labelIn(catalog: Catalog, code: string, ui: UiLang): string {
  const occupation = findOccupation(catalog, code);
  return occupation ? occupationIn(occupation, ui) : code;
}

/** A frame line in the UI language with its {key} placeholders filled. */
export function fill(text: UiText, ui: UiLang, data: Readonly<Record<string, string | number>> = {}): string {
  return text[ui].replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

const SEVERITIES: Readonly<Record<string, UiText>> = {
  error: { ko: "오류", en: "error" },
  warning: { ko: "경고", en: "warning" },
  info: { ko: "참고", en: "info" },
};

/** A finding's severity word in the UI language (unknown words stay as they are). */
export function severityIn(severity: string, ui: UiLang): string {
  return SEVERITIES[severity]?.[ui] ?? severity;
}

/** "0 errors, 1 warning, 1 info" in English, "오류 0건, 경고 1건, 참고 1건" in Korean. */
export function countsIn(counts: { error: number; warning: number; info: number }, ui: UiLang): string {
  if (ui === "ko") return `오류 ${counts.error}건, 경고 ${counts.warning}건, 참고 ${counts.info}건`;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`;
}

/** Lays out rows as an aligned plain-text table (East Asian wide characters count as two columns). */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = (text: string): number => {
    let w = 0;
    for (const ch of text)
      w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch)
        ? 2
        : 1;
    return w;
  };
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => width(row[column] ?? ""))));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell + " ".repeat(widths[column]! - width(cell))))
      .join("  ")
      .trimEnd();
  return `${[line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n")}\n`;
}

/** Pretty JSON with a trailing newline, for every `--json` output. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
