/** Flags a filed code that is a former list edition's number for the occupation. */
import { defineVerifyCheck } from "./types.js";

export const verifyFormerEditionCode = defineVerifyCheck({
  meta: {
    id: "verify-former-edition-code",
    description: "The code filed is the current list's number for the occupation, not a former edition's number.",
    severity: "error",
    source:
      "An application cites the occupation by its number in the current E-7 list; a renumbered occupation's former number names nothing there.",
    messages: {
      formerNumber:
        "{{filed}} is the {{edition}} number of {{nameEn}} ({{nameKo}}); the current list ({{currentEdition}}) numbers it {{code}}.",
    },
    messagesKo: {
      formerNumber:
        "{{filed|은/는}} {{nameKo}}({{nameEn}})의 {{edition}} 번호입니다. 현행 목록({{currentEdition}})의 번호는 {{code}}입니다.",
    },
    fixes: {
      formerNumber: "File under {{code}}, and write {{code}} wherever the documents cite the code.",
    },
    fixesKo: {
      formerNumber: "{{code|으로/로}} 신청하고, 서류에 코드를 적은 곳마다 {{code|을/를}} 적으십시오.",
    },
  },
  run(context, report) {
    const { resolution, occupation, selectedCode: code, catalog } = context;
    if (resolution.kind !== "found" || resolution.isCurrentEdition || resolution.code === code) return;
    report({
      messageId: "formerNumber",
      data: {
        filed: resolution.code,
        edition: resolution.edition,
        nameEn: occupation.nameEn,
        nameKo: occupation.nameKo,
        currentEdition: catalog.currentEdition,
        code,
      },
      codes: [code],
    });
  },
});
