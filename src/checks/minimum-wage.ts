/** Checks the annual salary against the statutory minimum wage for the contracted weekly hours, and warns when the contract runs into a year whose pay rules are not in the rules data. */
import { addMonths } from "../case/dates.js";
import { defineCheck } from "./types.js";
import type { Rules } from "./load-rules.js";

const won = (amount: number): string => amount.toLocaleString("en-US");

/** Statutory ordinary working hours a week; hours above are overtime, paid at 150%. */
const ORDINARY_WEEKLY_HOURS = 40;

/**
 * Paid hours a month for a contract of `weeklyHours`: ordinary hours plus the paid weekly holiday (a fifth of the ordinary
 * hours, from 15 hours a week) plus overtime at 150%, over 365/7/12 weeks a month, rounded (40 hours: 209).
 */
export function paidHoursPerMonth(weeklyHours: number, rules: Rules): number {
  const ordinary = Math.min(weeklyHours, ORDINARY_WEEKLY_HOURS);
  const holiday = weeklyHours >= rules.minimumWage.weeklyHolidayFromHours ? ordinary / 5 : 0;
  const overtime = Math.max(0, weeklyHours - ORDINARY_WEEKLY_HOURS) * 1.5;
  return Math.round(((ordinary + holiday + overtime) * 365) / 7 / 12);
}

/** The first and last day of the contract and the calendar years it touches. */
export function contractYears(startDate: string, months: number): { end: string; years: number[] } {
  const end = addMonths(startDate, months);
  const lastDay = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const years: number[] = [];
  for (let y = Number(startDate.slice(0, 4)); y <= Number(lastDay.slice(0, 4)); y += 1) years.push(y);
  return { end: lastDay, years };
}

export const minimumWage = defineCheck({
  meta: {
    id: "minimum-wage",
    description:
      "The annual salary must reach the statutory minimum wage for every paid hour of the contracted week (weekly holiday and overtime included); a contract running into a year whose minimum wage or E-7 wage notice is not in the rules data is flagged.",
    severity: "error",
    source:
      "Minimum Wage Act; MOEL minimum wage for 2026 (KRW 10,320/h, announced 2025-08-05); MOJ-2026-09 p.230 (hours stated so the minimum wage can be checked)",
    sourceKo:
      "최저임금법, 고용노동부 2026년 최저임금(시간당 10,320원, 2025. 8. 5. 고시), 법무부 「외국인체류 안내매뉴얼」(2026. 9.) 230쪽(최저임금을 확인할 수 있도록 근로시간을 적습니다)",
    messages: {
      belowMinimumWage:
        "The annual salary of {{salary}} won is below the {{year}} minimum wage for {{hours}} hours a week: {{hourly}} won x {{monthlyHours}} paid hours a month x 12 = {{minimum}} won. Raise it by at least {{gap}} won or correct position.weeklyHours.",
      unknownYear:
        "The contract runs from {{start}} to {{end}}, into {{years}}, for which {{missing}} not in e7-align's rules data (latest on file: minimum wage {{latestWage}}, E-7 wage notice to {{latestNotice}}). The pay is judged on this year's figures; check the figures published for that year, since an extension compares the pay actually received with the floor then in force.",
    },
    messagesKo: {
      belowMinimumWage:
        "연봉 {{salary}}원은 주 {{hours}}시간 근무에 대한 {{year}}년 최저임금보다 낮습니다: 시간당 {{hourly}}원 × 월 유급 {{monthlyHours}}시간 × 12 = {{minimum}}원. 최소 {{gap}}원 올리거나 주당 근로시간을 고치십시오.",
      unknownYear:
        "계약 기간이 {{start}}부터 {{end}}까지로 {{years}}년에 걸치는데, 해당 연도의 {{missingKo}} 이 점검에 쓴 기준(최저임금 {{latestWage}}년, E-7 임금 고시 {{latestNotice}}까지)에 없어 임금은 올해 수치로 판단했습니다. 연장 심사에서는 실제로 받은 임금을 그때 적용되는 기준과 비교하므로, 그 연도의 수치가 공표되었는지 확인하고(공표 전이면 공표된 뒤) 그 수치로 연봉을 다시 확인하십시오.",
    },
  },
  run(context, report) {
    const { rules } = context;
    const { position } = context.case;
    const hours = position.weeklyHours;
    const { end, years } = contractYears(position.startDate, position.contractMonths);
    const monthlyHours = paidHoursPerMonth(hours, rules);
    const known = rules.minimumWage.rates
      .filter((r) => years.includes(r.year))
      .sort((a, b) => b.hourlyKrw - a.hourlyKrw)[0];
    if (known) {
      const minimum = known.hourlyKrw * monthlyHours * 12;
      if (position.annualSalaryKrw < minimum) {
        report({
          messageId: "belowMinimumWage",
          path: "/position/annualSalaryKrw",
          data: {
            salary: won(position.annualSalaryKrw),
            year: known.year,
            hours,
            hourly: won(known.hourlyKrw),
            monthlyHours,
            minimum: won(minimum),
            gap: won(minimum - position.annualSalaryKrw),
          },
        });
      }
    }
    const wageYears = new Set(rules.minimumWage.rates.map((r) => r.year));
    const noticeTo =
      rules.wageFloors
        .map((p) => p.validTo)
        .sort()
        .at(-1) ?? "";
    const unknownWage = years.filter((y) => !wageYears.has(y));
    const unknownNotice = years.filter(
      (y) => `${y}-12-31` > noticeTo && !rules.wageFloors.some((p) => p.validFrom.startsWith(String(y))),
    );
    const unknown = [...new Set([...unknownWage, ...unknownNotice])].sort();
    if (unknown.length === 0) return;
    const both = unknownWage.length > 0 && unknownNotice.length > 0;
    const missing = both
      ? "the minimum wage and the E-7 wage notice are"
      : unknownWage.length > 0
        ? "the minimum wage is"
        : "the E-7 wage notice is";
    const missingKo = both ? "최저임금과 E-7 임금 고시는" : unknownWage.length > 0 ? "최저임금은" : "E-7 임금 고시는";
    report({
      messageId: "unknownYear",
      severity: "warning",
      path: "/position/contractMonths",
      data: {
        start: position.startDate,
        end,
        years: unknown.join(", "),
        missing,
        missingKo,
        latestWage: Math.max(...wageYears),
        latestNotice: noticeTo,
      },
    });
  },
});
