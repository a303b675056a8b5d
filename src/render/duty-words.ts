/**
 * How a duty clause prints the case's duty: its text, then its tools, products and clients in brackets, each list
 * after a label ("tools: React, TypeScript; clients: Vietnamese consumers"). The labels are the tool's words; the
 * text and the listed names are the user's facts, and `dutyClauseWords` is exactly those facts in print order, so
 * that validate can judge a duty as its clause will read and the read-back can score the same words.
 */
import { textIn, type DocLang } from "../case/local-text.js";
import type { Duty } from "../case/types.js";
import { toRegister } from "../text/korean-register.js";
import { flatten } from "../text/flatten.js";

/** The kinds of specifics a duty may list, in the order a clause prints them. */
export const DETAIL_KINDS = ["tools", "products", "clients"] as const;
export type DetailKind = (typeof DETAIL_KINDS)[number];

/** The label printed before each list, per document language. */
export const DETAIL_LABELS: Readonly<Record<DocLang, Readonly<Record<DetailKind, string>>>> = {
  en: { tools: "tools", products: "products", clients: "clients" },
  ko: { tools: "사용 도구", products: "대상 제품", clients: "고객" },
};

/** Each list the duty gives in `lang`, flattened; a plain string is a name and prints in both languages. */
export function dutyDetailLists(duty: Duty, lang: DocLang): readonly (readonly [DetailKind, readonly string[]])[] {
  return DETAIL_KINDS.flatMap((kind) => {
    const list = (duty[kind] ?? [])
      .map((item) => textIn(item, lang))
      .filter((t): t is string => t !== undefined && t.trim() !== "")
      .map(flatten);
    return list.length > 0 ? [[kind, list] as const] : [];
  });
}

/** The bracketed specifics as the clause prints them, labels included ("" when the duty lists none). */
export function dutyDetails(duty: Duty, lang: DocLang): string {
  return dutyDetailLists(duty, lang)
    .map(([kind, list]) => `${DETAIL_LABELS[lang][kind]}: ${list.join(", ")}`)
    .join("; ");
}

/**
 * The duty text as a clause prints it: in Korean with its sentence endings in the annex's 한다체 (유지보수합니다 ->
 * 유지보수한다), flattened, without a closing full stop (the template adds its own).
 */
export function dutyClauseText(duty: Pick<Duty, "text">, lang: DocLang): string | undefined {
  const text = textIn(duty.text, lang);
  if (text === undefined) return undefined;
  return flatten(lang === "ko" ? toRegister(text, "plain") : text).replace(/[.。]+$/, "");
}

/**
 * The user's own words a duty clause in `lang` carries: the duty text and the names it lists, without the labels
 * the tool prints between them. Undefined when the duty has no text in that language.
 */
export function dutyClauseWords(duty: Duty, lang: DocLang): string | undefined {
  const text = dutyClauseText(duty, lang);
  if (text === undefined) return undefined;
  const lists = dutyDetailLists(duty, lang).map(([, list]) => list.join(", "));
  if (lists.length === 0) return text;
  return `${text}${lang === "ko" ? "" : " "}(${lists.join("; ")})`;
}

/** True when the duty lists tools, products or clients in `lang`, so its clause carries more words than its text. */
export function hasDutyDetails(duty: Duty, lang: DocLang): boolean {
  return dutyDetailLists(duty, lang).length > 0;
}
