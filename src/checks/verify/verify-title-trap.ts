/** Warns when a document's job title points to another occupation than its duties. */
import { defineVerifyCheck } from "./types.js";
import { labelOf } from "./verify-helpers.js";

export const verifyTitleTrap = defineVerifyCheck({
  meta: {
    id: "verify-title-trap",
    description: "The job title and the duties point to the same occupation.",
    severity: "warning",
    source:
      "Officers decide by the duties, not the title; a title that points elsewhere than the duties invites questions and does not carry the filing.",
    messages: {
      titleFitsFiled:
        'The title "{{title}}" fits the filed {{code}}, but the duties point to {{duties}}; officers decide by the duties, so the title does not carry the filing.',
      titleElsewhere: 'The title "{{title}}" points to {{titleOccupation}}, while the duties point to {{duties}}.',
    },
    messagesKo: {
      titleFitsFiled:
        '직위명 "{{title}}"만 신청 코드 {{code}}에 맞고, 업무는 {{duties}} 쪽을 가리킵니다. 심사관은 업무로 판단하므로 직위명만으로는 신청이 인정되지 않습니다.',
      titleElsewhere: '직위명 "{{title}}"에서는 {{titleOccupation}} 쪽이, 업무에서는 {{duties}} 쪽이 읽힙니다.',
    },
    fixes: {
      titleFitsFiled:
        "Make the duties describe {{code}} work (see the clauses above), or file under the code the duties support.",
      titleElsewhere:
        'A title pointing elsewhere invites questions: use the filed occupation\'s title, e.g. "{{nameEn}}" / "{{nameKo}}".',
    },
    fixesKo: {
      titleFitsFiled:
        "업무가 {{code}} 업무를 설명하도록 고치거나(위 조항 참고), 업무가 뒷받침하는 코드로 신청하십시오.",
      titleElsewhere:
        '다른 직종을 가리키는 직위명은 심사관의 의문을 살 수 있습니다. 신청 직종의 명칭을 쓰십시오. 예: "{{nameKo}}" / "{{nameEn}}".',
    },
  },
  run(context, report) {
    const { catalog, occupation, selectedCode: code } = context;
    for (const { verified: doc, match } of context.documents) {
      if (!match.titleTrap) continue;
      const { title, titleCode, dutiesCode } = match.titleTrap;
      report({
        messageId: titleCode === code ? "titleFitsFiled" : "titleElsewhere",
        data: {
          title,
          code,
          duties: labelOf(catalog, dutiesCode),
          titleOccupation: labelOf(catalog, titleCode),
          nameEn: occupation.nameEn,
          nameKo: occupation.nameKo,
        },
        file: doc.path,
        codes: [titleCode, dutiesCode],
      });
    }
  },
});
