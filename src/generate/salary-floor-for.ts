/** The wage floor to print in the RRS next to the salary: the subtype's floor in force on the filing date, or an occupation's own higher floor. */
import type { Case } from "../case/types.js";
import type { Occupation } from "../catalog/types.js";
import type { Rules } from "../checks/load-rules.js";
import { wagePeriodFor } from "../checks/salary-floor.js";
import type { SalaryFloor } from "../render/build-view.js";

/** Rules are cited as an officer knows them: the year, the subtype and the Ministry's manual, never an internal source key. */
const MANUAL = { ko: "법무부 외국인체류 안내매뉴얼", en: "Ministry of Justice stay manual" };

/** Undefined when no notice on file covers the planned filing date (the RRS then states the salary alone). */
export function salaryFloorFor(input: Case, occupation: Occupation, rules: Rules): SalaryFloor | undefined {
  if (occupation.subtype === "E-7-S") return undefined;
  const code = occupation.code ?? occupation.id;
  const found = wagePeriodFor(rules.wageFloors, input.filing.plannedFilingDate);
  const own = rules.occupationWageRules.find((rule) => rule.codes.includes(code));
  const general = found?.current ? found.period.floorsKrw[occupation.subtype] : undefined;
  if (own && (general === undefined || own.minAnnualKrw > general)) {
    return { amountKrw: own.minAnnualKrw, labelEn: `wage requirement for occupation ${code}`, labelKo: `직종 ${code} 임금요건`, sourceEn: MANUAL.en, sourceKo: MANUAL.ko };
  }
  if (general === undefined || !found) return undefined;
  const year = found.period.validFrom.slice(0, 4);
  return { amountKrw: general, labelEn: `${year} ${occupation.subtype} wage requirement`, labelKo: `${year}년 ${occupation.subtype} 임금요건`, sourceEn: MANUAL.en, sourceKo: MANUAL.ko };
}
