/** Notes that a filed number means different occupations in different list editions and was read in the current one. */
import { defineVerifyCheck } from "./types.js";

export const verifyCodeReadInCurrentEdition = defineVerifyCheck({
  meta: {
    id: "verify-code-read-in-current-edition",
    description:
      "A code number that names different occupations in different list editions is read in the current list unless --edition says otherwise.",
    severity: "info",
    source:
      "Occupation numbers were reused between list editions, so a bare number is read in the current list and the other readings are named.",
    messages: {
      readInCurrent:
        "{{filed}} means different occupations in different list editions ({{readings}}); it was read in the current list ({{currentEdition}}).",
    },
    messagesKo: {
      readInCurrent:
        "{{filed|은/는}} 목록 판마다 다른 직종을 뜻합니다({{readings}}). 현행 목록({{currentEdition}})에 따라 읽었습니다.",
    },
    fixes: {
      readInCurrent: "If you meant an older list's meaning, pass --edition.",
    },
    fixesKo: {
      readInCurrent: "이전 목록의 뜻으로 쓰셨다면 --edition을 지정하십시오.",
    },
  },
  run(context, report) {
    const { resolution, catalog } = context;
    if (resolution.kind !== "ambiguous" || context.edition !== undefined) return;
    report({
      messageId: "readInCurrent",
      data: {
        filed: resolution.code,
        readings: resolution.readings.map((r) => `${r.edition}: ${r.occupation.nameEn}`).join("; "),
        // The edition stays as the id --edition takes; the occupation is named in Korean.
        readingsKo: resolution.readings.map((r) => `${r.edition}: ${r.occupation.nameKo}`).join("; "),
        currentEdition: catalog.currentEdition,
      },
      codes: [context.selectedCode],
    });
  },
});
