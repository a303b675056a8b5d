/**
 * Checks the case's language-neutral names for text that one language's documents would print in the other:
 * a client or product written once as an English phrase (Korean documents print it as is), and a representative
 * named only in Hangul (English documents print the Hangul name).
 */
import { textIn } from "../case/local-text.js";
import { defineCheck } from "./types.js";

const HANGUL = /[\u3131-\u318E\uAC00-\uD7A3]/;

/**
 * True for a plain name that reads as an English phrase: two or more whitespace-separated Latin-letter words, at
 * least one of them all lower case ("Vietnamese merchants"); brand names ("Google Ads") and domains are left alone.
 */
export function readsAsEnglishPhrase(text: string): boolean {
  // An `init` placeholder ("<client or user served, ...>") is reported as a placeholder, not as a phrase.
  if (HANGUL.test(text) || /^<[^<>]+>$/.test(text.trim())) return false;
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“‘]+|[)"'”’.,;:!?]+$/g, ""))
    .filter((w) => /^[A-Za-z][A-Za-z'’-]*$/.test(w));
  return words.length >= 2 && words.some((w) => /^[a-z][a-z'’-]+$/.test(w));
}

export const detailsLanguage = defineCheck({
  meta: {
    id: "details-language",
    description:
      "Clients and products written once as an English phrase are printed as is in the Korean documents, and a representative named only in Hangul is printed in Hangul in the English documents; each needs its other language.",
    severity: "warning",
    source: "e7-align rule: each document is read in its own language (schema version 2, docs/case-format.md)",
    sourceKo:
      "서류 언어 확인(자체 기준): 각 서류는 그 서류의 언어로 읽히므로, 서류에 인쇄되는 이름과 문구는 서류의 언어로 적습니다.",
    messages: {
      englishPhrase:
        '{{field}} ("{{text}}") reads as an English phrase, and the Korean documents print it as written. Write it as { "ko": "...", "en": "{{text}}" } so that the Korean documents say it in Korean.',
      representativeHangulOnly:
        'employer.representative gives only the Hangul name "{{name}}", so the English documents print it in Hangul. Add the name in Latin letters: { "ko": "{{name}}", "en": "..." }.',
    },
    messagesKo: {
      englishPhrase:
        '{{field}} 항목("{{text}}")이 영어 문구로 보이며, 한국어 문서에 그대로 인쇄됩니다. 한국어 문서가 한국어로 적도록 { "ko": "...", "en": "{{text}}" } 형태로 쓰십시오.',
      representativeHangulOnly:
        '회사 대표자 이름 항목에 한글 이름("{{name}}")만 있어 영어 문서에도 한글로 인쇄됩니다. 로마자 이름을 함께 적으십시오: { "ko": "{{name}}", "en": "..." }.',
    },
  },
  run(context, report) {
    const { filing, employer, position } = context.case;
    // The documents' languages as generate picks them when not told otherwise: filing.languages, both by default.
    const languages = filing.languages ?? ["en", "ko"];
    if (languages.includes("ko")) {
      position.duties.forEach((duty, i) => {
        for (const key of ["products", "clients"] as const) {
          (duty[key] ?? []).forEach((item, j) => {
            if (typeof item === "string" && readsAsEnglishPhrase(item)) {
              report({
                messageId: "englishPhrase",
                path: `/position/duties/${i}/${key}/${j}`,
                data: { field: `position.duties[${i}].${key}[${j}]`, text: item },
              });
            }
          });
        }
      });
    }
    // A plain string prints in both languages, so a Hangul one is as Hangul-only as { "ko": ... } without "en".
    const representative = employer.representative;
    const korean = typeof representative === "string" ? representative : textIn(representative, "ko");
    const latin = typeof representative === "string" ? undefined : textIn(representative, "en");
    if (
      languages.includes("en") &&
      korean !== undefined &&
      latin === undefined &&
      HANGUL.test(korean) &&
      !/[A-Za-z]/.test(korean)
    ) {
      report({
        messageId: "representativeHangulOnly",
        path: "/employer/representative",
        data: { name: korean.trim() },
      });
    }
  },
});
