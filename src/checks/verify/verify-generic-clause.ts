/** Warns about catch-all duty clauses that count for no occupation. */
import { defineVerifyCheck } from "./types.js";
import { quoteList, short, tasksToward } from "./verify-helpers.js";

export const verifyGenericClause = defineVerifyCheck({
  meta: {
    id: "verify-generic-clause",
    description: "Every duty clause says concrete work; catch-all clauses are flagged with a concrete replacement.",
    severity: "warning",
    source:
      'Officers read catch-all clauses ("other duties as assigned") as room for work outside the filed occupation.',
    messages: {
      one: "Clause {{clauses}} ({{quoted}}) is too generic to count for any occupation; officers read catch-all clauses as room for other work.",
      many: "Clauses {{clauses}} ({{quoted}}) are too generic to count for any occupation; officers read catch-all clauses as room for other work.",
    },
    messagesKo: {
      one: "{{clauses}}번 조항({{quoted}})은 너무 일반적이라 어느 직종의 근거도 되지 않습니다. 심사관은 포괄 조항을 다른 일을 시킬 여지로 읽습니다.",
      many: "{{clauses}}번 조항({{quoted}})은 너무 일반적이라 어느 직종의 근거도 되지 않습니다. 심사관은 포괄 조항을 다른 일을 시킬 여지로 읽습니다.",
    },
    fixes: {
      one: "Delete it or replace it with a concrete {{code}} task, e.g. {{tasks}}.",
      many: "Delete them or replace them with a concrete {{code}} task, e.g. {{tasks}}.",
    },
    fixesKo: {
      one: "이 조항을 지우거나 구체적인 {{code}} 업무로 바꾸십시오. 예: {{tasksKo}}.",
      many: "이 조항들을 지우거나 구체적인 {{code}} 업무로 바꾸십시오. 예: {{tasksKo}}.",
    },
  },
  run(context, report) {
    for (const { verified: doc } of context.documents) {
      const generic = doc.statements.filter((s) => s.generic);
      if (generic.length === 0 || doc.verdict === "unsupported") continue;
      report({
        messageId: generic.length === 1 ? "one" : "many",
        data: {
          clauses: generic.map((s) => s.index + 1).join(", "),
          quoted: quoteList(generic.map((s) => short(s.text))),
          code: context.selectedCode,
          tasks: quoteList(tasksToward(context.occupation, generic, 2)),
          tasksKo: quoteList(tasksToward(context.occupation, generic, 2, generic, "ko")),
        },
        file: doc.path,
        statements: generic.map((s) => s.index),
      });
    }
  },
});
