/** Checks that the independent duty-section finder (the one `verify` uses) finds the duties in each contract annex and RRS. */
import { definePacketCheck } from "./types.js";

export const packetDutySectionFound = definePacketCheck({
  meta: {
    id: "packet-duty-section-found",
    description:
      "A reader that looks for a duties heading, as an officer does, finds the duty section of every contract annex and RRS file.",
    descriptionKo:
      "심사관처럼 담당업무 제목을 찾아 읽을 때, 모든 직무 내용 부속서와 고용사유서 파일에서 담당업무 부분을 찾을 수 있는지 확인합니다.",
    severity: "warning",
    source:
      "e7-align rule: the documents are checked as written, so the duty section of every contract annex and RRS file must be found by reading the file back, as an officer would",
    messages: { notFound: "No duty section heading was recognised in {{file}}: {{note}}" },
    messagesKo: {
      notFound: "{{file}}에서 직무 구역 제목을 찾지 못했습니다: {{note}}",
    },
  },
  run(context, report) {
    for (const doc of context.documents) {
      if ((doc.kind === "contract-annex" || doc.kind === "rrs") && !doc.dutySection.found) {
        report({ messageId: "notFound", data: { file: doc.file, note: doc.dutySection.note ?? "" }, file: doc.file });
      }
    }
  },
});
