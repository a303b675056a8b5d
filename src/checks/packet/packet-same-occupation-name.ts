/** Checks that every document gives the selected occupation's official name, in each of its languages. */
import { inLanguages, mentions } from "./expected-strings.js";
import { definePacketCheck } from "./types.js";

export const packetSameOccupationName = definePacketCheck({
  meta: {
    id: "packet-same-occupation-name",
    description:
      "Every document gives the official name of the selected occupation (English and/or Korean, as its language).",
    descriptionKo:
      "모든 서류에 신청 직종의 공식 명칭이 서류 언어에 맞게(한국어, 영어 또는 둘 다) 적혀 있는지 확인합니다.",
    severity: "error",
    source:
      "e7-align rule: every document names the selected occupation by its official name in the manual's list (MOJ-2026-09 p.232-234)",
    messages: { missing: '{{file}} does not give the occupation name "{{name}}".' },
    messagesKo: {
      missing: '{{file}}에 직종명("{{name}}")이 나오지 않습니다.',
    },
  },
  run(context, report) {
    for (const doc of context.documents) {
      for (const name of inLanguages(doc, context.occupation.nameEn, context.occupation.nameKo)) {
        if (!mentions(doc, name)) report({ messageId: "missing", data: { file: doc.file, name }, file: doc.file });
      }
    }
  },
});
