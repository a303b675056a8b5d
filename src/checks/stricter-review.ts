/** Reports when the occupation is under the stricter domestic-employment review, what that adds, and per-firm caps it breaks. */
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";

export const stricterReview = defineCheck({
  meta: {
    id: "stricter-review",
    description: "Occupations prone to abuse (mechanical engineers, drafters, travel product developers, overseas sales, translators/interpreters, web developers for the ratio, and others) get the domestic-employment review: employer size, foreign ratio or own caps, wage floor.",
    severity: "info",
    source: "MOJ-2026-09 p.229 (국민고용 보호 심사기준) and the occupation's criteria page",
    messages: {
      underReview: "{{code}} {{name}} is under the stricter domestic-employment review. {{summary}} It adds: {{conditions}}.",
      capForFirm: "{{code}} {{name}}: a firm with {{workers}} regular workers may employ at most {{cap}} foreign {{name}} staff ({{ruleSource}}). Count the ones already employed.",
      firmTooSmall: "{{code}} {{name}} cannot be filed by a firm with {{workers}} regular workers: {{note}} ({{ruleSource}})",
    },
  },
  run(context, report) {
    const { occupation, rules } = context;
    const review = occupation.stricterReview;
    if (!review.applies) return;
    const code = selectedCodeOf(context);
    const conditions = [...(review.employerConditions ?? []), ...(review.perEmployerCap ? [`per-employer cap: ${review.perEmployerCap}`] : [])];
    report({
      messageId: "underReview",
      path: "/selectedCode",
      data: { code, name: occupation.nameEn, summary: review.summary, conditions: conditions.length > 0 ? conditions.join("; ") : "the employer-size rule, the 20% foreign ratio and the wage floor" },
    });
    const rule = rules.occupationEmployerRules.find((r) => r.codes.includes(code));
    if (!rule) return;
    const employer = context.case.employer;
    const workers = employer.regularWorkers ?? employer.insuredKoreanEmployees + Object.values(employer.foreignEmployees).reduce((a, b) => a + b, 0);
    const band = rule.capsByRegularWorkers.find((b) => b.upTo === null || workers <= b.upTo);
    if (!band) return;
    if (band.cap === 0) {
      report({ messageId: "firmTooSmall", severity: "error", path: employer.regularWorkers !== undefined ? "/employer/regularWorkers" : "/employer/insuredKoreanEmployees", data: { code, name: occupation.nameEn, workers, note: rule.note, ruleSource: rule.source } });
    } else {
      report({ messageId: "capForFirm", path: "/employer", data: { code, name: occupation.nameEn, workers, cap: band.cap, ruleSource: rule.source } });
    }
  },
});
