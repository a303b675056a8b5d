/** Checks the salary against the GNI-based floor of the occupations that keep one (80% or 70% of last year's per-capita GNI). */
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";
import type { GniFigure } from "./load-rules.js";

const won = (amount: number): string => amount.toLocaleString("en-US");

/** The per-capita GNI of the year before `date`, else the latest earlier one (flagged as not current). */
export function gniFor(
  figures: readonly GniFigure[],
  date: string,
): { figure: GniFigure; current: boolean } | undefined {
  const wanted = Number(date.slice(0, 4)) - 1;
  const exact = figures.find((f) => f.year === wanted && f.published <= date);
  if (exact) return { figure: exact, current: true };
  const earlier = figures.filter((f) => f.year < wanted || f.published <= date).sort((a, b) => b.year - a.year)[0];
  return earlier ? { figure: earlier, current: false } : undefined;
}

export const gniWageFloor = defineCheck({
  meta: {
    id: "gni-wage-floor",
    description:
      "Occupations that keep a GNI-based pay rule (aquaculture, shipbuilding welders, ship electricians and painters, aircraft parts: 80%; auto parts and auto body: 70%) must pay at least that share of the previous year's per-capita GNI.",
    severity: "error",
    source:
      "MOJ-2026-09 p.230 and the occupation's criteria page; Bank of Korea per-capita GNI (rules.json gniPerCapita)",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 230쪽과 직종별 세부 기준, 한국은행 1인당 국민총소득(GNI)",
    messages: {
      belowGniFloor:
        "The annual salary of {{salary}} won is below {{percent}}% of the {{gniYear}} per-capita GNI ({{gni}} won), {{floor}} won, which {{code}} {{name}} requires: {{note}} ({{ruleSource}}). Raise it by at least {{gap}} won.",
      newEntrantOnly:
        "The annual salary of {{salary}} won is below {{percent}}% of the {{gniYear}} per-capita GNI ({{floor}} won) but reaches the {{entrantFloor}} won allowed for new entrants in their first {{years}} years: {{note}} Only file at this pay for a new entrant.",
      staleGni:
        "No per-capita GNI for {{wantedYear}} is on file; the {{gniYear}} figure ({{gni}} won) was used. Check the Bank of Korea's latest release.",
    },
    messagesKo: {
      belowGniFloor:
        "연봉 {{salary}}원은 {{code}} {{name}} 직종이 요구하는 {{gniYear}}년 1인당 국민총소득({{gni}}원)의 {{percent}}%인 {{floor}}원보다 낮습니다: {{note}} ({{ruleSource}}) 최소 {{gap}}원 올리십시오.",
      newEntrantOnly:
        "연봉 {{salary}}원은 {{gniYear}}년 1인당 국민총소득의 {{percent}}%({{floor}}원)보다 낮지만, 경력 {{years}}년 미만 신규 인력에게 허용되는 {{entrantFloor}}원에는 이릅니다: {{note}} 신규 인력인 경우에만 이 임금으로 신청하십시오.",
      staleGni:
        "{{wantedYear}}년 1인당 국민총소득 자료가 없어 {{gniYear}}년 수치({{gni}}원)를 사용했습니다. 한국은행의 최신 발표를 확인하십시오.",
    },
  },
  run(context, report) {
    const { rules } = context;
    const code = selectedCodeOf(context);
    const rule = rules.occupationGniFloors.find((r) => r.codes.includes(code));
    if (!rule) return;
    const date = context.case.filing.plannedFilingDate;
    const found = gniFor(rules.gniPerCapita, date);
    if (!found) return;
    const { figure } = found;
    if (!found.current)
      report({
        messageId: "staleGni",
        severity: "warning",
        path: "/filing/plannedFilingDate",
        data: { wantedYear: Number(date.slice(0, 4)) - 1, gniYear: figure.year, gni: won(figure.krw) },
      });
    const floor = Math.ceil((figure.krw * rule.percentOfGni) / 100);
    const salary = context.case.position.annualSalaryKrw;
    if (salary >= floor) return;
    const base = {
      salary: won(salary),
      percent: rule.percentOfGni,
      gniYear: figure.year,
      gni: won(figure.krw),
      floor: won(floor),
      code,
      name: context.occupation.nameEn,
      note: rule.note,
      noteKo: rule.noteKo,
      ruleSource: rule.source,
    };
    if (rule.newEntrantFloorKrw !== undefined && salary >= rule.newEntrantFloorKrw) {
      report({
        messageId: "newEntrantOnly",
        severity: "warning",
        path: "/position/annualSalaryKrw",
        data: { ...base, entrantFloor: won(rule.newEntrantFloorKrw), years: rule.newEntrantYears ?? 0 },
      });
      return;
    }
    report({
      messageId: "belowGniFloor",
      path: "/position/annualSalaryKrw",
      data: { ...base, gap: won(floor - salary) },
    });
  },
});
