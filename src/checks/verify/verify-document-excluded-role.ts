/** Flags a document whose duties read as a role the catalog excludes from the filed occupation. */
import { occupationLabel } from "../../catalog/resolve-code.js";
import { defineVerifyCheck } from "./types.js";
import { quoteList, roleData, tasksToward } from "./verify-helpers.js";

export const verifyDocumentExcludedRole = defineVerifyCheck({
  meta: {
    id: "verify-document-excluded-role",
    description: "A document's duties do not read as a role the catalog rules out of the filed occupation.",
    severity: "error",
    source:
      "The occupation's scope in the E-7 list rules some roles out by name (e.g. trade clerks from overseas sales); duties that read as such a role are refused.",
    messages: {
      excludedRole:
        'The {{role}}\'s duties read as "{{excluded}}", which the catalog excludes from the filed {{filed}}: {{reason}}',
    },
    messagesKo: {
      excludedRole:
        '{{role}}의 업무는 "{{excluded}}" 역할로 읽히는데, 카탈로그는 이 역할을 신청 직종 {{filed}}에서 제외합니다: {{reason}}',
    },
    fixes: {
      useCode:
        "If that is the real job, file under {{useCode}} (see: e7-align codes show {{useCode}}); if the job really is {{code}} work, rewrite the duties to show it, e.g. {{tasks}}.",
      noCode:
        "The catalog gives no E-7 code for that role. If the job really is {{code}} work, rewrite the duties to show it, e.g. {{tasks}}.",
    },
    fixesKo: {
      useCode:
        "그것이 실제 업무라면 {{useCode|으로/로}} 신청하십시오({{useCode}} 직종의 기준 참고). 실제로 {{code}} 업무라면 그렇게 드러나도록 업무를 고쳐 쓰십시오. 예: {{tasksKo}}.",
      noCode:
        "카탈로그에는 그 역할에 맞는 E-7 코드가 없습니다. 실제로 {{code}} 업무라면 그렇게 드러나도록 업무를 고쳐 쓰십시오. 예: {{tasksKo}}.",
    },
  },
  run(context, report) {
    const { occupation, selectedCode: code } = context;
    for (const { verified: doc, match } of context.documents) {
      if (doc.verdict !== "excluded" || !match.exclusion) continue;
      const exclusion = match.exclusion;
      report({
        messageId: "excludedRole",
        fixId: exclusion.useCode ? "useCode" : "noCode",
        data: {
          ...roleData(doc.role),
          excluded: exclusion.role.en,
          excludedKo: exclusion.role.ko,
          filed: occupationLabel(occupation),
          reason: exclusion.reason,
          code,
          ...(exclusion.useCode ? { useCode: exclusion.useCode } : {}),
          tasks: quoteList(tasksToward(occupation, [], 3)),
          tasksKo: quoteList(tasksToward(occupation, [], 3, [], "ko")),
        },
        file: doc.path,
        statements: [...exclusion.statements],
        codes: [code, ...(exclusion.useCode ? [exclusion.useCode] : [])],
      });
    }
  },
});
