/** Checks that the duties, weighted by their shares, describe the selected occupation code (via the matcher). */
import type { MatchResult } from "../match/types.js";
import { defineCheck, type FindingReport } from "./types.js";
import { occupationName, readingsByLanguage, selectedCodeOf } from "./check-helpers.js";

const LANGUAGE = { ko: "Korean", en: "English" } as const;

export const dutiesFitCode = defineCheck({
  meta: {
    id: "duties-fit-code",
    description:
      "The duties, weighted by share, must match the selected code's duty description; on a mismatch the better code is named.",
    severity: "error",
    source:
      "MOJ-2026-09 p.235-297 (직종설명: each occupation is defined by its duties; the most similar occupation is applied)",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(직종설명: 직종은 업무로 정하며, 가장 비슷한 직종을 적용합니다)",
    messages: {
      mismatch:
        "The duties describe {{bestCode}} {{bestName}}, not {{selectedCode}} {{selectedName}}: {{bestShare}}% of the working time reads as {{bestCode}} and {{selectedShare}}% as {{selectedCode}}. File under {{bestCode}}, or rewrite the duties if the job really is {{selectedName}}.",
      ambiguous:
        "The duties fit {{selectedCode}} {{selectedName}} and {{rivalCode}} {{rivalName}} about equally. Make the duties answer this question for {{selectedCode}}: {{question}}",
      languagesDisagree:
        "The {{language}} duty texts describe {{bestCode}} {{bestName}} ({{bestShare}}% of the working time), while the {{primary}} texts fit {{selectedCode}} {{selectedName}}. Both languages must state the same duties: correct the {{language}} texts.",
      unsupported:
        "The duties give too little specific evidence for {{selectedCode}} {{selectedName}} (or any code). Name what is built, analysed or sold, for whom and with which tools.",
    },
    messagesKo: {
      languagesDisagree:
        "{{language}} 직무 내용은 {{bestCode}} {{bestName}}(근무 시간의 {{bestShare}}%)에 해당하지만, {{primary}} 직무 내용은 {{selectedCode}} {{selectedName}}에 들어맞습니다. 두 언어의 직무는 같아야 하므로 {{language}} 직무 내용을 고치십시오.",
      mismatch:
        "직무 내용은 {{selectedCode}} {{selectedName|이/가}} 아니라 {{bestCode}} {{bestName}}에 해당합니다. 근무 시간의 {{bestShare}}%가 {{bestCode|으로/로}}, {{selectedShare}}%가 {{selectedCode|으로/로}} 읽힙니다. {{bestCode|으로/로}} 신청하거나, 실제 직무가 {{selectedName}}에 해당한다면 직무 내용을 다시 쓰십시오.",
      ambiguous:
        "직무 내용이 {{selectedCode}} {{selectedName|와/과}} {{rivalCode}} {{rivalName}}에 비슷하게 들어맞습니다. 다음 질문에 {{selectedCode}} 쪽으로 답하도록 직무를 쓰십시오: {{question}}",
      unsupported:
        "직무 내용에 {{selectedCode}} {{selectedName}} 직종(또는 어느 직종이든)을 뒷받침할 구체적인 근거가 부족합니다. 무엇을 만들고 분석하거나 판매하는지, 누구를 위해, 어떤 도구로 하는지 적으십시오.",
    },
  },
  run(context, report) {
    const { catalog } = context;
    const selectedCode = selectedCodeOf(context);
    const base = { selectedCode, selectedName: occupationName(catalog, selectedCode) };
    const [[primary, primaryMatch], ...others] = readingsByLanguage(context);
    const primaryFinding = judge(primaryMatch, selectedCode);
    if (primaryFinding) report(primaryFinding);
    // Each other language the duties are written in is matched on its own: a translation that describes another job is an error too.
    if (primaryFinding?.messageId === "mismatch") return;
    for (const [lang, match] of others) {
      const finding = judge(match, selectedCode);
      if (finding?.messageId !== "mismatch") continue;
      report({
        messageId: "languagesDisagree",
        path: "/position/duties",
        data: { ...base, ...finding.data, language: LANGUAGE[lang], primary: LANGUAGE[primary] },
      });
    }

    function judge(match: MatchResult, code: string): FindingReport | undefined {
      const shareOf = (c: string): number =>
        Math.round(match.statements.filter((s) => s.bestCode === c).reduce((sum, s) => sum + s.weight, 0) * 100);
      // A split whose majority lies elsewhere is a mismatch too: the officer reads the job by its majority.
      const split = match.split;
      const selectedWeight = split
        ? split.codes[0] === code
          ? split.weights[0]
          : split.codes[1] === code
            ? split.weights[1]
            : 0
        : 0;
      const majorityWeight = split ? Math.max(...split.weights) : 0;
      const majorityElsewhere =
        match.verdict === "ambiguous" &&
        split !== undefined &&
        split.majorityCode !== code &&
        majorityWeight > selectedWeight
          ? split.majorityCode
          : undefined;
      if (match.verdict === "mismatch" || majorityElsewhere !== undefined) {
        const bestCode = majorityElsewhere ?? match.bestCode;
        return {
          messageId: "mismatch",
          path: "/selectedCode",
          data: {
            ...base,
            bestCode,
            bestName: occupationName(catalog, bestCode),
            bestShare: shareOf(bestCode),
            selectedShare: shareOf(code),
          },
        };
      }
      // Duties partly reading as an excluded role are duties-excluded-role-risk's finding, not a tie with a rival.
      if (match.verdict === "ambiguous" && match.excludedRoleRisk) return undefined;
      if (match.verdict === "ambiguous") {
        const rivalCode = match.rival?.code ?? match.ranking.find((r) => r.code !== code)?.code ?? "";
        return {
          messageId: "ambiguous",
          severity: "warning",
          path: "/position/duties",
          data: {
            ...base,
            rivalCode,
            rivalName: occupationName(catalog, rivalCode),
            question: match.rival?.question?.en ?? "which occupation's core work takes most of the time?",
          },
        };
      }
      if (match.verdict === "unsupported")
        return { messageId: "unsupported", severity: "warning", path: "/position/duties", data: base };
      return undefined;
    }
  },
});
