/** Flags a document in which no duty section was found, so none (or not only) its duty clauses were scored. */
import { defineVerifyCheck } from "./types.js";

export const verifyNoDutySection = defineVerifyCheck({
  meta: {
    id: "verify-no-duty-section",
    description: "Every document has a recognisable duty section; a document whose duties were not read never passes.",
    severity: "error",
    source:
      "Officers read the duties clause by clause under the contract's duty heading; a document with no such section says nothing checkable about the job.",
    messages: {
      notFound: "{{note}}",
      notFoundWholeText: "{{note}}",
    },
    messagesKo: {
      notFound: "{{note}} 아무것도 채점하지 않았습니다.",
      notFoundWholeText: "{{note}} 본문 전체를 채점했습니다.",
    },
    fixes: {
      notFound:
        'Put the duties under a heading such as "Duties" / "담당업무", one numbered clause per duty; or run again with --whole-text to score every paragraph.',
      notFoundWholeText: 'Put the duties under a heading such as "Duties" / "담당업무", one numbered clause per duty.',
    },
    fixesKo: {
      notFound:
        '업무를 "Duties" / "담당업무" 같은 제목 아래에 두고 업무마다 번호 붙인 조항 하나로 적으십시오. 또는 --whole-text로 다시 실행하면 모든 문단을 평가합니다.',
      notFoundWholeText:
        '업무를 "Duties" / "담당업무" 같은 제목 아래에 두고 업무마다 번호 붙인 조항 하나로 적으십시오.',
    },
  },
  run(context, report) {
    for (const { verified: doc } of context.documents) {
      if (doc.dutySection.found || !doc.dutySection.note) continue;
      // Nothing scored is an error, not a pass: the document's duties were not read at all.
      if (doc.dutySection.wholeText)
        report({
          messageId: "notFoundWholeText",
          severity: "warning",
          data: noteData(doc.dutySection),
          file: doc.path,
        });
      else report({ messageId: "notFound", data: noteData(doc.dutySection), file: doc.path });
    }
  },
});

/** The reader's note in both languages (the Korean message takes `noteKo`). */
function noteData(section: { readonly note?: string; readonly noteKo?: string }): Record<string, string> {
  return { note: section.note ?? "", ...(section.noteKo ? { noteKo: section.noteKo } : {}) };
}
