/** Checks the occupation's own per-employer cap (by regular workers, by insured Koreans, or a fixed number) where the rules give one. */
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";
import { countsTowardsRatio } from "./employer-size-and-ratio.js";
import type { CapBand, OccupationEmployerRule } from "./load-rules.js";
import type { CheckContext } from "./types.js";

/** The cap a rule gives this employer, what it was counted on, and the JSON pointer of that count; undefined when the rule sets no cap. */
export function capFor(
  rule: OccupationEmployerRule,
  context: CheckContext,
):
  | { cap: number; count?: number; basis: "regular workers" | "insured Korean employees" | "fixed"; path: string }
  | undefined {
  const employer = context.case.employer;
  const band = (bands: readonly CapBand[], count: number): number | undefined =>
    bands.find((b) => b.upTo === null || count <= b.upTo)?.cap;
  if (rule.capsByRegularWorkers) {
    const count =
      employer.regularWorkers ??
      employer.insuredKoreanEmployees + Object.values(employer.foreignEmployees).reduce((a, b) => a + b, 0);
    const cap = band(rule.capsByRegularWorkers, count);
    return cap === undefined
      ? undefined
      : {
          cap,
          count,
          basis: "regular workers",
          path: employer.regularWorkers !== undefined ? "/employer/regularWorkers" : "/employer/insuredKoreanEmployees",
        };
  }
  if (rule.capsByInsuredKoreans) {
    const count = employer.insuredKoreanEmployees;
    const cap = band(rule.capsByInsuredKoreans, count);
    return cap === undefined
      ? undefined
      : { cap, count, basis: "insured Korean employees", path: "/employer/insuredKoreanEmployees" };
  }
  if (rule.maxPerEmployer !== undefined)
    return { cap: rule.maxPerEmployer, basis: "fixed", path: "/employer/foreignEmployees" };
  return undefined;
}

export const occupationEmployerCap = defineCheck({
  meta: {
    id: "occupation-employer-cap",
    description:
      "Where the occupation has its own per-employer cap (designers by insured Koreans, mechanical engineers and drafters by regular workers, travel product developers 2 per firm …), the hire must fit within it; the cap replaces the general 20% ratio where the rules say so.",
    severity: "error",
    source: "MOJ-2026-09 p.229 and the occupation's criteria page (rules.json occupationEmployerRules)",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 229쪽과 직종별 세부 기준",
    messages: {
      firmTooSmall: "{{code}} {{name}} cannot be filed by a firm with {{count}} {{basis}}: {{note}} ({{ruleSource}})",
      capForFirm:
        "{{code}} {{name}}: this employer may employ at most {{cap}} foreign {{name}} staff{{countText}} ({{ruleSource}}). Count the ones already employed.",
      capMayBeExceeded:
        "With this hire the employer would have {{after}} foreign staff who count ({{statuses}}), above the {{cap}} that {{code}} {{name}} allows per employer{{raised}}. If those already employed work in this occupation, the cap is exceeded: {{note}} ({{ruleSource}})",
    },
    messagesKo: {
      firmTooSmall:
        "{{count}}명({{basis}}) 규모의 업체는 {{code}} {{name|으로/로}} 신청할 수 없습니다: {{note}} ({{ruleSource}})",
      capForFirm:
        "{{code}} {{name}}: 이 업체는{{countText}} 외국인 {{name|을/를}} 최대 {{cap}}명까지 고용할 수 있습니다({{ruleSource}}). 이미 고용한 인원도 세십시오.",
      capMayBeExceeded:
        "이번 채용으로 산정 대상 외국인 근로자가 {{after}}명({{statuses}})이 되어, {{code}} {{name|이/가}} 업체당 허용하는 {{cap}}명{{raised}}을 넘습니다. 이미 고용한 인원이 이 직종에서 일한다면 한도를 초과합니다: {{note}} ({{ruleSource}})",
    },
  },
  run(context, report) {
    const { occupation, rules } = context;
    // Korean wordings of the English data values, so a Korean message carries no English phrase.
    const basisKo = (basis: NonNullable<ReturnType<typeof capFor>>["basis"]): string =>
      basis === "regular workers"
        ? "상시 근로자"
        : basis === "insured Korean employees"
          ? "고용보험 가입 내국인"
          : "고정 한도";
    const code = selectedCodeOf(context);
    const rule = rules.occupationEmployerRules.find((r) => r.codes.includes(code) && capFor(r, context) !== undefined);
    if (!rule) return;
    const found = capFor(rule, context)!;
    const name = occupation.nameEn;
    const ruleSource = rule.source;
    if (found.cap === 0) {
      report({
        messageId: "firmTooSmall",
        path: found.path,
        data: {
          code,
          name,
          count: found.count ?? 0,
          basis: found.basis,
          basisKo: basisKo(found.basis),
          note: rule.note,
          noteKo: rule.noteKo,
          ruleSource,
        },
      });
      return;
    }
    const e74 = occupation.subtype === "E-7-4";
    const counted = Object.entries(context.case.employer.foreignEmployees).filter(
      ([status, n]) => n > 0 && (e74 ? status === "E-7-4" : countsTowardsRatio(status, rules)),
    );
    const after = counted.reduce((sum, [, n]) => sum + n, 0) + 1;
    if (after > found.cap) {
      report({
        messageId: "capMayBeExceeded",
        // The case counts foreign staff by status, not by occupation, so whether the cap is broken depends on facts it does not hold.
        severity: "warning",
        path: "/employer/foreignEmployees",
        data: {
          after,
          statuses: counted.length > 0 ? `${counted.map(([s, n]) => `${n} ${s}`).join(", ")} + this hire` : "this hire",
          statusesKo: [...counted.map(([s, n]) => `${s} ${n}명`), "이번 채용 1명"].join(", "),
          cap: found.cap,
          code,
          name,
          raised: rule.raisedMax !== undefined ? ` (${rule.raisedMax} under the conditions named)` : "",
          raisedKo: rule.raisedMax !== undefined ? `(요건 충족 시 ${rule.raisedMax}명)` : "",
          note: rule.note,
          noteKo: rule.noteKo,
          ruleSource,
        },
      });
      return;
    }
    const countText = found.count !== undefined ? ` with ${found.count} ${found.basis}` : "";
    const countTextKo = found.count !== undefined ? ` ${basisKo(found.basis)} ${found.count}명 기준으로` : "";
    report({
      messageId: "capForFirm",
      severity: "info",
      path: "/employer",
      data: { code, name, cap: found.cap, countText, countTextKo, ruleSource },
    });
  },
});
