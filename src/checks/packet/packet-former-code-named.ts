/** Checks that a cover letter names both the former-edition code filed earlier and its current number. */
import { definePacketCheck } from "./types.js";

export const packetFormerCodeNamed = definePacketCheck({
  meta: {
    id: "packet-former-code-named",
    description:
      "When the earlier application used a number from an older list edition, the cover letter names that number and the current one.",
    descriptionKo:
      "이전 신청에서 예전 목록 판의 코드를 썼다면, 재신청 사유서에 그 코드와 현행 코드를 함께 적었는지 확인합니다.",
    severity: "error",
    source:
      "e7-align rule: when the earlier filing used a number from an older list edition (MOJ-2026-09 p.232-234 gives the current numbers), the cover letter names both numbers so the officer can connect the two files",
    messages: {
      missingCover: "The case is a {{kind}}, but no cover letter was written.",
      missingCode: "{{file}} does not name code {{code}}.",
    },
    messagesKo: {
      missingCover: "{{kind}} 신청인데 그 설명서(재신청 사유서 또는 보완서류 제출 설명서)가 작성되지 않았습니다.",
      missingCode: "{{file}}에 코드 {{code|이/가}} 나오지 않습니다.",
    },
  },
  run(context, report) {
    const prior = context.view.prior;
    if (!prior) return;
    const covers = context.documents.filter((doc) => doc.kind === "cover-letter");
    if (covers.length === 0) {
      // The Korean message names the filing kind in Korean, not by its schema value.
      const kindKo = context.case.filing.kind === "supplement" ? "보완서류 제출" : "재신청";
      report({ messageId: "missingCover", data: { kind: context.case.filing.kind, kindKo } });
      return;
    }
    const codes = [...new Set(prior.formerEdition ? [prior.code, prior.currentCode] : [prior.code])];
    for (const doc of covers)
      for (const code of codes)
        if (!doc.compact.includes(code))
          report({ messageId: "missingCode", data: { file: doc.file, code }, file: doc.file });
  },
});
