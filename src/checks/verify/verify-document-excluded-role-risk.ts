/**
 * Warns when part of a document's duties reads as a role the catalog excludes from the filed occupation, more than
 * its duties show the occupation's core work (too little of them for verify-document-excluded-role).
 */
import { occupationLabel } from "../../catalog/resolve-code.js";
import { defineVerifyCheck } from "./types.js";
import { quoteList, roleData, tasksToward } from "./verify-helpers.js";

export const verifyDocumentExcludedRoleRisk = defineVerifyCheck({
  meta: {
    id: "verify-document-excluded-role-risk",
    description:
      "No part of a document's duties reads as a role the catalog excludes from the filed occupation more than its duties show the occupation's core work.",
    severity: "warning",
    source:
      "The occupation's scope in the E-7 list rules some roles out by name; an officer who reads clauses of such a role beside little of the occupation's own work sees the excluded job.",
    messages: {
      partlyExcluded:
        'Clauses {{clauses}} of the {{role}} ({{share}}% of the working time) read as "{{excluded}}", which the catalog excludes from the filed {{filed}}: {{reason}} They outweigh the clauses that show the occupation\'s core work.',
    },
    messagesKo: {
      partlyExcluded:
        '{{role}}의 {{clauses}}번 조항(근무시간의 {{share}}%)이 "{{excluded}}" 역할로 읽히는데, 카탈로그는 이 역할을 신청 직종 {{filed}}에서 제외합니다: {{reason}} 이 조항들이 직종의 핵심 업무를 보여 주는 조항보다 많습니다.',
    },
    fixes: {
      rewrite:
        "Rewrite those clauses to show {{code}} work, or leave them out if they are not part of the job, e.g. {{tasks}}.",
    },
    fixesKo: {
      rewrite: "그 조항들을 {{code}} 업무가 드러나도록 고쳐 쓰거나, 실제 업무가 아니라면 빼십시오. 예: {{tasksKo}}.",
    },
  },
  run(context, report) {
    const { occupation, selectedCode: code } = context;
    for (const { verified: doc, match } of context.documents) {
      const risk = match.excludedRoleRisk;
      if (doc.verdict !== "ambiguous" || !risk) continue;
      report({
        messageId: "partlyExcluded",
        fixId: "rewrite",
        data: {
          ...roleData(doc.role),
          clauses: risk.statements.map((i) => i + 1).join(", "),
          share: Math.round(risk.share * 100),
          excluded: risk.role.en,
          excludedKo: risk.role.ko,
          filed: occupationLabel(occupation),
          reason: risk.reason,
          code,
          tasks: quoteList(tasksToward(occupation, [], 3)),
          tasksKo: quoteList(tasksToward(occupation, [], 3, [], "ko")),
        },
        file: doc.path,
        statements: [...risk.statements],
        codes: [code, ...(risk.useCode ? [risk.useCode] : [])],
      });
    }
  },
});
