/** Flags a document whose duty clauses are too vague to show any occupation. */
import { defineVerifyCheck } from "./types.js";
import { quoteList, roleData, tasksToward } from "./verify-helpers.js";

export const verifyDocumentUnsupported = defineVerifyCheck({
  meta: {
    id: "verify-document-unsupported",
    description: "A document with duty clauses has at least one specific enough to show an occupation.",
    severity: "error",
    source:
      'Catch-all duties ("other duties as assigned") show no occupation at all, so they cannot support the filed one.',
    messages: {
      noSpecificDuty: "The {{role}} has no duty statement specific enough to show any occupation.",
    },
    messagesKo: {
      noSpecificDuty: "{{role}}에는 어떤 직종인지 보여 줄 만큼 구체적인 업무 문장이 없습니다.",
    },
    fixes: {
      noSpecificDuty: "Describe the concrete tasks, tools and outputs of the job, e.g. {{tasks}}.",
    },
    fixesKo: {
      noSpecificDuty: "이 일의 구체적인 작업, 도구와 결과물을 적으십시오. 예: {{tasksKo}}.",
    },
  },
  run(context, report) {
    for (const { verified: doc } of context.documents) {
      // With nothing read, verify-no-duty-section says why; "no specific statement" would blame the wording.
      if (doc.verdict !== "unsupported" || doc.statements.length === 0) continue;
      report({
        messageId: "noSpecificDuty",
        data: {
          ...roleData(doc.role),
          tasks: quoteList(tasksToward(context.occupation, [])),
          tasksKo: quoteList(tasksToward(context.occupation, [], 3, [], "ko")),
        },
        file: doc.path,
        codes: [context.selectedCode],
      });
    }
  },
});
