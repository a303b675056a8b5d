/** Warns when the case records no effort to hire a Korean: the RRS then has no domestic recruitment record to show. */
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";

export const domesticRecruitment = defineCheck({
  meta: {
    id: "domestic-recruitment",
    description:
      "The case records at least one effort to recruit a Korean for the job (channel, period, applicants, outcome), which the Recruitment Reason Statement shows as the reason for hiring a foreign national.",
    severity: "warning",
    source:
      "MOJ-2026-09 p.229 (국민고용 보호 심사기준: the need to employ a foreign national is reviewed against the domestic labour market)",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 229쪽(국민고용 보호 심사기준: 외국인 고용의 필요성을 국내 노동시장에 비추어 심사합니다)",
    messages: {
      none: "recruitment.domesticEfforts is empty, so the Recruitment Reason Statement has no domestic recruitment record to show why no Korean was hired. Advertise the job (for example on Work24) and record each channel, period, applicants and outcome.",
      noneStricter:
        "recruitment.domesticEfforts is empty, and {{code}} {{name}} is under the stricter domestic-employment review: without a domestic recruitment record the Recruitment Reason Statement cannot show why no Korean was hired. Advertise the job (for example on Work24) and record each channel, period, applicants and outcome before filing.",
    },
    messagesKo: {
      none: "국민 채용 노력(구인공고) 기록이 비어 있어 고용사유서에 국민 채용 노력을 보여 줄 기록이 없습니다. 고용24 등에 구인공고를 내고 경로, 기간, 지원자 수와 결과를 기록하십시오.",
      noneStricter:
        "국민 채용 노력(구인공고) 기록이 비어 있습니다. {{code}} {{name}} 직종은 국민고용 보호 심사 대상이므로, 국민 채용 노력 기록이 없으면 고용사유서로 국민을 채용하지 못한 이유를 보여 줄 수 없습니다. 신청 전에 고용24 등에 구인공고를 내고 경로, 기간, 지원자 수와 결과를 기록하십시오.",
    },
  },
  run(context, report) {
    if (context.case.recruitment.domesticEfforts.length > 0) return;
    const { occupation } = context;
    if (occupation.stricterReview.applies) {
      report({
        messageId: "noneStricter",
        severity: "error",
        path: "/recruitment/domesticEfforts",
        data: { code: selectedCodeOf(context), name: occupation.nameEn },
      });
    } else report({ messageId: "none", path: "/recruitment/domesticEfforts" });
  },
});
