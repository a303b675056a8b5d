/**
 * Checks that the duties do not read as a role the catalog excludes from the selected code (its "Not this
 * occupation" entries and the scope's "not ..." sentences): such a filing is refused whatever words it shares with
 * the occupation, so the check names the excluded role, the catalog entry and the code that fits instead.
 */
import { defineCheck } from "./types.js";
import { exclusionData, occupationName } from "./check-helpers.js";

export const dutiesExcludedRole = defineCheck({
  meta: {
    id: "duties-excluded-role",
    description:
      "The duties must not read as a role the catalog excludes from the selected code; the excluded role, the catalog entry and the code that fits instead are named.",
    severity: "error",
    source:
      "MOJ-2026-09 p.235-297 (직종설명: roles named as not belonging to each occupation); catalog excludedTitles and scope",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(직종설명: 직종마다 해당하지 않는 역할을 밝힙니다), 직종설명에 따라 정리한 직종별 제외 직무와 직무 범위",
    messages: {
      excludedUseCode:
        'The duties read as "{{role}}" ({{roleKo}}), which the catalog excludes from {{selectedCode}} {{selectedName}} ("Not this occupation": {{reason}}); {{share}}% of the working time reads as that role. That role belongs under {{useCode}} {{useName}}: file under it if that is the job, or rewrite the duties to show {{selectedCode}}\'s core work.',
      excludedNoCode:
        'The duties read as "{{role}}" ({{roleKo}}), which the catalog excludes from {{selectedCode}} {{selectedName}} ("Not this occupation": {{reason}}); {{share}}% of the working time reads as that role. The catalog gives that role no E-7 code, so it is not an E-7 occupation; rewrite the duties to show {{selectedCode}}\'s core work if that is the real job.',
      excludedWorkplace:
        'The duties place the work at "{{workplace}}", {{workplaceKind}}, which {{selectedCode}} {{selectedName}} is not open to ("Not this occupation": {{reason}}). A job there cannot be filed under {{selectedCode}}; if the duties name it by mistake, correct them.',
    },
    messagesKo: {
      excludedUseCode:
        '담당업무가 카탈로그에서 {{selectedCode}} {{selectedName}}에서 제외한 "{{roleKo}}"({{role}}) 직무로 읽힙니다. 제외 사유: {{reason}}. 근무시간의 {{share}}%가 해당 직무에 해당합니다. 그 직무는 {{useCode}} {{useName}}에 속하므로, 실제 직무라면 {{useCode|으로/로}} 신청하시고 그렇지 않다면 {{selectedCode}}의 핵심 업무가 드러나도록 담당업무를 다시 작성하십시오.',
      excludedNoCode:
        '담당업무가 카탈로그에서 {{selectedCode}} {{selectedName}}에서 제외한 "{{roleKo}}"({{role}}) 직무로 읽힙니다. 제외 사유: {{reason}}. 근무시간의 {{share}}%가 해당 직무에 해당합니다. 카탈로그에는 그 직무에 해당하는 E-7 직종코드가 없으므로 E-7 직종이 아닙니다. 실제 직무가 {{selectedCode}}라면 핵심 업무가 드러나도록 담당업무를 다시 작성하십시오.',
      excludedWorkplace:
        '담당업무에 "{{workplace}}" 표현이 있어, 근무처가 {{workplaceKind|으로/로}} 보입니다. {{selectedCode}} {{selectedName}} 직종은 그러한 업체에서는 고용할 수 없습니다(제외 사유: {{reason}}). 그러한 업체의 일자리는 {{selectedCode|으로/로}} 신청할 수 없으며, 담당업무에 잘못 적은 것이라면 바로잡으십시오.',
    },
  },
  run(context, report) {
    const { match, catalog } = context;
    const exclusion = match.exclusion;
    // A mismatch carries the exclusion its duties also read as: naming the role says why the code is wrong, as
    // `match` does.
    if (!exclusion || (match.verdict !== "excluded" && match.verdict !== "mismatch")) return;
    const data = exclusionData(context, exclusion);
    if (exclusion.workplace !== undefined) {
      // The Korean message quotes the word as the Korean duties give it, when they are written in Korean too.
      const workplaceKo = context.matches?.ko?.exclusion?.workplace?.word;
      report({
        messageId: "excludedWorkplace",
        path: "/position/duties",
        data: {
          ...data,
          workplace: exclusion.workplace.word,
          ...(workplaceKo ? { workplaceKo } : {}),
          workplaceKind: exclusion.workplace.kind.en,
          workplaceKindKo: exclusion.workplace.kind.ko,
        },
      });
      return;
    }
    if (exclusion.useCode)
      report({
        messageId: "excludedUseCode",
        path: "/position/duties",
        data: { ...data, useCode: exclusion.useCode, useName: occupationName(catalog, exclusion.useCode) },
      });
    else report({ messageId: "excludedNoCode", path: "/position/duties", data });
  },
});
