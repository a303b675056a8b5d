/** Reports when the occupation is under the stricter domestic-employment review and what that adds (its caps: occupation-employer-cap). */
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";

/** The employer conditions the catalog's figures state, in Korean: the Korean-staff minimum and the foreign ratio. */
function conditionsInKorean(foreignRatioPercent: number | undefined, conditions: readonly string[]): string {
  const parts: string[] = [];
  const minimum = conditions.map((c) => /at least (\d+) insured korean/i.exec(c)?.[1]).find(Boolean);
  if (minimum) parts.push(`내국인 고용보험 피보험자 ${minimum}명 이상`);
  if (foreignRatioPercent) parts.push(`외국인 전문인력은 내국인 피보험자의 ${foreignRatioPercent}% 이내`);
  if (parts.length < conditions.length) parts.push("직종별 고용업체 요건");
  return parts.length > 0 ? parts.join(", ") : "고용업체 규모, 외국인 고용 비율과 임금 요건";
}

export const stricterReview = defineCheck({
  meta: {
    id: "stricter-review",
    description:
      "Occupations prone to abuse (mechanical engineers, drafters, travel product developers, overseas sales, translators/interpreters, web developers for the ratio, and others) get the domestic-employment review: employer size, foreign ratio or own caps, wage floor.",
    severity: "info",
    source: "MOJ-2026-09 p.229 (국민고용 보호 심사기준) and the occupation's criteria page",
    messages: {
      underReview:
        "{{code}} {{name}} is under the stricter domestic-employment review. {{summary}} It adds: {{conditions}}.",
    },
    messagesKo: {
      underReview:
        "{{code}} {{name|은/는}} 국민고용 보호 심사 강화 대상입니다.{{summary}} 추가 요건: {{conditions}}. 요건의 세부 내용은 직종 기준 페이지에서 확인하십시오.",
    },
  },
  run(context, report) {
    const { occupation } = context;
    const review = occupation.stricterReview;
    if (!review.applies) return;
    const code = selectedCodeOf(context);
    const conditions = [
      ...(review.employerConditions ?? []),
      ...(review.perEmployerCap ? [`per-employer cap: ${review.perEmployerCap}`] : []),
    ];
    report({
      messageId: "underReview",
      path: "/selectedCode",
      data: {
        code,
        name: occupation.nameEn,
        summary: review.summary,
        // The catalog states the summary and conditions in English; the Korean message gives what its numbers say.
        summaryKo: "",
        conditionsKo: conditionsInKorean(review.foreignRatioPercent ?? undefined, review.employerConditions ?? []),
        conditions:
          conditions.length > 0
            ? conditions.join("; ")
            : "the employer-size rule, the 20% foreign ratio and the wage floor",
      },
    });
  },
});
