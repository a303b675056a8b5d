/** Checks that every document gives the position title of the case, in each of its languages. */
import { inLanguages, mentions } from "./expected-strings.js";
import { definePacketCheck } from "./types.js";

export const packetSameTitle = definePacketCheck({
  meta: {
    id: "packet-same-title",
    description: "Every document gives the position title exactly as the case file has it.",
    descriptionKo: "모든 서류에 직무명이 신청 건 정보 파일에 적힌 그대로 적혀 있는지 확인합니다.",
    severity: "error",
    source: "e7-align rule: every document gives the position title exactly as the case file has it",
    messages: { missing: '{{file}} does not give the position title "{{title}}".' },
    messagesKo: {
      missing: '{{file}}에 직무명("{{title}}")이 나오지 않습니다.',
    },
  },
  run(context, report) {
    const title = context.case.position.title;
    for (const doc of context.documents) {
      for (const text of inLanguages(doc, title.en, title.ko)) {
        if (!mentions(doc, text))
          report({ messageId: "missing", data: { file: doc.file, title: text }, file: doc.file });
      }
    }
  },
});
