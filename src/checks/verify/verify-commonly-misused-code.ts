/** Notes that the filed number is one commonly filed for another job. */
import { defineVerifyCheck } from "./types.js";

export const verifyCommonlyMisusedCode = defineVerifyCheck({
  meta: {
    id: "verify-commonly-misused-code",
    description:
      "A filed number that applicants often use for another job is named, with the code that job belongs to.",
    severity: "info",
    source:
      "Some numbers are often filed for work that belongs to a neighbouring occupation; the catalog lists them with the right code.",
    messages: {
      oftenMisused: "{{filed}} is often filed for {{usedFor}}, which is {{correctCode}}. {{note}}",
    },
    messagesKo: {
      oftenMisused:
        "{{filed|은/는}} {{usedFor}} 업무로 자주 신청되지만, 그 업무의 코드는 {{correctCode}}입니다.{{note}}",
    },
  },
  run(context, report) {
    const { resolution } = context;
    if ((resolution.kind !== "found" && resolution.kind !== "ambiguous") || !resolution.misuse) return;
    const { usedFor, correctCode, note } = resolution.misuse;
    // The misuse data is English: the Korean message names the work by its occupation's Korean name and leaves out the English note.
    const usedForKo = context.catalog.byCode.get(correctCode)?.nameKo ?? usedFor;
    report({
      messageId: "oftenMisused",
      data: { filed: resolution.code, usedFor, usedForKo, correctCode, note, noteKo: "" },
      codes: [context.selectedCode, correctCode],
    });
  },
});
