/** For a reapplication or a supplementation answer: every reason stated in the notice must be answered by a change in the case. */
import { answerReasons, loadDenialReasonRules, type ReasonCategory } from "../case/reason-answers.js";
import { textIn, textsOf } from "../case/local-text.js";
import { priorEditionOf, resolveCode } from "../catalog/resolve-code.js";
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";

const CATEGORY_NAMES: Readonly<Record<ReasonCategory, { en: string; ko: string }>> = {
  "code-duty": { en: "occupation code or duties", ko: "직종코드·직무" },
  salary: { en: "salary", ko: "임금" },
  employer: { en: "employer size or ratio", ko: "고용 규모·비율" },
  qualification: { en: "qualification", ko: "학력·경력 요건" },
  documents: { en: "missing or expired documents", ko: "서류 누락·만료" },
  other: { en: "other", ko: "기타" },
};

/** The reason as quoted inside a sentence: without its closing full stop. */
const quoted = (text: string): string => text.trim().replace(/[.。]+$/u, "");

export const reasonsAnswered = defineCheck({
  meta: {
    id: "reasons-answered",
    description:
      "Each reason stated in the denial or supplementation notice must be answered by a change in the case (a new code, rewritten duties, a raised salary or an item of priorApplication.whatChanged).",
    severity: "error",
    source:
      "e7-align practice note: a refiled packet is reviewed on the same criteria and the officer reads the earlier file (MOJ-2026-09 p.235-297); src/data/denial-reasons.json",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(다시 신청한 서류도 같은 기준으로 심사합니다), 재신청 실무(자체 기준): 심사관은 이전 신청 서류를 함께 읽습니다.",
    messages: {
      unanswered:
        'Reason {{number}} of the notice ({{category}}) is answered by nothing in the case file: "{{reason}}". Change what it names (code, duties, salary, documents) and list the change in priorApplication.whatChanged.',
    },
    messagesKo: {
      unanswered:
        '통지서의 사유 {{number}}({{category}})에 대응하는 변경 내용이 이번 신청에 없습니다: "{{reason}}". 사유가 지적한 점(직종코드, 직무, 임금, 서류)을 바꾸고 그 변경을 priorApplication.whatChanged에 적으십시오.',
    },
  },
  run(context, report) {
    const { filing, priorApplication: prior, position } = context.case;
    if (filing.kind === "first" || !prior) return;
    const edition = prior.codeEdition ?? priorEditionOf(context.catalog, prior.filingDate);
    const before = resolveCode(context.catalog, prior.codeFiled, edition);
    const codeChanged = before.kind === "found" && before.occupation.id !== context.occupation.id;
    const answered = answerReasons(
      prior,
      {
        codeChanged,
        code: selectedCodeOf(context),
        annualSalaryKrw: position.annualSalaryKrw,
        duties: position.duties,
      },
      loadDenialReasonRules(),
    );
    for (const answer of answered) {
      if (answer.unanswered.length === 0) continue;
      report({
        messageId: "unanswered",
        path: `/priorApplication/reasons/${answer.index}`,
        data: {
          number: answer.index + 1,
          category: answer.unanswered.map((c) => CATEGORY_NAMES[c].en).join(", "),
          categoryKo: answer.unanswered.map((c) => CATEGORY_NAMES[c].ko).join(", "),
          reason: quoted(textIn(answer.reason, "en") ?? textsOf(answer.reason)[0] ?? ""),
          reasonKo: quoted(textIn(answer.reason, "ko") ?? textsOf(answer.reason)[0] ?? ""),
        },
      });
    }
  },
});
