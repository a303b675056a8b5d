/** Flags a document whose duties point to another occupation than the filed one. */
import { occupationLabel } from "../../catalog/resolve-code.js";
import { labelOf, quoteList, roleData, strayClauses } from "./verify-helpers.js";
import { defineVerifyCheck } from "./types.js";

export const verifyDocumentMismatch = defineVerifyCheck({
  meta: {
    id: "verify-document-mismatch",
    description: "A document's duty clauses, read by the matcher, support the filed occupation and not another one.",
    severity: "error",
    source:
      "The officer decides the occupation from the duties as written; duties that describe another occupation's work are refused for the filed code.",
    messages: {
      mismatch: "The {{role}}'s duties point to {{best}}, not to the filed {{filed}}.",
      mismatchOne:
        "The {{role}}'s duties point to {{best}}, not to the filed {{filed}}; {{clauses}} pulls toward {{elsewhere}}.",
      mismatchMany:
        "The {{role}}'s duties point to {{best}}, not to the filed {{filed}}; {{clauses}} pull toward {{elsewhere}}.",
    },
    messagesKo: {
      mismatch: "{{role}}의 업무는 신청 직종 {{filed|이/가}} 아니라 {{best}} 쪽을 가리킵니다.",
      mismatchOne:
        "{{role}}의 업무는 신청 직종 {{filed|이/가}} 아니라 {{best}} 쪽을 가리킵니다. {{clauses|이/가}} {{elsewhere}} 쪽으로 기웁니다.",
      mismatchMany:
        "{{role}}의 업무는 신청 직종 {{filed|이/가}} 아니라 {{best}} 쪽을 가리킵니다. {{clauses|이/가}} {{elsewhere}} 쪽으로 기웁니다.",
    },
    fixes: {
      fileOrRewrite:
        "If {{clauses}} describe the real job, file under {{bestCode}} (see: e7-align codes show {{bestCode}}). If the job really is {{code}} work, rewrite them to say so, e.g. {{tasks}}.",
      rewriteOrFile:
        "If {{clauses}} describe the real job, file under {{bestCode}}: duties are never reworded to fit a code. If they were written wrongly, rewrite them toward {{code}}'s scope ({{nameEn}}), e.g. {{tasks}}.",
      rewrite: "Rewrite {{clauses}} toward {{code}}'s scope ({{nameEn}}), e.g. {{tasks}}.",
    },
    fixesKo: {
      fileOrRewrite:
        "{{clauses|이/가}} 실제 업무라면 {{bestCode|으로/로}} 신청하십시오({{bestCode}} 직종의 기준도 함께 확인하십시오). 실제로 {{code}} 업무라면 그렇게 읽히도록 고쳐 쓰십시오. 예: {{tasksKo}}.",
      rewriteOrFile:
        "{{clauses|이/가}} 실제 업무라면 {{bestCode|으로/로}} 신청하십시오. 코드에 맞추려고 업무를 바꿔 쓰면 안 됩니다. 잘못 적은 것이라면 {{code}}({{nameEn}})의 업무 범위에 맞게 고쳐 쓰십시오. 예: {{tasksKo}}.",
      rewrite: "{{clauses|을/를}} {{code}}({{nameEn}})의 업무 범위에 맞게 고쳐 쓰십시오. 예: {{tasksKo}}.",
    },
  },
  run(context, report) {
    const { catalog, occupation, selectedCode: code } = context;
    for (const { verified: doc, rivalCode } of context.documents) {
      if (doc.verdict !== "mismatch") continue;
      const { pulling, elsewhere, wholesale, toward, towardKo, clauses } = strayClauses(doc, occupation);
      report({
        messageId: pulling.length === 0 ? "mismatch" : pulling.length === 1 ? "mismatchOne" : "mismatchMany",
        fixId:
          wholesale && doc.bestCode !== code ? "fileOrRewrite" : doc.bestCode !== code ? "rewriteOrFile" : "rewrite",
        data: {
          ...roleData(doc.role),
          best: labelOf(catalog, doc.bestCode),
          filed: occupationLabel(occupation),
          ...clauses,
          elsewhere: elsewhere.join(", "),
          bestCode: doc.bestCode,
          code,
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
