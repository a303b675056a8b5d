/**
 * Language layout for the document builders: one language, or both with every piece in Korean first, then
 * English (the usual layout of bilingual Korean contracts).
 */
import { clause, paragraph } from "../model/build.js";
import type { Block, DocumentLang } from "../model/nodes.js";
import type { TemplateLang, Templates } from "./templates.js";

/** Renders templates and labels in the document's language(s). */
export interface Composer {
  readonly lang: DocumentLang;
  /** The languages in drawing order: ["ko", "en"] for bilingual documents. */
  readonly langs: readonly TemplateLang[];
  /** A label: "직위 / Position title" when bilingual. */
  readonly label: (key: string) => string;
  /** A number with its unit label: "40시간 / 40 hours" when bilingual (no space before a Korean unit). */
  readonly quantity: (amount: number | string, unitKey: string) => string;
  /** A pre-formatted value in the document's language(s): "한국어 / English" when bilingual. */
  readonly pick: (value: { readonly ko: string; readonly en: string }) => string;
  /** A label in one language. */
  readonly labelIn: (key: string, lang: TemplateLang) => string;
  /** A template's paragraphs, Korean first then English when bilingual. */
  readonly text: (id: string, data: object) => readonly string[];
  /** A template as paragraph blocks. */
  readonly paragraphs: (id: string, data: object, clauseId?: string) => readonly Block[];
  /** A template as one numbered clause. */
  readonly clause: (
    number: string,
    id: string,
    data: object,
    clauseId: string,
    options?: { title?: string; level?: 0 | 1 },
  ) => Block;
}

/** Creates the composer for a language setting. */
export function createComposer(templates: Templates, lang: DocumentLang): Composer {
  const langs: readonly TemplateLang[] = lang === "both" ? ["ko", "en"] : [lang];
  const text = (id: string, data: object): readonly string[] => langs.flatMap((l) => templates.render(id, l, data));
  return {
    lang,
    langs,
    label: (key) => langs.map((l) => templates.label(key, l)).join(" / "),
    labelIn: (key, l) => templates.label(key, l),
    pick: (value) => [...new Set(langs.map((l) => value[l]))].join(" / "),
    quantity: (amount, unitKey) =>
      langs
        .map((l) =>
          l === "ko" ? `${amount}${templates.label(unitKey, l)}` : `${amount} ${templates.label(unitKey, l)}`,
        )
        .join(" / "),
    text,
    paragraphs: (id, data, clauseId = id) => text(id, data).map((t) => paragraph(t, clauseId)),
    clause: (number, id, data, clauseId, options = {}) => clause(number, text(id, data), clauseId, options),
  };
}
