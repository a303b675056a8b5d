/** Warns that the filed occupation is under stricter domestic-employment review. */
import { occupationLabel } from "../../catalog/resolve-code.js";
import { conditionsInKorean } from "../check-helpers.js";
import { defineVerifyCheck } from "./types.js";

export const verifyStricterReview = defineVerifyCheck({
  meta: {
    id: "verify-stricter-review",
    description:
      "An occupation under stricter domestic-employment review is flagged, since its duties are read more closely.",
    severity: "warning",
    source:
      "Occupations the catalog marks for stricter review of domestic employment get a closer reading of the duties and more employer documents.",
    messages: {
      stricterReview: "{{filed}} is under stricter domestic-employment review: {{summary}}",
    },
    messagesKo: {
      stricterReview: "{{filed|은/는}} 국민고용 보호 심사 강화 대상입니다. 추가 요건: {{summary}}.",
    },
    fixes: {
      stricterReview:
        "Make every duty clause concrete and specific to this occupation, and prepare the employer documents the review asks for.",
    },
    fixesKo: {
      stricterReview:
        "업무 조항마다 이 직종에 맞는 구체적인 내용을 적고, 심사에서 요구하는 고용주 서류를 준비하십시오.",
    },
  },
  run(context, report) {
    const { occupation } = context;
    if (!occupation.stricterReview.applies) return;
    report({
      messageId: "stricterReview",
      data: {
        filed: occupationLabel(occupation),
        summary: occupation.stricterReview.summary,
        // The catalog's summary is English; the Korean message gives the conditions its figures state.
        summaryKo: conditionsInKorean(
          occupation.stricterReview.foreignRatioPercent ?? undefined,
          occupation.stricterReview.employerConditions ?? [],
          context.selectedCode,
        ),
      },
      codes: [context.selectedCode],
    });
  },
});
