/** Checks that every document names the selected occupation code, and no other code as the one filed. */
import { definePacketCheck } from "./types.js";

/** "occupation code 2224", "직종 코드 2224", "직종 코드: 2224" (the code tables print label and code in adjacent cells). */
const CODE_MENTION = /(?:occupation code|직종\s*코드)\s*[:：]?\s*(?:\/\s*[A-Za-z ]+\s*)?((?:S)?\d{3,4}|E-7-S\d)\b/giu;

export const packetSameCode = definePacketCheck({
  meta: {
    id: "packet-same-code",
    description: "Every document of the packet names the selected occupation code and no other code as the code filed.",
    descriptionKo: "모든 서류에 신청 직종코드가 적혀 있고, 다른 코드가 신청 코드로 적혀 있지 않은지 확인합니다.",
    severity: "error",
    source:
      "e7-align rule: an officer compares the contract, the RRS and the cover letter side by side, so they must all name the code filed on the application",
    messages: {
      missing: "{{file}} does not mention the selected code {{code}}.",
      otherCode: "{{file}} names occupation code {{other}}, but the packet files {{code}}.",
    },
    messagesKo: {
      missing: "{{file}}에 신청 직종코드 {{code|이/가}} 나오지 않습니다.",
      otherCode: "{{file}}에는 직종코드 {{other|이/가}} 적혀 있지만, 신청 코드는 {{code}}입니다.",
    },
  },
  run(context, report) {
    const code = context.selectedCode;
    const prior = context.view.prior;
    for (const doc of context.documents) {
      if (!doc.compact.includes(code)) report({ messageId: "missing", data: { file: doc.file, code }, file: doc.file });
      // The cover letter must name the earlier code; everywhere else only the selected code may appear.
      const allowed = new Set([code, ...(doc.kind === "cover-letter" && prior ? [prior.code, prior.currentCode] : [])]);
      const others = new Set<string>();
      for (const match of doc.text.matchAll(CODE_MENTION)) if (!allowed.has(match[1]!)) others.add(match[1]!);
      for (const other of [...others].sort())
        report({ messageId: "otherCode", data: { file: doc.file, code, other }, file: doc.file });
    }
  },
});
