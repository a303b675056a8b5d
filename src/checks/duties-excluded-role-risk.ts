/**
 * Warns when part of the duties reads as a role the catalog excludes from the selected code: too little of them for
 * `duties-excluded-role`, but more than the duties that show the occupation's core work, so the list is no clear
 * match. An officer who reads those clauses sees the excluded job.
 */
import { defineCheck } from "./types.js";
import { exclusionData } from "./check-helpers.js";

export const dutiesExcludedRoleRisk = defineCheck({
  meta: {
    id: "duties-excluded-role-risk",
    description:
      "No part of the duties may read as a role the catalog excludes from the selected code more than the duties show the code's core work.",
    severity: "warning",
    source:
      "MOJ-2026-09 p.235-297 (직종설명: roles named as not belonging to each occupation); catalog excludedTitles and scope",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(직종설명: 직종마다 해당하지 않는 역할을 밝힙니다), 직종설명에 따라 정리한 직종별 제외 직무와 직무 범위",
    messages: {
      partlyExcluded:
        'Duties {{statements}} ({{share}}% of the working time) read as "{{role}}" ({{roleKo}}), which the catalog excludes from {{selectedCode}} {{selectedName}} ("Not this occupation": {{reason}}). They outweigh the duties that show {{selectedCode}}\'s core work: rewrite them to show that work, or leave them out if they are not part of the job.',
    },
    messagesKo: {
      partlyExcluded:
        '담당업무 {{statements}}번(근무시간의 {{share}}%)이 "{{roleKo}}"({{role}}) 직무로 읽히는데, 카탈로그는 이 직무를 {{selectedCode}} {{selectedName}}에서 제외합니다. 제외 사유: {{reason}}. 이 업무가 {{selectedCode}}의 핵심 업무를 보여 주는 업무보다 많으므로, 핵심 업무가 드러나도록 다시 쓰거나 실제 직무가 아니라면 빼십시오.',
    },
  },
  run(context, report) {
    const { match } = context;
    const risk = match.excludedRoleRisk;
    if (!risk || match.verdict !== "ambiguous") return;
    report({ messageId: "partlyExcluded", path: "/position/duties", data: exclusionData(context, risk) });
  },
});
