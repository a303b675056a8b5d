/** Reports when the occupation is under the stricter domestic-employment review and what that adds (its caps: occupation-employer-cap). */
import { defineCheck } from "./types.js";
import { citationsKo } from "../catalog/citation-ko.js";
import type { Occupation } from "../catalog/types.js";
import { conditionsInKorean, selectedCodeOf } from "./check-helpers.js";

/** The manual's criteria pages for an occupation (its stay-manual citations from p.235 on, where the per-occupation criteria start). */
export function criteriaPagesOf(occupation: Occupation): string[] {
  const pages = occupation.sources.filter((source) => {
    const page = /^MOJ-2026-09 p\.(\d+)/.exec(source);
    return page !== null && Number(page[1]) >= 235;
  });
  return pages.length > 0 ? pages : ["MOJ-2026-09 p.235-297"];
}

export const stricterReview = defineCheck({
  meta: {
    id: "stricter-review",
    description:
      "Occupations prone to abuse (mechanical engineers, drafters, travel product developers, overseas sales, translators/interpreters, web developers for the ratio, and others) get the domestic-employment review: employer size, foreign ratio or own caps, wage floor.",
    severity: "info",
    source: "MOJ-2026-09 p.229 (국민고용 보호 심사기준) and the occupation's criteria page",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 229쪽(국민고용 보호 심사기준)과 직종별 세부 기준",
    messages: {
      underReview:
        "{{code}} {{name}} is under the stricter domestic-employment review. {{summary}} It adds: {{conditions}}. The details are on {{criteria}}.",
    },
    messagesKo: {
      underReview:
        "{{code}} {{name|은/는}} 국민고용 보호 심사 강화 대상입니다.{{summary}} 추가 요건: {{conditions}}. 요건의 세부 내용은 {{criteria}}에서 확인하십시오.",
    },
  },
  run(context, report) {
    const { occupation } = context;
    const review = occupation.stricterReview;
    if (!review.applies) return;
    const code = selectedCodeOf(context);
    const criteria = criteriaPagesOf(occupation);
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
        criteria: criteria.join("; "),
        criteriaKo: citationsKo(context.catalog, criteria),
        // The catalog states the summary and conditions in English; the Korean message gives what its numbers say.
        summaryKo: "",
        conditionsKo: conditionsInKorean(
          review.foreignRatioPercent ?? undefined,
          review.employerConditions ?? [],
          code,
        ),
        conditions:
          conditions.length > 0
            ? conditions.join("; ")
            : "the employer-size rule, the 20% foreign ratio and the wage floor",
      },
    });
  },
});
