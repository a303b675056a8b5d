/** Checks that an occupation whose criteria make a ministry employment recommendation (고용추천서) mandatory has one among the case's documents. */
import type { CaseDocument } from "../case/types.js";
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";

/** The case's employment recommendations, applicant's and employer's, with their JSON pointers. */
export function recommendationsIn(documents: {
  applicant: readonly CaseDocument[];
  employer?: readonly CaseDocument[] | undefined;
}): { doc: CaseDocument; path: string }[] {
  return [
    ...documents.applicant.map((doc, i) => ({ doc, path: `/applicant/documents/${i}` })),
    ...(documents.employer ?? []).map((doc, i) => ({ doc, path: `/employer/documents/${i}` })),
  ].filter(({ doc }) => doc.kind === "employment-recommendation");
}

export const employmentRecommendation = defineCheck({
  meta: {
    id: "employment-recommendation",
    description:
      "Where the occupation's criteria require an employment recommendation from a ministry or agency (e.g. MCST for 2832, MOTIE for shipbuilding welders), the application is incomplete without it.",
    severity: "error",
    blocksGeneration: false,
    source:
      "MOJ-2026-09 p.213-231 (고용추천서 in place of the invitation reason) and the occupation's criteria page (catalog recommendation)",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 213~231쪽(초청 사유를 대신하는 고용추천서)과 직종별 세부 기준(고용추천서가 필요한 직종과 추천 기관)",
    messages: {
      missingRecommendation:
        "{{code}} {{name}} needs an employment recommendation (고용추천서) from {{by}}, and none is among the case's documents: {{note}} Apply for it (recommendations are issued online through the Korea Visa Portal) and add it to the company documents of the case as an employment recommendation, with its issuer and issue date.",
      conditionalRecommendation:
        "{{code}} {{name}} needs an employment recommendation from {{by}} in some cases: {{note}} If this case is one of them, add the recommendation (issuer, issue date) to the case's company documents.",
    },
    messagesKo: {
      missingRecommendation:
        "{{code}} {{name}} 직종은 {{by}}의 고용추천서가 필요한데, 신청 건 정보 파일의 서류 가운데 고용추천서가 없습니다. {{note}}고용추천서를 대한민국 비자포털(visa.go.kr)에서 온라인으로 발급받아 회사 서류 목록에 고용추천서(발급 기관, 발급일)를 추가하십시오.",
      conditionalRecommendation:
        "{{code}} {{name}} 직종은 경우에 따라 {{by}}의 고용추천서가 필요합니다. {{note}}신청 건이 그에 해당하면 회사 서류 목록에 고용추천서(발급 기관, 발급일)를 추가하십시오.",
    },
  },
  run(context, report) {
    const { occupation } = context;
    const recommendation = occupation.recommendation;
    if (recommendation.status !== "required" && recommendation.status !== "conditional") return;
    const held = recommendationsIn({
      applicant: context.case.applicant.documents,
      employer: context.case.employer.documents,
    });
    if (held.length > 0) return;
    const data = {
      code: selectedCodeOf(context),
      name: occupation.nameEn,
      by: recommendation.by ?? "the responsible ministry",
      byKo: recommendation.byKo ?? recommendation.by ?? "소관 부처",
      note: recommendation.note,
      // A Korean message prints the catalog's Korean note; a required entry has one only where it adds to "mandatory".
      noteKo: recommendation.noteKo ? `${recommendation.noteKo} ` : "",
    };
    if (recommendation.status === "required")
      report({ messageId: "missingRecommendation", path: "/employer/documents", data });
    else report({ messageId: "conditionalRecommendation", severity: "warning", path: "/employer/documents", data });
  },
});
