/** Checks the applicant against the general qualification rule (related master's; bachelor's + 1 year after it; or 5 years) and the occupation's own rule. */
import { daysBetween, earlierDate, laterDate } from "../case/dates.js";
import type { Case, Experience } from "../case/types.js";
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";

const round1 = (n: number): number => Math.round(n * 10) / 10;
const HIGHER = new Set(["master", "doctorate"]);
const DEGREE = new Set(["bachelor", "master", "doctorate"]);

/** Years of related experience between `from` and `until`, counting overlapping jobs once. */
export function relatedYears(experience: readonly Experience[], from: string, until: string): number {
  const spans = experience
    .filter((e) => e.relatedToOccupation !== false)
    .map((e) => [laterDate(e.startDate, from), earlierDate(e.endDate ?? until, until)] as const)
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0].localeCompare(b[0]));
  let days = 0;
  let reached = "";
  for (const [start, end] of spans) {
    const begin = reached && reached > start ? reached : start;
    if (end > begin) days += daysBetween(begin, end);
    if (end > reached) reached = end;
  }
  return days / 365.25;
}

/** The general-rule routes the applicant meets, and the figures behind them. */
export function qualificationRoutes(data: Case, bachelorPlusYears: number, experienceOnlyYears: number) {
  const date = data.filing.plannedFilingDate;
  const related = data.applicant.education.filter((e) => e.relatedToOccupation !== false && e.completionDate <= date);
  const bachelors = related.filter((e) => DEGREE.has(e.degree));
  const yearsAfterDegree =
    bachelors.length > 0
      ? Math.max(...bachelors.map((e) => relatedYears(data.applicant.experience, e.completionDate, date)))
      : 0;
  const totalYears = relatedYears(data.applicant.experience, "0000-01-01", date);
  return {
    master: related.some((e) => HIGHER.has(e.degree)),
    bachelorPlus: bachelors.length > 0 && yearsAfterDegree >= bachelorPlusYears,
    hasBachelor: bachelors.length > 0,
    koreanDegree: data.applicant.education.some(
      (e) => e.country === "KR" && DEGREE.has(e.degree) && e.completionDate <= date,
    ),
    experienceOnly: totalYears >= experienceOnlyYears,
    yearsAfterDegree: round1(yearsAfterDegree),
    totalYears: round1(totalYears),
  };
}

export const qualification = defineCheck({
  meta: {
    id: "qualification",
    description:
      "The applicant needs a related master's, or a related bachelor's plus 1 year of related work after it, or 5 years of related work; occupations can tighten this.",
    severity: "error",
    source: "MOJ-2026-09 p.213-231 (E-7 general qualification rule) and the occupation's criteria page",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 213~231쪽(E-7 일반 자격요건)과 직종별 세부 기준",
    messages: {
      notMet:
        "The applicant meets none of the qualification routes: related master's: no; related bachelor's: {{bachelor}}, with {{yearsAfterDegree}} years of related work after it ({{bachelorPlusYears}} needed); related work in total: {{totalYears}} years ({{experienceOnlyYears}} needed). Exemptions (top-ranked universities, a Korean degree, high pay) need proof.",
      experienceOnlyBarred:
        "{{code}} {{name}} does not accept the experience-only route, and the applicant has no related degree route: {{note}}",
      ownRule: "{{code}} {{name}} has its own qualification rule; check it as well: {{note}}",
      minYears:
        "{{code}} {{name}} asks for {{minYears}} years of related experience; the applicant has {{totalYears}}.",
      koreanDegree:
        "The applicant holds a Korean bachelor's degree or higher, which meets the education requirement in any major (not cyber or distance universities).",
    },
    messagesKo: {
      notMet:
        "외국인은 어느 자격 요건 경로도 충족하지 않습니다. 관련 석사: 없음, 관련 학사: {{bachelor}}, 학위 취득 후 관련 경력 {{yearsAfterDegree}}년(필요 {{bachelorPlusYears}}년), 전체 관련 경력 {{totalYears}}년(필요 {{experienceOnlyYears}}년). 예외(세계 우수 대학, 국내 학위, 고소득)는 증빙이 필요합니다.",
      experienceOnlyBarred:
        "{{code}} {{name|은/는}} 경력만으로 자격을 인정하지 않으며, 외국인에게는 관련 학위 경로가 없습니다: {{note}}",
      ownRule: "{{code}} {{name}}에는 별도의 자격 기준이 있으니 함께 확인하십시오: {{note}}",
      minYears:
        "{{code}} {{name|은/는}} 관련 경력 {{minYears}}년을 요구하지만, 외국인의 경력은 {{totalYears}}년입니다.",
      koreanDegree:
        "외국인은 국내 학사 이상 학위를 보유하여 전공과 관계없이 학력 요건을 충족합니다(사이버대학·원격대학 제외).",
    },
  },
  run(context, report) {
    const { occupation, rules } = context;
    const code = selectedCodeOf(context);
    const routes = qualificationRoutes(
      context.case,
      rules.qualification.bachelorPlusYears,
      rules.qualification.experienceOnlyYears,
    );
    const own = occupation.qualification;
    if (!own.general)
      report({
        messageId: "ownRule",
        severity: "info",
        path: "/applicant/education",
        data: { code, name: occupation.nameEn, note: own.note, ...(own.noteKo ? { noteKo: own.noteKo } : {}) },
      });
    if (own.minYearsExperience !== undefined && routes.totalYears < own.minYearsExperience) {
      report({
        messageId: "minYears",
        severity: "warning",
        path: "/applicant/experience",
        data: { code, name: occupation.nameEn, minYears: own.minYearsExperience, totalYears: routes.totalYears },
      });
    }
    const experienceAllowed = own.experienceOnlyAllowed !== false;
    if (routes.master || routes.bachelorPlus) return;
    if (routes.koreanDegree) {
      report({ messageId: "koreanDegree", severity: "info", path: "/applicant/education" });
      return;
    }
    if (routes.experienceOnly && experienceAllowed) return;
    if (routes.experienceOnly && !experienceAllowed) {
      report({
        messageId: "experienceOnlyBarred",
        path: "/applicant/education",
        data: { code, name: occupation.nameEn, note: own.note, ...(own.noteKo ? { noteKo: own.noteKo } : {}) },
      });
      return;
    }
    report({
      messageId: "notMet",
      // An occupation with its own rule may accept what the general rule does not: warn rather than block.
      severity: own.general ? "error" : "warning",
      path: "/applicant",
      data: {
        bachelor: routes.hasBachelor ? "yes" : "no",
        yearsAfterDegree: routes.yearsAfterDegree,
        bachelorPlusYears: rules.qualification.bachelorPlusYears,
        totalYears: routes.totalYears,
        experienceOnlyYears: rules.qualification.experienceOnlyYears,
      },
    });
  },
});
