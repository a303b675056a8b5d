/** Checks the annual salary against the wage floor for the subtype on the planned filing date, and occupation-specific floors. */
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";
import type { WageFloorPeriod } from "./load-rules.js";

const won = (amount: number): string => amount.toLocaleString("en-US");

/** The wage period in force on `date`, else the latest one that started before it (flagged as stale). */
export function wagePeriodFor(
  periods: readonly WageFloorPeriod[],
  date: string,
): { period: WageFloorPeriod; current: boolean } | undefined {
  const current = periods.find((p) => p.validFrom <= date && date <= p.validTo);
  if (current) return { period: current, current: true };
  const earlier = periods.filter((p) => p.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  return earlier ? { period: earlier, current: false } : undefined;
}

/** A wage period named as a reader knows it, from its source's notice number and its first year: "Ministry of Justice notice 2025-406 (2026)". */
export function wageNoticeName(
  period: WageFloorPeriod,
  sources: Readonly<Record<string, string>>,
): { en: string; ko: string } {
  const year = period.validFrom.slice(0, 4);
  const number = /notice (\d{4}-\d+)/.exec(sources[period.source] ?? "")?.[1];
  return number
    ? {
        en: `Ministry of Justice notice ${number} on E-7 wage floors (${year})`,
        ko: `법무부 E-7 임금 기준 공지 ${number}(${year}년)`,
      }
    : { en: `Ministry of Justice E-7 wage floors (${year})`, ko: `법무부 E-7 임금 기준(${year}년)` };
}

export const salaryFloor = defineCheck({
  meta: {
    id: "salary-floor",
    description:
      "The annual salary must reach the Ministry of Justice wage floor for the subtype in force on the planned filing date, and any occupation-specific floor.",
    severity: "error",
    source: "MOJ-2026-09 p.230; MOJ wage notices 2025-106 (2025) and 2025-406 (2026)",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 230쪽, 법무부 E-7 임금 기준 공지 2025-106(2025년)과 2025-406(2026년)",
    messages: {
      belowFloor:
        "The annual salary of {{salary}} won is below the {{subtype}} floor of {{floor}} won for filings on {{date}} ({{notice}}). Raise it by at least {{gap}} won.",
      belowOccupationFloor:
        "The annual salary of {{salary}} won is below the {{floor}} won that {{code}} requires: {{note}} ({{ruleSource}})",
      staleNotice:
        "No wage notice on file covers {{date}}; the latest ({{notice}}) ran to {{validTo}} and was used. Check the Ministry of Justice notice for the new year.",
      noNotice: "No wage notice on file covers {{date}}; check the floor for {{subtype}} with the Ministry of Justice.",
      occupationNote: "{{code}} has its own wage rule: {{note}}",
    },
    messagesKo: {
      belowFloor:
        "연봉 {{salary}}원은 {{date}} 신청 기준 {{subtype}} 임금 하한 {{floor}}원보다 낮습니다({{notice}}). 최소 {{gap}}원 올리십시오.",
      belowOccupationFloor:
        "연봉 {{salary}}원은 {{code|이/가}} 요구하는 {{floor}}원보다 낮습니다: {{note}} ({{ruleSource}})",
      staleNotice:
        "{{date|을/를}} 포함하는 임금 고시가 없어 {{validTo}}까지 적용된 최신 고시를 사용했습니다: {{notice}}. 새해 법무부 고시를 확인하십시오.",
      noNotice: "{{date|을/를}} 포함하는 임금 고시가 없습니다. {{subtype}}의 임금 하한을 법무부에 확인하십시오.",
      occupationNote: "{{code}}에는 별도의 임금 기준이 있습니다: {{note}}",
    },
  },
  run(context, report) {
    const { occupation, rules } = context;
    const { position, filing } = context.case;
    const date = filing.plannedFilingDate;
    const code = selectedCodeOf(context);
    const salary = position.annualSalaryKrw;
    // E-7-S tracks have no code, so a case file cannot select them; their income rule is a GNI multiple, not this notice.
    if (occupation.subtype === "E-7-S") return;
    const found = wagePeriodFor(rules.wageFloors, date);
    const noticeData = (period: WageFloorPeriod) => {
      const notice = wageNoticeName(period, rules.sources);
      return { notice: notice.en, noticeKo: notice.ko };
    };
    if (!found) {
      report({
        messageId: "noNotice",
        severity: "warning",
        path: "/filing/plannedFilingDate",
        data: { date, subtype: occupation.subtype },
      });
    } else {
      if (!found.current)
        report({
          messageId: "staleNotice",
          severity: "warning",
          path: "/filing/plannedFilingDate",
          data: { date, period: found.period.id, validTo: found.period.validTo, ...noticeData(found.period) },
        });
      const floor = found.period.floorsKrw[occupation.subtype];
      if (salary < floor) {
        report({
          messageId: "belowFloor",
          path: "/position/annualSalaryKrw",
          data: {
            salary: won(salary),
            subtype: occupation.subtype,
            floor: won(floor),
            date,
            period: found.period.id,
            periodSource: found.period.source,
            ...noticeData(found.period),
            gap: won(floor - salary),
          },
        });
      }
    }
    const own = rules.occupationWageRules.find((rule) => rule.codes.includes(code));
    if (own && salary < own.minAnnualKrw) {
      report({
        messageId: "belowOccupationFloor",
        path: "/position/annualSalaryKrw",
        data: {
          salary: won(salary),
          floor: won(own.minAnnualKrw),
          code,
          note: own.note,
          noteKo: own.noteKo,
          ruleSource: own.source,
        },
      });
    }
    if (occupation.salaryFloorNote && !own)
      report({
        messageId: "occupationNote",
        severity: "info",
        path: "/position/annualSalaryKrw",
        data: {
          code,
          note: occupation.salaryFloorNote,
          ...(occupation.salaryFloorNoteKo ? { noteKo: occupation.salaryFloorNoteKo } : {}),
        },
      });
  },
});
