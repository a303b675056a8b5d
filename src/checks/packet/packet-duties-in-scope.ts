/**
 * Checks, before anything is written, that each duty of the case lies within the selected occupation. The packet
 * rewords duties into the occupation's vocabulary, so a duty outside it would be disguised: generation stops
 * instead (or, with --allow-out-of-scope, keeps the duty as written and the report marks it). Each language a duty
 * is written in is read on its own, so validate and generate (in any --lang) judge the same duties the same way.
 */
import { defineCheck } from "../types.js";
import { codeOf, findOccupation } from "../../catalog/occupation-lookup.js";
import { outOfScopeDuties } from "../../match/out-of-scope.js";
import { readingsByLanguage } from "../check-helpers.js";

export const packetDutiesInScope = defineCheck({
  meta: {
    id: "packet-duties-in-scope",
    description:
      "Every duty to be written into the packet matches the selected occupation (or is too general to place) in each language it is written in; none is reworded from another occupation.",
    descriptionKo:
      "서류에 적을 담당업무가 각 언어에서 신청 직종에 해당하는지(또는 너무 일반적이어서 판정할 수 없는지) 확인하고, 다른 직종의 업무를 바꿔 쓴 문장이 없는지 확인합니다.",
    severity: "error",
    source:
      "MOJ-2026-09 p.235-297 (직종설명: the duties written in the contract and the RRS must match the selected occupation's description); e7-align rule: a duty is never reworded from another occupation to make it fit",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(직종설명: 근로계약서와 고용사유서에 적은 업무가 신청 직종의 설명과 맞아야 합니다), e7-align 규칙: 다른 직종의 업무를 맞춰 바꿔 쓰지 않습니다.",
    messages: {
      outOfScope:
        'Duty {{number}} reads as {{bestCode}} {{bestName}}, not {{code}} {{name}}: "{{text}}". Rewrite it if it misdescribes the job, drop it if the job does not include it, or pass --allow-out-of-scope to keep it as written.',
    },
    messagesKo: {
      outOfScope:
        '{{number}}번 직무("{{text}}")는 {{code}} {{name|이/가}} 아니라 {{bestCode}} {{bestName|으로/로}} 읽힙니다. 직무를 잘못 적었다면 고쳐 쓰고, 실제 직무가 아니라면 빼고, 쓴 그대로 두려면 --allow-out-of-scope를 쓰십시오.',
    },
  },
  run(context, report) {
    const code = codeOf(context.occupation);
    for (const statement of outOfScopeDuties(readingsByLanguage(context).map(([, match]) => match))) {
      const best = findOccupation(context.catalog, statement.bestCode);
      report({
        messageId: "outOfScope",
        path: `/position/duties/${statement.index}/text`,
        data: {
          number: statement.index + 1,
          bestCode: statement.bestCode,
          bestName: best?.nameEn ?? "",
          code,
          name: context.occupation.nameEn,
          text: statement.text,
        },
      });
    }
  },
});
