/** Checks that every duty clause was found, whole and in the same words, in every file that carries duties. */
import { compactText } from "../../text/normalize-text.js";
import { definePacketCheck } from "./types.js";

export const packetDutyTextIntact = definePacketCheck({
  meta: {
    id: "packet-duty-text-intact",
    description:
      "Each duty clause is found in full in every contract annex and RRS file, with the same wording in both documents.",
    descriptionKo:
      "각 담당업무 조항이 모든 직무 내용 부속서와 고용사유서 파일에 빠짐없이, 두 서류에서 같은 문구로 적혀 있는지 확인합니다.",
    severity: "error",
    source:
      "e7-align rule: the contract annex and the RRS describe one job, so each duty appears in full and in the same words in both (MOJ-2026-09 p.235-297: both must match the occupation's description)",
    messages: {
      missing: "{{file}} is missing duty {{duty}} or part of its text.",
      differs: "Duty {{duty}} reads differently in {{file}} than in {{reference}}.",
    },
    messagesKo: {
      missing: "{{file}}에 직무 {{duty}} 또는 그 일부가 빠져 있습니다.",
      differs: "직무 {{duty}}의 내용이 {{reference|와/과}} {{file}}에서 다릅니다.",
    },
  },
  run(context, report) {
    const carriers = context.documents.filter((doc) => doc.kind === "contract-annex" || doc.kind === "rrs");
    const reference = carriers.find((doc) => doc.kind === "contract-annex");
    context.plan.forEach((_duty, index) => {
      const duty = index + 1;
      const expected = reference?.clauses.find((c) => c.dutyIndex === index);
      for (const doc of carriers) {
        const clause = doc.clauses.find((c) => c.dutyIndex === index);
        if (!clause?.intact) {
          report({ messageId: "missing", data: { file: doc.file, duty }, file: doc.file, clauseId: `duty-${duty}` });
          continue;
        }
        if (reference && expected && doc !== reference && compactText(clause.text) !== compactText(expected.text)) {
          report({
            messageId: "differs",
            data: { file: doc.file, duty, reference: reference.file },
            file: doc.file,
            clauseId: clause.clauseId,
          });
        }
      }
    });
  },
});
