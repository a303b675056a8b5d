/** Checks that a Korean document holds no English sentence and an English document no Korean one (names excepted). */
import { caseNames, withoutNames } from "./expected-strings.js";
import { definePacketCheck } from "./types.js";

/** Four or more Latin-letter words in a row, with at least one written in lower case: a phrase or sentence, not an acronym list. */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’]*(?:[ ,;:/-]+[A-Za-z][A-Za-z'’]*){3,}/g;
/** Three or more Hangul words in a row. */
const KOREAN_RUN = /[\u3131-\u318E\uAC00-\uD7A3]+(?:[ ,·]+[\u3131-\u318E\uAC00-\uD7A3]+){2,}/g;

/** Every text the case gives in one language (a Latin product name inside a Korean sentence belongs to the Korean text). */
function textsInLanguage(value: unknown, lang: "ko" | "en", out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) textsInLanguage(item, lang, out);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === lang && typeof item === "string") out.push(item);
      else textsInLanguage(item, lang, out);
    }
  }
  return out;
}

/** The words of the case's names, lower-cased: a run made only of them is a name, even when a PDF table interleaves two names. */
function nameWords(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => name.toLowerCase().split(/[^\p{L}\p{N}'’]+/u)).filter((w) => w !== ""));
}

/** The first run of the other language in a document's text that is not made of the case's names; undefined when there is none. */
export function foreignRun(
  text: string,
  lang: "ko" | "en",
  names: readonly string[],
  ownTexts: readonly string[] = [],
): string | undefined {
  const rest = withoutNames(text, names);
  const words = nameWords([...names, ...ownTexts]);
  const isName = (run: string): boolean =>
    run
      .toLowerCase()
      .split(/[^\p{L}\p{N}'’]+/u)
      .filter((w) => w !== "")
      .every((w) => words.has(w));
  for (const match of rest.matchAll(lang === "ko" ? ENGLISH_RUN : KOREAN_RUN)) {
    if (lang === "ko" && !/[a-z]{2}/.test(match[0])) continue;
    if (!isName(match[0])) return match[0];
  }
  return undefined;
}

export const packetDocumentLanguage = definePacketCheck({
  meta: {
    id: "packet-document-language",
    description:
      "A Korean document contains no English sentence and an English document no Korean sentence; names, addresses, document titles, tools, products and clients from the case are allowed.",
    descriptionKo:
      "한국어 서류에는 영어 문장이, 영어 서류에는 한국어 문장이 없는지 확인합니다. 신청 건 정보 파일에 적힌 이름, 주소, 서류 제목, 도구, 제품, 고객은 허용합니다.",
    severity: "error",
    source:
      "e7-align rule: an officer reads each document in its own language, and a Korean filing with English passages reads as unfinished machine output.",
    messages: {
      englishInKorean:
        '{{file}} is a Korean document but contains English text: "{{text}}". Give the case\'s texts in Korean ("ko") or generate an English document.',
      koreanInEnglish:
        '{{file}} is an English document but contains Korean text: "{{text}}". Give the case\'s texts in English ("en") or generate a Korean document.',
    },
    messagesKo: {
      englishInKorean:
        '{{file}}: 한국어 문서에 영어 문장이 들어 있습니다("{{text}}"). 신청 건 정보 파일의 해당 항목에 한국어("ko") 문장을 적거나 영어 문서로 생성하십시오.',
      koreanInEnglish:
        '{{file}}: 영어 문서에 한국어 문장이 들어 있습니다("{{text}}"). 신청 건 정보 파일의 해당 항목에 영어("en") 문장을 적거나 한국어 문서로 생성하십시오.',
    },
  },
  run(context, report) {
    for (const doc of context.documents) {
      if (doc.lang === "both") continue;
      const found = foreignRun(
        doc.text,
        doc.lang,
        caseNames(context.case, doc.lang),
        textsInLanguage(context.case, doc.lang),
      );
      if (found === undefined) continue;
      const text = found.length > 80 ? `${found.slice(0, 77)}...` : found;
      report({
        messageId: doc.lang === "ko" ? "englishInKorean" : "koreanInEnglish",
        data: { file: doc.file, text },
        file: doc.file,
      });
    }
  },
});
