/** Flags documents that, taken together, support another occupation than the filed one. */
import { occupationLabel } from "../../catalog/resolve-code.js";
import { conditionsInKorean } from "../check-helpers.js";
import { defineVerifyCheck } from "./types.js";
import { labelOf, occupationOf } from "./verify-helpers.js";

export const verifyDocumentsSupportOtherCode = defineVerifyCheck({
  meta: {
    id: "verify-documents-support-other-code",
    description: "All the documents' duties taken together support the filed occupation, not another one.",
    severity: "error",
    source:
      "The officer reads every duty of the application together; when they describe another occupation, the filing is for the wrong code.",
    messages: {
      otherCode: "Taken together, the documents support {{best}}, not the filed {{filed}}.",
    },
    messagesKo: {
      otherCode: "서류 전체로 보면 신청 직종 {{filed|이/가}} 아니라 {{best}} 쪽을 뒷받침합니다.",
    },
    fixes: {
      rewriteOrFile:
        "If the duty clauses listed above describe the real job, file under {{bestCode}}; if they were written wrongly, rewrite them toward {{code}}'s scope. Compare the two: e7-align codes show {{bestCode}}",
      rewriteOrFileStricter:
        "If the duty clauses listed above describe the real job, file under {{bestCode}} (note: {{bestCode}} is under stricter review: {{summary}}); if they were written wrongly, rewrite them toward {{code}}'s scope. Compare the two: e7-align codes show {{bestCode}}",
    },
    fixesKo: {
      rewriteOrFile:
        "위에 든 업무 조항이 실제 업무라면 {{bestCode|으로/로}} 신청하고, 잘못 적은 것이라면 {{code}}의 업무 범위에 맞게 고쳐 쓰십시오. 두 직종의 기준을 비교해 보십시오.",
      rewriteOrFileStricter:
        "위에 든 업무 조항이 실제 업무라면 {{bestCode|으로/로}} 신청하고({{bestCode|은/는}} 국민고용 보호 심사 강화 대상이며 추가 요건은 {{summary}}입니다), 잘못 적은 것이라면 {{code}}의 업무 범위에 맞게 고쳐 쓰십시오. 두 직종의 기준을 비교해 보십시오.",
    },
  },
  run(context, report) {
    const { combined, catalog, selectedCode: code } = context;
    if (combined.bestCode === code || context.verdict === "match" || combined.verdict === "unsupported") return;
    const best = occupationOf(catalog, combined.bestCode);
    const stricter = best?.stricterReview.applies === true;
    report({
      messageId: "otherCode",
      fixId: stricter ? "rewriteOrFileStricter" : "rewriteOrFile",
      data: {
        best: labelOf(catalog, combined.bestCode),
        filed: occupationLabel(context.occupation),
        code,
        bestCode: combined.bestCode,
        ...(stricter
          ? {
              summary: best.stricterReview.summary,
              summaryKo: conditionsInKorean(
                best.stricterReview.foreignRatioPercent ?? undefined,
                best.stricterReview.employerConditions ?? [],
                combined.bestCode,
              ),
            }
          : {}),
      },
      codes: [code, combined.bestCode],
    });
  },
});
