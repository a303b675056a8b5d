/** Flags a job title that points to a different occupation than the duties do. */
import { defineCheck } from "./types.js";
import { occupationName, selectedCodeOf } from "./check-helpers.js";

export const titleTrap = defineCheck({
  meta: {
    id: "title-trap",
    description: "The job title must not point to another occupation than the duties (officers read the title first).",
    severity: "warning",
    source: "MOJ-2026-09 p.235-297 (도입 가능직업 예시: example job titles per occupation)",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(도입 가능직업 예시: 직종별 직업명 예시)",
    messages: {
      trap: 'The title "{{title}}" reads as {{titleCode}} {{titleName}}, but the duties point to {{dutiesCode}} {{dutiesName}}. {{advice}}',
    },
    messagesKo: {
      trap: '직무명("{{title}}")은 {{titleCode}} {{titleName|으로/로}} 읽히지만, 직무 내용은 {{dutiesCode}} {{dutiesName|을/를}} 가리킵니다. {{advice}}',
    },
  },
  run(context, report) {
    const trap = context.match.titleTrap;
    if (!trap) return;
    const selectedCode = selectedCodeOf(context);
    report({
      messageId: "trap",
      path: "/position/title/en",
      data: {
        title: trap.title,
        titleCode: trap.titleCode,
        titleName: occupationName(context.catalog, trap.titleCode),
        dutiesCode: trap.dutiesCode,
        dutiesName: occupationName(context.catalog, trap.dutiesCode),
        advice:
          trap.dutiesCode === selectedCode
            ? `Use a title that names the ${selectedCode} work (e.g. "${context.occupation.exampleTitles.en[0] ?? context.occupation.nameEn}").`
            : `Titles do not decide the code: choose it from the duties (see duties-fit-code), then give the job a title that matches them.`,
        adviceKo:
          trap.dutiesCode === selectedCode
            ? `${selectedCode} 업무를 나타내는 직무명을 쓰십시오(예: "${context.occupation.exampleTitles.ko[0] ?? context.occupation.nameKo}").`
            : "직무명이 아니라 직무 내용이 코드를 정합니다. 직무 내용에 맞는 코드를 고른 뒤 그에 맞는 직무명을 붙이십시오.",
      },
    });
  },
});
