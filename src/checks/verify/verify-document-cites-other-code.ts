/** Flags a document that cites other occupation codes and never the filed one. */
import { occupationLabel } from "../../catalog/resolve-code.js";
import { defineVerifyCheck } from "./types.js";
import { roleData } from "./verify-helpers.js";

export const verifyDocumentCitesOtherCode = defineVerifyCheck({
  meta: {
    id: "verify-document-cites-other-code",
    description:
      "A document that cites occupation codes cites the filed one; citing only other codes points the officer elsewhere.",
    severity: "error",
    source:
      "The documents an officer compares must all point at the code filed; a document naming only another code describes another application.",
    messages: {
      citesOther: "The {{role}} cites code {{cited}} ({{named}}), but the filing is {{filed}}.",
    },
    messagesKo: {
      citesOther: "{{role}}에 적힌 코드는 {{cited}}({{named}})이지만, 신청 직종은 {{filed}}입니다.",
    },
    fixes: {
      citesOther: "Make the {{role}} cite {{code}} {{nameEn}} ({{nameKo}}), or file under the code it describes.",
    },
    fixesKo: {
      citesOther: "{{role}}에 {{code}} {{nameKo}}({{nameEn}})의 코드를 적거나, 서류가 설명하는 코드로 신청하십시오.",
    },
  },
  run(context, report) {
    const { catalog, occupation, selectedCode: code } = context;
    for (const { verified: doc, mentions } of context.documents) {
      const filed = (m: (typeof mentions)[number]): boolean =>
        m.readings.some((r) => r.occupationId === occupation.id && r.edition === catalog.currentEdition);
      // A document that cites the filed code and names others is comparing ("not 2223 or 2224"); only a document
      // that cites other codes and never the filed one points the officer elsewhere.
      if (mentions.some(filed)) continue;
      for (const mention of mentions.filter((m) => !m.readings.some((r) => r.occupationId === occupation.id))) {
        const named = mention.readings
          .map((r) => `${r.edition}: ${catalog.byId.get(r.occupationId)?.nameEn ?? r.occupationId}`)
          .join("; ");
        const namedKo = mention.readings
          .map((r) => `${r.edition}: ${catalog.byId.get(r.occupationId)?.nameKo ?? r.occupationId}`)
          .join("; ");
        report({
          messageId: "citesOther",
          data: {
            ...roleData(doc.role),
            cited: mention.code,
            named,
            namedKo,
            filed: occupationLabel(occupation),
            code,
            nameEn: occupation.nameEn,
            nameKo: occupation.nameKo,
          },
          file: doc.path,
          codes: [
            ...new Set([
              code,
              ...mention.readings.map((r) => catalog.byId.get(r.occupationId)?.code ?? r.occupationId),
            ]),
          ],
        });
      }
    }
  },
});
