/** Checks that every duty clause, as read back from each file, matches the selected code (or is within the margin). */
import { loadCatalog } from "../../catalog/load-catalog.js";
import { occupationName } from "../check-helpers.js";
import { definePacketCheck } from "./types.js";

export const packetDutyClausesFit = definePacketCheck({
  meta: {
    id: "packet-duty-clauses-fit",
    description:
      "Re-running the matcher over the case's own duty text in each clause read back from the files gives the selected code as best, or within the margin, and no role the catalog excludes.",
    descriptionKo:
      "각 파일에서 다시 읽은 담당업무 조항을 대조하여 신청 직종이 최적이거나 점수 차 안에 있고, 카탈로그가 제외하는 역할로 읽히지 않는지 확인합니다.",
    severity: "error",
    source:
      "MOJ-2026-09 p.235-297 (직종설명: each occupation is defined by its duties; the most similar occupation is applied), applied to every duty clause as written in the files",
    messages: {
      mismatch:
        "{{file}} clause {{number}} reads as {{bestCode}} {{bestName}} (score {{score}}), not {{code}} (score {{selectedScore}}). Rewrite duty {{duty}} of the case so that it describes {{code}} work (check it with e7-align match --code {{code}}), then generate again.",
      allowedOutOfScope:
        "{{file}} clause {{number}} is outside {{code}} (reads as {{bestCode}}); it was kept as written because of --allow-out-of-scope.",
      generic: "{{file}} clause {{number}} is too general for the matcher to place; it was kept as written.",
      excluded:
        '{{file}}: the duty clauses read as "{{role}}", a role the catalog excludes from {{code}} ({{reason}}).',
    },
    messagesKo: {
      excluded:
        '{{file}}: 직무 조항이 "{{role}}" 직무로 읽히는데, 카탈로그는 이 직무를 {{code}}에서 제외합니다. 제외 사유: {{reason}}.',
      mismatch:
        "{{file}} 제{{number}}항은 {{code}} 직종(점수 {{selectedScore}})이 아니라 {{bestCode}} {{bestName}} 직종(점수 {{score}})으로 읽힙니다. 신청 건 정보 파일의 {{duty}}번 직무를 {{code}} 업무로 읽히도록 고쳐 쓰고(고친 직무가 {{code}} 업무로 읽히는지 직무 대조로 확인) 다시 생성하십시오.",
      allowedOutOfScope:
        "{{file}} 제{{number}}항은 {{code}}의 범위 밖({{bestCode|으로/로}} 읽힘)이지만 --allow-out-of-scope에 따라 쓴 그대로 두었습니다.",
      generic: "{{file}} 제{{number}}항은 너무 일반적이어서 판정할 수 없어 쓴 그대로 두었습니다.",
    },
  },
  run(context, report) {
    const code = context.selectedCode;
    const catalog = loadCatalog();
    for (const doc of context.documents) {
      // The case's own duties, read back, decide: a role the catalog excludes is never consistent with the code.
      const exclusion = doc.match?.verdict === "excluded" ? doc.match.exclusion : undefined;
      if (exclusion)
        report({
          messageId: "excluded",
          file: doc.file,
          data: { file: doc.file, role: exclusion.role.en, code, reason: exclusion.reason.replace(/\.$/, "") },
        });
      for (const clause of doc.clauses) {
        const data = {
          file: doc.file,
          number: clause.number,
          // The occupation by name and the case's duty number, so the user knows what it reads as and what to edit.
          bestCode: clause.bestCode,
          bestName: occupationName(catalog, clause.bestCode),
          duty: clause.dutyIndex + 1,
          code,
          score: clause.score.toFixed(2),
          selectedScore: clause.selectedScore.toFixed(2),
        };
        const at = { file: doc.file, clauseId: clause.clauseId };
        if (clause.generic) report({ messageId: "generic", data, severity: "info", ...at });
        else if (clause.verdict === "mismatch" || clause.verdict === "unsupported") {
          if (context.allowedOutOfScope.includes(clause.dutyIndex))
            report({ messageId: "allowedOutOfScope", data, severity: "warning", ...at });
          else report({ messageId: "mismatch", data, ...at });
        }
      }
    }
  },
});
