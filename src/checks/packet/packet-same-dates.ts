/** Checks that every document carries the document date, the terms documents the start date, and no date the case lacks. */
import { formatDate, printedDates } from "../../case/dates.js";
import { compactText } from "../../text/normalize-text.js";
import { caseDates, inLanguages, statesTerms } from "./expected-strings.js";
import type { PacketDocument } from "../../readers/read-back.js";

/** True when the document prints the date in its language's form (ISO is accepted everywhere). */
function printsDate(doc: PacketDocument, date: string): boolean {
  return [date, ...inLanguages(doc, formatDate(date, "en"), formatDate(date, "ko"))].some((form) =>
    doc.compact.includes(compactText(form)),
  );
}
import { definePacketCheck } from "./types.js";

export const packetSameDates = definePacketCheck({
  meta: {
    id: "packet-same-dates",
    description:
      "Every document is dated with filing.documentDate; the contract annex and the RRS give position.startDate; every printed date comes from the case.",
    descriptionKo:
      "모든 서류에 신청 건 정보 파일의 서류 작성일이 적혀 있고, 직무 내용 부속서와 고용사유서에 근무 시작일이 적혀 있으며, 인쇄된 날짜가 모두 신청 건 정보 파일에서 나왔는지 확인합니다.",
    severity: "error",
    source:
      "e7-align rule: the documents of one filing carry the same document date and start date, taken from the case",
    messages: {
      missingDocumentDate: "{{file}} is not dated {{date}} (filing.documentDate).",
      missingStartDate: "{{file}} does not give the start date {{date}} (position.startDate).",
      unknownDate: "{{file}} prints the date {{date}}, which is not in the case file.",
    },
    messagesKo: {
      missingDocumentDate: "{{file}}에 작성일({{date}})이 없습니다.",
      missingStartDate: "{{file}}에 근무 시작일({{date}})이 없습니다.",
      unknownDate: "{{file}}에 신청 건 정보 파일에 없는 날짜 {{date|이/가}} 적혀 있습니다.",
    },
  },
  run(context, report) {
    const known = caseDates(context);
    const { documentDate } = context.case.filing;
    const { startDate } = context.case.position;
    for (const doc of context.documents) {
      if (!printsDate(doc, documentDate))
        report({ messageId: "missingDocumentDate", data: { file: doc.file, date: documentDate }, file: doc.file });
      if (statesTerms(doc) && !printsDate(doc, startDate))
        report({ messageId: "missingStartDate", data: { file: doc.file, date: startDate }, file: doc.file });
      const printed = new Set(printedDates(doc.compact));
      for (const date of [...printed].sort())
        if (!known.has(date)) report({ messageId: "unknownDate", data: { file: doc.file, date }, file: doc.file });
    }
  },
});
