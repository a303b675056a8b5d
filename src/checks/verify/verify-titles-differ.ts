/** Warns when the contract and the Recruitment Reason Statement state different job titles. */
import { defineVerifyCheck } from "./types.js";

/** Titles compared without case, spaces and punctuation ("Web Developer" = "web-developer"). */
const squash = (text: string): string => text.toLowerCase().replace(/[\s()·.,-]+/g, "");

export const verifyTitlesDiffer = defineVerifyCheck({
  meta: {
    id: "verify-titles-differ",
    description: "The contract and the Recruitment Reason Statement state the same job title.",
    severity: "warning",
    source: "Officers compare the documents of one application; the same job appears under the same title in each.",
    messages: {
      titlesDiffer:
        'The contract\'s title "{{contractTitle}}" differs from the Recruitment Reason Statement\'s "{{rrsTitle}}".',
    },
    messagesKo: {
      titlesDiffer: '계약서의 직위명("{{contractTitle}}")과 고용사유서의 직위명("{{rrsTitle}}")이 다릅니다.',
    },
    fixes: {
      titlesDiffer: "Use the same job title in every document.",
    },
    fixesKo: {
      titlesDiffer: "모든 서류에 같은 직위명을 쓰십시오.",
    },
  },
  run(context, report) {
    const documents = context.documents.map((d) => d.verified);
    for (const contract of documents.filter((d) => d.role === "contract")) {
      for (const rrs of documents.filter((d) => d.role === "rrs")) {
        if (!contract.title || !rrs.title || squash(contract.title) === squash(rrs.title)) continue;
        report({ messageId: "titlesDiffer", data: { contractTitle: contract.title, rrsTitle: rrs.title } });
      }
    }
  },
});
