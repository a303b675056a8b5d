/** Checks the employer-size rule (5+ insured Koreans) and the foreign-employee ratio (20%, an exception's, or the occupation's own; E-7-4 counted over E-7-4 workers). */
import { yearsBetween } from "../case/dates.js";
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";
import type { Rules } from "./load-rules.js";

/** Whether a stay status counts towards the foreign ratio (E-1 to E-7-3 do; E-7-4, E-8, E-9, E-10, H-2, F-* do not). */
export function countsTowardsRatio(status: string, rules: Rules): boolean {
  if (rules.employer.notCountedStatuses.includes(status)) return false;
  return rules.employer.countedStatusPrefixes.some((prefix) => status === prefix || status.startsWith(`${prefix}-`));
}

export const employerSizeAndRatio = defineCheck({
  meta: {
    id: "employer-size-and-ratio",
    description:
      "Under the domestic-employment review the employer needs at least 5 insured Korean employees, and E-7 foreign staff (with this hire) may be at most 20% of them, or the limit of a named exception or of the occupation.",
    severity: "error",
    source: "MOJ-2026-09 p.229 (국민고용 보호 일반 심사기준)",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 229쪽(국민고용 보호 일반 심사기준)",
    messages: {
      tooFewKoreans:
        "The employer has {{koreans}} insured Korean employees; a firm that mainly serves the domestic market needs at least {{minimum}} to invite an E-7 worker under the review of {{code}}.",
      tooFewKoreansExport:
        "The employer has {{koreans}} insured Korean employees (at least {{minimum}} expected). The refusal rule targets firms that mainly serve the domestic market; be ready to show the export or overseas business.",
      sizeWaived:
        "The employer has {{koreans}} insured Korean employees; the {{exception}} exception waives the size rule until {{until}}: {{note}}",
      ratioExceeded:
        "With this hire the employer would have {{after}} foreign employees who count towards the ratio ({{statuses}}) against {{koreans}} insured Koreans, {{afterPercent}}%; the limit is {{percent}}% ({{allowed}} people){{basis}}.",
      notApplicable:
        "{{code}} {{name}} is an E-7-1 professional outside the domestic-employment review: the employer-size and ratio rules do not apply (only the wage floor does).",
    },
    messagesKo: {
      tooFewKoreans:
        "고용보험에 가입한 내국인 근로자가 {{koreans}}명입니다. 주로 국내 시장을 대상으로 하는 업체가 {{code}} 심사 기준으로 E-7 근로자를 초청하려면 최소 {{minimum}}명이 필요합니다.",
      tooFewKoreansExport:
        "고용보험에 가입한 내국인 근로자가 {{koreans}}명입니다(최소 {{minimum}}명 기대). 불허 기준은 주로 국내 시장을 대상으로 하는 업체에 적용되므로 수출이나 해외 사업을 보여 줄 준비를 하십시오.",
      sizeWaived:
        "고용보험에 가입한 내국인 근로자가 {{koreans}}명입니다. {{exception}} 예외로 {{until}}까지 규모 기준이 면제됩니다: {{note}}",
      ratioExceeded:
        "이번 채용으로 비율 산정 대상 외국인 근로자가 {{after}}명({{statuses}})이 되어 내국인 피보험자 {{koreans}}명 대비 {{afterPercent}}%가 됩니다. 한도는 {{percent}}%({{allowed}}명)입니다{{basis}}.",
      notApplicable:
        "{{code}} {{name|은/는}} 국민고용 보호 심사 대상이 아닌 E-7-1 전문인력이므로 업체 규모와 고용 비율 기준은 적용되지 않습니다(임금 기준만 적용됩니다).",
    },
  },
  run(context, report) {
    const { occupation, rules } = context;
    const employer = context.case.employer;
    const code = selectedCodeOf(context);
    const applies =
      occupation.stricterReview.applies || (occupation.subtype !== "E-7-1" && occupation.subtype !== "E-7-S");
    if (!applies) {
      report({ messageId: "notApplicable", severity: "info", data: { code, name: occupation.nameEn } });
      return;
    }
    const exception = rules.employer.exceptions.find((e) => e.id === employer.ratioException);
    const koreans = employer.insuredKoreanEmployees;
    const minimum = rules.employer.minInsuredKoreans.value;
    if (koreans < minimum) {
      const filing = context.case.filing.plannedFilingDate;
      const waived =
        exception?.waivesSizeRule === true &&
        employer.foundedDate !== undefined &&
        yearsBetween(employer.foundedDate, filing) <= (exception.maxYearsSinceFounding ?? Number.POSITIVE_INFINITY);
      if (waived) {
        const until = `${Number(employer.foundedDate!.slice(0, 4)) + (exception.maxYearsSinceFounding ?? 0)}${employer.foundedDate!.slice(4)}`;
        report({
          messageId: "sizeWaived",
          severity: "info",
          path: "/employer/ratioException",
          data: { koreans, exception: exception.id, until, note: exception.note, noteKo: exception.noteKo },
        });
      } else if (employer.mainlyDomesticMarket) {
        report({
          messageId: "tooFewKoreans",
          path: "/employer/insuredKoreanEmployees",
          data: { koreans, minimum, code },
        });
      } else {
        report({
          messageId: "tooFewKoreansExport",
          severity: "warning",
          path: "/employer/insuredKoreanEmployees",
          data: { koreans, minimum },
        });
      }
    }
    const own = rules.occupationEmployerRules.filter((r) => r.codes.includes(code));
    // An occupation with its own per-employer cap is judged by that cap (occupation-employer-cap), not by the 20% ratio.
    if (own.some((r) => r.replacesGeneralRatio === true)) return;
    // E-7-4 workers do not count towards the general ratio; their own ratio counts E-7-4 workers only.
    const e74 = occupation.subtype === "E-7-4" || own.some((r) => r.e74Only === true);
    const counted = Object.entries(employer.foreignEmployees).filter(
      ([status, n]) => n > 0 && (e74 ? status === "E-7-4" : countsTowardsRatio(status, rules)),
    );
    const after = counted.reduce((sum, [, n]) => sum + n, 0) + 1;
    const ownPercent =
      own.find((r) => r.ratioPercent !== undefined)?.ratioPercent ??
      occupation.stricterReview.foreignRatioPercent ??
      undefined;
    const percent =
      (e74 ? undefined : exception?.ratioPercent) ?? ownPercent ?? rules.employer.foreignRatioPercent.value;
    const allowed = Math.floor((koreans * percent) / 100);
    if (after > allowed) {
      report({
        messageId: "ratioExceeded",
        path: "/employer/foreignEmployees",
        data: {
          after,
          statuses: counted.length > 0 ? `${counted.map(([s, n]) => `${n} ${s}`).join(", ")} + this hire` : "this hire",
          koreans,
          afterPercent: koreans > 0 ? Math.round((after / koreans) * 1000) / 10 : "no Koreans, so over any",
          percent,
          allowed,
          basis:
            !e74 && exception?.ratioPercent !== undefined
              ? ` under the ${exception.id} exception`
              : ownPercent !== undefined
                ? ` (${code}'s own ratio${e74 ? ", counting E-7-4 workers only" : ""})`
                : "",
        },
      });
    }
  },
});
