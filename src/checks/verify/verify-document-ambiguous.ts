/** Warns when a document's duties fit the filed occupation and another one about equally. */
import { defineVerifyCheck } from "./types.js";
import { labelOf, questionBetween, quoteList, roleData, strayClauses } from "./verify-helpers.js";

export const verifyDocumentAmbiguous = defineVerifyCheck({
  meta: {
    id: "verify-document-ambiguous",
    description: "A document's duty clauses fit the filed occupation clearly better than any neighbouring occupation.",
    severity: "warning",
    source:
      "Duties that fit two occupations about equally leave the officer to choose; the officer then asks the question that tells the two apart.",
    messages: {
      even: "The {{role}}'s duties fit the filed {{code}} and {{rival}} about equally.",
      evenQuestion:
        "The {{role}}'s duties fit the filed {{code}} and {{rival}} about equally. The officer will ask: {{question}}",
    },
    messagesKo: {
      even: "{{role}}의 업무는 신청 코드 {{code|와/과}} {{rival}}에 거의 똑같이 맞습니다.",
      evenQuestion:
        "{{role}}의 업무는 신청 코드 {{code|와/과}} {{rival}}에 거의 똑같이 맞습니다. 심사관은 이렇게 물을 것입니다: {{question}}",
    },
    fixes: {
      rewrite: "Rewrite {{clauses}} toward {{code}}'s scope ({{nameEn}}), e.g. {{tasks}}.",
    },
    fixesKo: {
      rewrite: "{{clauses|을/를}} {{code}}({{nameEn}})의 업무 범위에 맞게 고쳐 쓰십시오. 예: {{tasksKo}}.",
    },
  },
  run(context, report) {
    const { catalog, occupation, selectedCode: code } = context;
    for (const { verified: doc, rivalCode, match } of context.documents) {
      // Clauses partly reading as an excluded role are verify-document-excluded-role-risk's finding, not a tie.
      if (doc.verdict !== "ambiguous" || match.excludedRoleRisk) continue;
      const { pulling, elsewhere, toward, towardKo, clauses } = strayClauses(doc, occupation);
      const question = rivalCode === undefined ? undefined : questionBetween(catalog, code, rivalCode);
      report({
        messageId: question ? "evenQuestion" : "even",
        fixId: "rewrite",
        data: {
          ...roleData(doc.role),
          code,
          rival: rivalCode === undefined ? "another occupation" : labelOf(catalog, rivalCode),
          ...(rivalCode === undefined ? { rivalKo: "다른 직종" } : {}),
          ...(question ? { question: question.en, questionKo: question.ko } : {}),
          ...clauses,
          nameEn: occupation.nameEn,
          tasks: quoteList(toward),
          tasksKo: quoteList(towardKo),
        },
        file: doc.path,
        statements: pulling.map((s) => s.index),
        codes: [
          code,
          ...elsewhere.filter((c) => c !== code),
          ...(rivalCode !== undefined && !elsewhere.includes(rivalCode) ? [rivalCode] : []),
        ],
      });
    }
  },
});
