/** The wage floor to print in the RRS next to the salary: the subtype's floor in force on the filing date, or an occupation's own higher floor. */
import type { Case } from "../case/types.js";
import type { Occupation } from "../catalog/types.js";
import type { Rules } from "../checks/load-rules.js";
import { wagePeriodFor } from "../checks/salary-floor.js";
import type { SalaryFloor } from "../render/build-view.js";

/** Undefined when no notice on file covers the planned filing date (the RRS then states the salary alone). */
export function salaryFloorFor(input: Case, occupation: Occupation, rules: Rules): SalaryFloor | undefined {
  if (occupation.subtype === "E-7-S") return undefined;
  const code = occupation.code ?? occupation.id;
  const found = wagePeriodFor(rules.wageFloors, input.filing.plannedFilingDate);
  const own = rules.occupationWageRules.find((rule) => rule.codes.includes(code));
  const general = found?.current ? found.period.floorsKrw[occupation.subtype] : undefined;
  if (own && (general === undefined || own.minAnnualKrw > general)) {
    return { amountKrw: own.minAnnualKrw, labelEn: `wage floor for occupation ${code} (${own.source})`, labelKo: `직종 ${code} 임금 요건(${own.source})` };
  }
  if (general === undefined || !found) return undefined;
  return { amountKrw: general, labelEn: `${occupation.subtype} wage floor (${found.period.source})`, labelKo: `${occupation.subtype} 임금 요건(${found.period.source})` };
}
