/** Flags duty statements too vague to classify under any occupation ("perform other duties as assigned"). */
import { textIn, textsOf } from "../case/local-text.js";
import { defineCheck } from "./types.js";

export const genericDuties = defineCheck({
  meta: {
    id: "generic-duties",
    description: "Each duty statement must be specific enough to classify: what is done, to what, for whom, with which tools.",
    severity: "warning",
    source: "MOJ-2026-09 p.213-231 (the invitation reason must state specifically how the foreign national will be used)",
    messages: {
      generic:
        "Duty {{index}} (\"{{text}}\", {{share}}% of the time) is too vague to classify. Say what is built, analysed or handled, for whom and with which tools, in the words of the occupation's duties.",
    },
  },
  run(context, report) {
    for (const index of context.match.generic) {
      const duty = context.case.position.duties[index];
      if (!duty) continue;
      const text = (context.matchLang ? textIn(duty.text, context.matchLang) : undefined) ?? textsOf(duty.text)[0] ?? "";
      report({
        messageId: "generic",
        path: `/position/duties/${index}/text`,
        data: { index, text: text.length > 80 ? `${text.slice(0, 77)}...` : text, share: duty.share },
      });
    }
  },
});
