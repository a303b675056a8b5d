/** The wage floor to print in the RRS next to the salary: the subtype's floor in force on the filing date, or an occupation's own higher floor. */
import type { Case } from "../case/types.js";
import type { Occupation } from "../catalog/types.js";
import type { Rules } from "../checks/load-rules.js";
import { wagePeriodFor } from "../checks/salary-floor.js";
import type { SalaryFloor } from "../render/build-view.js";
import { codeOf } from "../catalog/occupation-lookup.js";

/**
 * How an officer would recognise a rule's source: the Ministry of Justice notice number, or the stay manual and its
 * pages. Never the rules file's own key (such as "MOJ-WAGE-2026"), which means nothing outside this tool.
 */
export function citation(rules: Rules, source: string): { en: string; ko: string } | undefined {
  const text = rules.sources[source.split(" ")[0]!] ?? "";
  const notice = /notice (\d{4}-\d+)/i.exec(text);
  if (notice) return { en: `Ministry of Justice notice ${notice[1]}`, ko: `법무부 공고 제${notice[1]}호` };
  const manual = /(\d{4})\.(\d{1,2})/.exec(text);
  const pages = /p\.\s*([\d-]+)/.exec(source)?.[1];
  if (/stay manual/i.test(text) && manual) {
    return {
      en: `Ministry of Justice stay manual (${manual[1]}.${manual[2]})${pages ? `, p. ${pages}` : ""}`,
      ko: `법무부 외국인체류 안내매뉴얼(${manual[1]}. ${Number(manual[2])}.)${pages ? ` ${pages}쪽` : ""}`,
    };
  }
  return undefined;
}

/** Where the rules data names no notice or manual edition, the manual by name. */
const MANUAL = { ko: "법무부 외국인체류 안내매뉴얼", en: "Ministry of Justice stay manual" };

/** Undefined when no notice on file covers the planned filing date (the RRS then states the salary alone). */
export function salaryFloorFor(input: Case, occupation: Occupation, rules: Rules): SalaryFloor | undefined {
  if (occupation.subtype === "E-7-S") return undefined;
  const code = codeOf(occupation);
  const found = wagePeriodFor(rules.wageFloors, input.filing.plannedFilingDate);
  const own = rules.occupationWageRules.find((rule) => rule.codes.includes(code));
  const general = found?.current ? found.period.floorsKrw[occupation.subtype] : undefined;
  if (own && (general === undefined || own.minAnnualKrw > general)) {
    const cited = citation(rules, own.source) ?? MANUAL;
    return {
      amountKrw: own.minAnnualKrw,
      labelEn: `wage requirement for occupation ${code}`,
      labelKo: `직종 ${code} 임금요건`,
      sourceEn: cited.en,
      sourceKo: cited.ko,
    };
  }
  if (general === undefined || !found) return undefined;
  const cited = citation(rules, found.period.source) ?? MANUAL;
  const year = found.period.validFrom.slice(0, 4);
  return {
    amountKrw: general,
    labelEn: `${year} ${occupation.subtype} wage requirement`,
    labelKo: `${year}년 ${occupation.subtype} 임금요건`,
    sourceEn: cited.en,
    sourceKo: cited.ko,
  };
}
