/** Flags occupations whose code the September 2026 manual prints differently in different places (list table vs criteria page or its own lists). */
import { citationKo } from "../catalog/citation-ko.js";
import { normalizeCode } from "../catalog/resolve-code.js";
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";
import { officeById } from "../case/immigration-offices.js";
import type { Catalog } from "../catalog/types.js";

/** The other numbers the manual gives the occupation, as its English notes name them (codes of some edition only). */
function otherNumbers(catalog: Catalog, code: string, notes: readonly string[]): string[] {
  const known = new Set([
    ...catalog.occupations.flatMap((o) => [
      ...(o.code === null ? [] : [o.code]),
      ...(o.formerCodes ?? []).map((former) => former.code),
    ]),
    ...(catalog.criteriaPageCodes ?? []).map((entry) => entry.number),
  ]);
  const numbers = notes.flatMap((note) => note.match(/\bS?\d{3,5}\b/g) ?? []);
  return [...new Set(numbers.filter((number) => number !== code && known.has(number)))];
}

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
        "2026년 9월 매뉴얼은 {{code}} {{name}}의 코드를 일관되게 적고 있지 않습니다. {{note}} 신청 전에 {{office}}(또는 하이코리아 화면)에서 어느 번호를 받는지 확인하십시오. 서류에는 {{code|이/가}} 인쇄됩니다.",
      criteriaPageNumber:
        "신청 건 정보 파일의 코드 {{typed|은/는}} {{code}} {{name}} 심사기준이 실린 {{page}}에 인쇄된 번호이며, 직종 목록표의 코드는 서류에 인쇄되는 {{code}}입니다. {{note}} {{office}}에서 어느 번호를 받는지 확인하십시오.",
    },
  },
  run(context, report) {
    const { occupation, catalog } = context;
    const code = selectedCodeOf(context);
    const typed = normalizeCode(context.case.selectedCode);
    const officeId = context.case.filing.immigrationOffice;
    const known = officeById(officeId);
    // The office by its name, not the case's id ("seoul"); an unknown id is left as written.
    const office = known?.en ?? officeId;
    const officeKo = known?.ko ?? officeId;
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
          noteKo: "하이코리아가 어느 번호를 받는지는 매뉴얼에 밝혀져 있지 않습니다.",
          office,
          officeKo,
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
      data: {
        code,
        name: occupation.nameEn,
        note: notes.join(" "),
        // The notes are in English; the Korean message says what they say in numbers.
        noteKo: (() => {
          // 441 and 451: the same number names two occupations in two editions, not one occupation two numbers.
          if (notes.some((note) => note.startsWith("Code collision")))
            return "2026년 9월 목록에서 441은 운송 서비스 종사자(객실 승무원)의 코드이지만, 2026년 8월까지 쓰인 목록에서는 주방장 및 조리사(현행 451)의 코드였고, 같은 매뉴얼의 근무처 변경·신원보증서 목록(222~223쪽, 227쪽)은 아직 주방장 및 조리사를 441로 적고 있습니다.";
          const others = otherNumbers(catalog, code, notes);
          return others.length > 0
            ? `직종 목록표의 번호(${code})와 달리 매뉴얼의 다른 곳(세부 기준 쪽이나 다른 목록)에는 ${others.join(", ")} 번호도 적혀 있으며, 하이코리아가 어느 번호를 받는지는 밝히지 않았습니다.`
            : "매뉴얼의 직종 목록표와 다른 곳의 번호가 서로 다르며, 하이코리아가 어느 번호를 받는지는 밝히지 않았습니다.";
        })(),
        office,
        officeKo,
      },
    });
  },
});
