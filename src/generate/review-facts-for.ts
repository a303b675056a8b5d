/** The employer-size, foreign-ratio and qualification figures the RRS states, computed by the same rules the checks apply. */
import type { Case } from "../case/types.js";
import type { Occupation } from "../catalog/types.js";
import { countsTowardsRatio } from "../checks/employer-size-and-ratio.js";
import type { Rules } from "../checks/load-rules.js";
import { qualificationRoutes, relatedYears } from "../checks/qualification.js";
import type { ReviewFacts } from "../render/build-view.js";
import { codeOf } from "../catalog/occupation-lookup.js";

/** Whole months in a span of years, the last day counted (2018-08-01 to 2026-09-30 is 8 years 2 months). */
const months = (years: number): number => Math.floor((years + 1 / 365.25) * 12 + 1e-9);

/** Only what the case's numbers show: the ratio block for stricter-review occupations, and the first route met. */
export function reviewFactsFor(input: Case, occupation: Occupation, rules: Rules): ReviewFacts {
  const { employer } = input;
  const code = codeOf(occupation);
  let ratio: ReviewFacts["ratio"];
  if (occupation.stricterReview.applies) {
    const exception = rules.employer.exceptions.find((e) => e.id === employer.ratioException);
    const counted = Object.entries(employer.foreignEmployees)
      .filter(([status, n]) => n > 0 && countsTowardsRatio(status, rules))
      .sort(([a], [b]) => a.localeCompare(b));
    const limitPercent =
      exception?.ratioPercent ??
      occupation.stricterReview.foreignRatioPercent ??
      rules.employer.foreignRatioPercent.value;
    const rule = rules.occupationEmployerRules.find((r) => r.codes.includes(code));
    const workers =
      employer.regularWorkers ??
      employer.insuredKoreanEmployees + Object.values(employer.foreignEmployees).reduce((a, b) => a + b, 0);
    const band = rule?.capsByRegularWorkers?.find((b) => b.upTo === null || workers <= b.upTo);
    ratio = {
      insuredKoreans: employer.insuredKoreanEmployees,
      minimumKoreans: rules.employer.minInsuredKoreans.value,
      counted,
      after: counted.reduce((sum, [, n]) => sum + n, 0) + 1,
      limitPercent,
      allowed: Math.floor((employer.insuredKoreanEmployees * limitPercent) / 100),
      ...(band ? { cap: { regularWorkers: workers, cap: band.cap } } : {}),
    };
  }
  // A ratio sentence that would state a breach is left out: the checks report it, the statement does not argue it.
  if (ratio && (ratio.after > ratio.allowed || ratio.insuredKoreans < ratio.minimumKoreans)) ratio = undefined;
  const { bachelorPlusYears, experienceOnlyYears } = rules.qualification;
  const routes = qualificationRoutes(input, bachelorPlusYears, experienceOnlyYears);
  const date = input.filing.plannedFilingDate;
  const degree = input.applicant.education[0];
  let route: ReviewFacts["route"];
  if (routes.master) route = { kind: "master", months: 0, neededYears: 0 };
  else if (routes.bachelorPlus && degree)
    route = {
      kind: "bachelor-plus",
      months: months(relatedYears(input.applicant.experience, degree.completionDate, date)),
      neededYears: bachelorPlusYears,
    };
  else if (routes.koreanDegree) route = { kind: "korean-degree", months: 0, neededYears: 0 };
  else if (routes.experienceOnly && occupation.qualification.experienceOnlyAllowed !== false)
    route = {
      kind: "experience",
      months: months(relatedYears(input.applicant.experience, "0000-01-01", date)),
      neededYears: experienceOnlyYears,
    };
  return { ...(ratio ? { ratio } : {}), ...(route ? { route } : {}) };
}
