/** Flags duties spread over two occupations: the officer applies the occupation of the majority of the work. */
import { defineCheck } from "./types.js";
import { occupationName, selectedCodeOf } from "./check-helpers.js";

export const splitDuties = defineCheck({
  meta: {
    id: "split-duties",
    description:
      "The duties must not be split between two occupations; the majority of the working time decides the code.",
    severity: "warning",
    source: "MOJ-2026-09 p.235-297 (직종설명; the most similar occupation is applied)",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(직종설명: 가장 비슷한 직종을 적용합니다)",
    messages: {
      split:
        "The duties are split between {{codeA}} {{nameA}} ({{weightA}}%) and {{codeB}} {{nameB}} ({{weightB}}%). The majority rule reads the job as {{majorityCode}}. {{advice}}",
    },
    messagesKo: {
      split:
        "직무가 {{codeA}} {{nameA}}({{weightA}}%) 직종과 {{codeB}} {{nameB}}({{weightB}}%) 직종으로 나뉩니다. 다수 기준에 따라 이 직무는 {{majorityCode|으로/로}} 읽힙니다. {{advice}}",
    },
  },
  run(context, report) {
    const split = context.match.split;
    if (!split) return;
    const selectedCode = selectedCodeOf(context);
    const [codeA, codeB] = split.codes;
    const minority = split.majorityCode === codeA ? codeB : codeA;
    const advice =
      split.majorityCode === selectedCode
        ? `Move the ${minority} work out of this job, or cut its share, so that ${selectedCode} clearly holds the majority (70% or more).`
        : `File under ${split.majorityCode}, or rewrite the job so that ${selectedCode} work holds the majority.`;
    // The Korean message takes its own advice (formatMessageKo reads adviceKo), not the English sentence.
    const adviceKo =
      split.majorityCode === selectedCode
        ? `${minority} 업무를 이 직무에서 빼거나 그 비중을 줄여 ${selectedCode} 업무가 분명한 다수(70% 이상)가 되게 하십시오.`
        : `${split.majorityCode} 직종으로 신청하거나, ${selectedCode} 업무가 다수가 되도록 직무를 다시 쓰십시오.`;
    report({
      messageId: "split",
      path: "/position/duties",
      data: {
        codeA,
        nameA: occupationName(context.catalog, codeA),
        weightA: Math.round(split.weights[0] * 100),
        codeB,
        nameB: occupationName(context.catalog, codeB),
        weightB: Math.round(split.weights[1] * 100),
        majorityCode: split.majorityCode,
        advice,
        adviceKo,
      },
    });
  },
});
