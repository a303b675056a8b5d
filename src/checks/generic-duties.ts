/** Flags duty statements too vague to classify under any occupation ("perform other duties as assigned"). */
import { textIn, textsOf } from "../case/local-text.js";
import { defineCheck } from "./types.js";

export const genericDuties = defineCheck({
  meta: {
    id: "generic-duties",
    description:
      "Each duty statement must be specific enough to classify: what is done, to what, for whom, with which tools.",
    severity: "warning",
    source:
      "MOJ-2026-09 p.213-231 (the invitation reason must state specifically how the foreign national will be used)",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 213~231쪽(초청 사유에 외국인을 어떻게 활용할지 구체적으로 적어야 합니다)",
    messages: {
      generic:
        'Duty {{number}} ("{{text}}", {{share}}% of the time) is too vague to classify. Say what is built, analysed or handled, for whom and with which tools, in the words of the occupation\'s duties.',
    },
    messagesKo: {
      generic:
        '{{number}}번 직무("{{text}}", 근무 시간의 {{share}}%)는 너무 막연해서 분류할 수 없습니다. 무엇을 만들고 분석하거나 처리하는지, 누구를 위해, 어떤 도구로 하는지 해당 직종의 직무 표현으로 적으십시오.',
    },
  },
  run(context, report) {
    for (const index of context.match.generic) {
      const duty = context.case.position.duties[index];
      if (!duty) continue;
      const text =
        (context.matchLang ? textIn(duty.text, context.matchLang) : undefined) ?? textsOf(duty.text)[0] ?? "";
      report({
        messageId: "generic",
        path: `/position/duties/${index}/text`,
        data: { number: index + 1, text: text.length > 80 ? `${text.slice(0, 77)}...` : text, share: duty.share },
      });
    }
  },
});
