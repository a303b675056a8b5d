/** Warns about clauses that point to another occupation in a document that otherwise fits the filed one. */
import { defineVerifyCheck } from "./types.js";
import { labelOf, quoteList, roleData, short, tasksToward } from "./verify-helpers.js";

/** The least score of the clause's own best code for it to count as describing that code's work. */
export const STRONG_PULL = 0.3;

export const verifyClausePointsElsewhere = defineVerifyCheck({
  meta: {
    id: "verify-clause-points-elsewhere",
    description:
      "Every specific duty clause of a matching document fits the filed occupation; a clause describing other work is flagged.",
    severity: "warning",
    source:
      "Officers question each duty that lies outside the filed occupation, even when the document as a whole fits it.",
    messages: {
      one: "The {{role}} fits the filed {{code}} overall, but clause {{clauses}} ({{quoted}}) points to {{elsewhere}}.",
      many: "The {{role}} fits the filed {{code}} overall, but clauses {{clauses}} ({{quoted}}) point to {{elsewhere}}.",
    },
    messagesKo: {
      one: "{{role|은/는}} 전체로는 신청 코드 {{code}}에 맞지만, {{clauses}}번 조항({{quoted}})은 {{elsewhere}} 쪽을 가리킵니다.",
      many: "{{role|은/는}} 전체로는 신청 코드 {{code}}에 맞지만, {{clauses}}번 조항({{quoted}})은 {{elsewhere}} 쪽을 가리킵니다.",
    },
    fixes: {
      one: "Officers question duties outside the filed occupation: rewrite it toward {{code}}'s scope, e.g. {{tasks}}, or drop it.",
      many: "Officers question duties outside the filed occupation: rewrite them toward {{code}}'s scope, e.g. {{tasks}}, or drop them.",
    },
    fixesKo: {
      one: "심사관은 신청 직종 밖의 업무를 문제 삼습니다. 이 조항을 {{code}}의 업무 범위에 맞게 고쳐 쓰거나(예: {{tasksKo}}) 빼십시오.",
      many: "심사관은 신청 직종 밖의 업무를 문제 삼습니다. 이 조항들을 {{code}}의 업무 범위에 맞게 고쳐 쓰거나(예: {{tasksKo}}) 빼십시오.",
    },
  },
  run(context, report) {
    const { catalog, occupation, selectedCode: code } = context;
    for (const { verified: doc } of context.documents) {
      // A clause whose best code explains little of it ("월간 보고서를 작성하여 보고한다") names no other work.
      const pulling = doc.statements.filter((s) => doc.pullingElsewhere.includes(s.index) && s.score >= STRONG_PULL);
      if (doc.verdict !== "match" || pulling.length === 0) continue;
      const elsewhere = [...new Set(pulling.map((s) => s.bestCode))];
      report({
        messageId: pulling.length === 1 ? "one" : "many",
        data: {
          ...roleData(doc.role),
          code,
          clauses: pulling.map((s) => s.index + 1).join(", "),
          quoted: quoteList(pulling.map((s) => short(s.text))),
          elsewhere: elsewhere.map((c) => labelOf(catalog, c)).join(", "),
          tasks: quoteList(tasksToward(occupation, pulling, 2)),
          tasksKo: quoteList(tasksToward(occupation, pulling, 2, pulling, "ko")),
        },
        file: doc.path,
        statements: pulling.map((s) => s.index),
        codes: [code, ...elsewhere],
      });
    }
  },
});
