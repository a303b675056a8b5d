/** Warns when a Recruitment Reason Statement does not name the filed occupation or one of its titles. */
import { defineVerifyCheck } from "./types.js";

export const verifyRrsTitleMissing = defineVerifyCheck({
  meta: {
    id: "verify-rrs-title-missing",
    description: "The Recruitment Reason Statement names the filed occupation or one of its titles.",
    severity: "warning",
    source:
      "The Recruitment Reason Statement names the position as the occupation it is filed under, so the officer reads both as one job.",
    messages: {
      titleMissing:
        "The Recruitment Reason Statement does not name the occupation {{nameEn}} ({{nameKo}}) or one of its titles.",
    },
    messagesKo: {
      titleMissing: "고용사유서에 직종명 {{nameKo}}({{nameEn}}) 또는 그 직종의 직위명이 나오지 않습니다.",
    },
    fixes: {
      titleMissing: 'Name the position as the occupation it is filed under, e.g. "{{nameEn}}" / "{{nameKo}}".',
    },
    fixesKo: {
      titleMissing: '직위를 신청 직종의 이름으로 적으십시오. 예: "{{nameKo}}" / "{{nameEn}}".',
    },
  },
  run(context, report) {
    const { occupation } = context;
    for (const { verified: doc, namesOccupation } of context.documents) {
      if (doc.role !== "rrs" || namesOccupation) continue;
      report({
        messageId: "titleMissing",
        data: { nameEn: occupation.nameEn, nameKo: occupation.nameKo },
        file: doc.path,
        codes: [context.selectedCode],
      });
    }
  },
});
