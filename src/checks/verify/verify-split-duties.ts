/** Notes (or warns, without a clear majority) that a document's duties are split between two occupations. */
import { CLEAR_MAJORITY, labelOf, roleData } from "./verify-helpers.js";
import { defineVerifyCheck } from "./types.js";

export const verifySplitDuties = defineVerifyCheck({
  meta: {
    id: "verify-split-duties",
    description: "A document's duties give one occupation a clear majority of the working time.",
    severity: "warning",
    source:
      "An E-7 visa is issued for one occupation; duties split between two without a clear majority do not show which one the job is.",
    messages: {
      clearMajority:
        "The {{role}}'s duties are split between {{first}} ({{firstShare}}%) and {{second}} ({{secondShare}}%).",
      noClearMajority:
        "The {{role}}'s duties are split between {{first}} ({{firstShare}}%) and {{second}} ({{secondShare}}%) without a clear majority.",
    },
    messagesKo: {
      clearMajority: "{{role}}의 업무가 {{first}}({{firstShare}}%) 쪽과 {{second}}({{secondShare}}%) 쪽으로 나뉩니다.",
      noClearMajority:
        "{{role}}의 업무가 {{first}}({{firstShare}}%) 쪽과 {{second}}({{secondShare}}%) 쪽으로 나뉘어 어느 쪽도 뚜렷한 과반이 아닙니다.",
    },
    fixes: {
      oneOccupation:
        'An E-7 visa is issued for one occupation: make {{code}}\'s duties the clear majority of the working time (state shares such as "(60%)"), and drop or reduce the rest.',
    },
    fixesKo: {
      oneOccupation:
        'E-7 체류자격은 한 직종으로 허가됩니다. {{code}} 업무가 근무 시간의 뚜렷한 과반이 되게 하고("(60%)"처럼 비중을 적으십시오), 나머지는 빼거나 줄이십시오.',
    },
  },
  run(context, report) {
    for (const { verified: doc, match } of context.documents) {
      if (!match.split) continue;
      const [first, second] = match.split.codes;
      const [firstWeight, secondWeight] = match.split.weights;
      const clear = firstWeight - secondWeight >= CLEAR_MAJORITY;
      report({
        messageId: clear ? "clearMajority" : "noClearMajority",
        fixId: "oneOccupation",
        ...(clear ? { severity: "info" as const } : {}),
        data: {
          ...roleData(doc.role),
          first: labelOf(context.catalog, first),
          firstShare: Math.round(firstWeight * 100),
          second: labelOf(context.catalog, second),
          secondShare: Math.round(secondWeight * 100),
          code: context.selectedCode,
        },
        file: doc.path,
        codes: [first, second],
      });
    }
  },
});
