/** Warns when a document cites the filed occupation by a former list edition's number. */
import { defineVerifyCheck } from "./types.js";
import { roleData } from "./verify-helpers.js";

export const verifyFormerCodeInDocument = defineVerifyCheck({
  meta: {
    id: "verify-former-code-in-document",
    description: "A document cites the filed occupation by its current number, not a former edition's.",
    severity: "warning",
    source:
      "Every document of an application cites the occupation by its number in the current E-7 list, the number the officer looks up.",
    messages: {
      formerNumber:
        "The {{role}} cites {{cited}}, the {{edition}} number of {{nameEn}}; the current list numbers it {{code}}.",
    },
    messagesKo: {
      formerNumber:
        "{{role}}에 적힌 {{cited|은/는}} {{nameEn}}의 {{edition}} 번호입니다. 현행 목록의 번호는 {{code}}입니다.",
    },
    fixes: {
      formerNumber: "Write {{code}} instead of {{cited}}.",
    },
    fixesKo: {
      formerNumber: "{{cited}} 대신 {{code|을/를}} 적으십시오.",
    },
  },
  run(context, report) {
    const { catalog, occupation, selectedCode: code } = context;
    for (const { verified: doc, mentions } of context.documents) {
      for (const mention of mentions) {
        if (mention.readings.some((r) => r.occupationId === occupation.id && r.edition === catalog.currentEdition))
          continue;
        const former = mention.readings.find((r) => r.occupationId === occupation.id);
        if (!former) continue;
        report({
          messageId: "formerNumber",
          data: {
            ...roleData(doc.role),
            cited: mention.code,
            edition: former.edition,
            nameEn: occupation.nameEn,
            code,
          },
          file: doc.path,
          codes: [code],
        });
      }
    }
  },
});
