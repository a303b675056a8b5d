/** Flags occupations whose code the September 2026 manual prints differently in different places (list table vs criteria page or its own lists). */
import { citationKo } from "../catalog/citation-ko.js";
import { normalizeCode } from "../catalog/resolve-code.js";
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";

/** Uncertainty notes about the code itself (as opposed to scope or qualification doubts). */
const CODE_NOTE = /^Code( and name)?( collision)?:/;

export const manualCodeConflict = defineCheck({
  meta: {
    id: "manual-code-conflict",
    description:
      "The 2026.9 manual prints some codes differently on its list table and its criteria pages (e.g. 2231/2241, 2341/2343, 2364/2363, 42210/42110); filing such a code needs the office's confirmation of the number its screens accept.",
    severity: "warning",
    source:
      "MOJ-2026-09 p.232-234 (list table) against the occupation's criteria page (catalog criteriaPageCodes and uncertain notes)",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 232~234쪽(허용직종 현황표)과 직종별 세부 기준의 대조",
    messages: {
      conflict:
        "The September 2026 manual is not consistent about the code of {{code}} {{name}}: {{note}} Before filing, confirm with {{office}} (or on the HiKorea screen) which number it accepts; the documents print {{code}}.",
      criteriaPageNumber:
        "The case files {{typed}}, the number printed on the manual's criteria page for {{code}} {{name}} ({{page}}); its list-table code is {{code}}, which the documents print. {{note}} Confirm with {{office}} which number it accepts.",
    },
    messagesKo: {
      conflict:
        "2026년 9월 매뉴얼은 {{code}} {{name}}의 코드를 일관되게 적고 있지 않습니다: {{note}} 신청 전에 {{office}}(또는 하이코리아 화면)에서 어느 번호를 받는지 확인하십시오. 서류에는 {{code|이/가}} 인쇄됩니다.",
      criteriaPageNumber:
        "신청 건 정보 파일의 코드 {{typed|은/는}} {{code}} {{name}} 심사기준이 실린 {{page}}에 인쇄된 번호이며, 직종 목록표의 코드는 서류에 인쇄되는 {{code}}입니다. {{note}} {{office}}에서 어느 번호를 받는지 확인하십시오.",
    },
  },
  run(context, report) {
    const { occupation, catalog } = context;
    const code = selectedCodeOf(context);
    const typed = normalizeCode(context.case.selectedCode);
    const office = context.case.filing.immigrationOffice;
    const page = catalog.criteriaPageCodes?.find((entry) => entry.number === typed);
    if (page && typed !== code) {
      // The entry cites the list table and the criteria page; the criteria pages start at p.235.
      const number = [...page.source.matchAll(/p\.(\d+(?:-\d+)?)/g)]
        .map((m) => m[1]!)
        .find((p) => parseInt(p, 10) >= 235);
      const criteriaPage = number ? `MOJ-2026-09 p.${number}` : page.source;
      report({
        messageId: "criteriaPageNumber",
        path: "/selectedCode",
        data: {
          typed,
          code,
          name: occupation.nameEn,
          note: page.note,
          office,
          page: criteriaPage,
          pageKo: citationKo(catalog, criteriaPage),
        },
      });
      return;
    }
    const notes = [
      ...(catalog.criteriaPageCodes ?? []).filter((entry) => entry.listCodes.includes(code)).map((entry) => entry.note),
      ...occupation.uncertain.filter((note) => CODE_NOTE.test(note)),
    ];
    if (notes.length === 0) return;
    report({
      messageId: "conflict",
      path: "/selectedCode",
      data: { code, name: occupation.nameEn, note: notes.join(" "), office },
    });
  },
});
