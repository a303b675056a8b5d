/** Flags a contract and a Recruitment Reason Statement whose duties point to different occupations. */
import { defineVerifyCheck } from "./types.js";
import { labelOf } from "./verify-helpers.js";

export const verifyDocumentsDisagree = defineVerifyCheck({
  meta: {
    id: "verify-documents-disagree",
    description: "The contract's and the Recruitment Reason Statement's duties point to the same occupation.",
    severity: "error",
    source: "Officers compare the contract with the Recruitment Reason Statement; the two must describe the same job.",
    messages: {
      disagree:
        "The contract's duties point to {{contractBest}} but the Recruitment Reason Statement's point to {{rrsBest}}.",
    },
    messagesKo: {
      disagree: "계약서의 업무는 {{contractBest}} 쪽을, 고용사유서의 업무는 {{rrsBest}} 쪽을 가리킵니다.",
    },
    fixes: {
      disagree: "Officers compare the two: describe the same duties in both, in the filed occupation's terms.",
    },
    fixesKo: {
      disagree: "심사관은 두 서류를 비교합니다. 두 서류에 같은 업무를 신청 직종의 용어로 적으십시오.",
    },
  },
  run(context, report) {
    const documents = context.documents.map((d) => d.verified);
    for (const contract of documents.filter((d) => d.role === "contract")) {
      for (const rrs of documents.filter((d) => d.role === "rrs")) {
        if (contract.verdict === "unsupported" || rrs.verdict === "unsupported" || contract.bestCode === rrs.bestCode)
          continue;
        report({
          messageId: "disagree",
          data: {
            contractBest: labelOf(context.catalog, contract.bestCode),
            rrsBest: labelOf(context.catalog, rrs.bestCode),
          },
          codes: [contract.bestCode, rrs.bestCode],
        });
      }
    }
  },
});
