/** Warns when a Recruitment Reason Statement cites no occupation code at all. */
import { defineVerifyCheck } from "./types.js";

export const verifyRrsCodeMissing = defineVerifyCheck({
  meta: {
    id: "verify-rrs-code-missing",
    description: "The Recruitment Reason Statement states the occupation code filed.",
    severity: "warning",
    source:
      "The Recruitment Reason Statement names the occupation it recruits for by its code, so the officer can tie it to the application.",
    messages: {
      codeMissing: "The Recruitment Reason Statement does not state the occupation code {{code}}.",
    },
    messagesKo: {
      codeMissing: "고용사유서에 직종코드 {{code|이/가}} 적혀 있지 않습니다.",
    },
    fixes: {
      codeMissing: 'State it, e.g. "Occupation code: {{code}} {{nameEn}} ({{nameKo}})".',
    },
    fixesKo: {
      codeMissing: '코드를 적으십시오. 예: "직종코드: {{code}} {{nameKo}}({{nameEn}})".',
    },
  },
  run(context, report) {
    const { occupation, selectedCode: code } = context;
    for (const { verified: doc, mentions } of context.documents) {
      if (doc.role !== "rrs" || mentions.length > 0) continue;
      report({
        messageId: "codeMissing",
        data: { code, nameEn: occupation.nameEn, nameKo: occupation.nameKo },
        file: doc.path,
        codes: [code],
      });
    }
  },
});
