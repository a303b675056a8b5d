/** For a reapplication or a supplementation answer: compares the prior code and duties with the new ones and says what the cover letter must do. */
import { occupationLabel, priorEditionOf, resolveCode } from "../catalog/resolve-code.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import { textIn, textsOf, type TextValue } from "../case/local-text.js";
import { answerReasons, dutySimilarity, SAME_DUTIES } from "../case/reason-answers.js";
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";

export { dutySimilarity, SAME_DUTIES } from "../case/reason-answers.js";

/** The occupation a prior filing named, read in its own list edition (then in any edition). */
function priorOccupation(catalog: Catalog, code: string, edition: string | undefined): Occupation | undefined {
  const inEdition = resolveCode(catalog, code, edition);
  if (inEdition.kind === "found") return inEdition.occupation;
  const any = resolveCode(catalog, code);
  return any.kind === "found" ? any.occupation : undefined;
}

export const reapplication = defineCheck({
  meta: {
    id: "reapplication",
    description:
      "A reapplication must change what was refused: the same code with the same duties meets the same answer; a changed code must be explained in the cover letter.",
    severity: "warning",
    source:
      "e7-align practice note: a refiled packet is reviewed on the same criteria (MOJ-2026-09 p.235-297); the stated reasons must be answered",
    sourceKo:
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(다시 신청한 서류도 같은 기준으로 심사합니다), 재신청 실무(자체 기준): 통지된 불허 사유마다 달라진 점으로 답합니다.",
    messages: {
      sameCodeSameDuties:
        "The prior application filed {{priorCode}} ({{priorName}}) with duties {{similarity}}% the same as now, and this one files the same occupation. The same package will meet the same answer ({{reasons}}); change what the denial named.",
      nothingChanged:
        "priorApplication.whatChanged is empty: list what is different from the application that was {{decision}}.",
      codeChanged:
        "The code changes from {{priorCode}} ({{priorLabel}}, {{priorEdition}} list) to {{code}} ({{label}}). The cover letter must explain why {{code}} is the right occupation for these duties and answer each stated reason: {{reasons}}.",
      renumbered:
        "{{priorCode}} ({{priorEdition}} list) is the former number of {{code}} {{name}}; say in the cover letter that the occupation is unchanged and only renumbered.",
      priorCodeUnknown:
        "priorApplication.codeFiled {{priorCode}} is not a code of the {{priorEdition}} list (or any other); check the earlier receipt.",
      noPriorDuties:
        "Add priorApplication.duties (the duties as filed before) so the change in duties can be measured.",
    },
    messagesKo: {
      sameCodeSameDuties:
        "이전 신청은 {{priorCode}}({{priorName}}) 직종으로 접수되었고 직무가 지금과 {{similarity}}% 같으며, 이번에도 같은 직종으로 신청합니다. 같은 서류로는 같은 결과를 받게 됩니다({{reasons}}). 불허 사유에서 지적한 점을 바꾸십시오.",
      nothingChanged:
        "priorApplication.whatChanged가 비어 있습니다. {{decision}} 처리된 신청과 무엇이 달라졌는지 적으십시오.",
      codeChanged:
        "직종코드가 {{priorCode}}({{priorLabel}}, {{priorEdition}} 목록)에서 {{code}}({{label}}) 코드로 바뀝니다. 설명서에서 이 직무에 {{code|이/가}} 맞는 이유를 설명하고 각 사유에 답해야 합니다: {{reasons}}.",
      renumbered:
        "{{priorCode}}({{priorEdition}} 목록) 코드는 {{code}} {{name}}의 이전 번호입니다. 설명서에서 직종은 그대로이고 번호만 바뀌었다고 밝히십시오.",
      priorCodeUnknown:
        "priorApplication.codeFiled {{priorCode|은/는}} {{priorEdition}} 목록(또는 다른 목록)의 코드가 아닙니다. 이전 접수증을 확인하십시오.",
      noPriorDuties: "직무 변화를 측정할 수 있도록 priorApplication.duties(이전에 신청한 직무)를 추가하십시오.",
    },
  },
  run(context, report) {
    const { filing, priorApplication: prior, position } = context.case;
    if (filing.kind === "first" || !prior) return;
    const code = selectedCodeOf(context);
    const priorEdition = prior.codeEdition ?? priorEditionOf(context.catalog, prior.filingDate);
    const reasons = prior.reasons
      .map((reason: TextValue) => textIn(reason, "en") ?? textsOf(reason)[0] ?? "")
      .join("; ");
    const reasonsKo = prior.reasons
      .map((reason: TextValue) => textIn(reason, "ko") ?? textsOf(reason)[0] ?? "")
      .join("; ");
    if (prior.whatChanged.length === 0)
      report({
        messageId: "nothingChanged",
        path: "/priorApplication/whatChanged",
        data: { decision: prior.decision },
      });
    const before = priorOccupation(context.catalog, prior.codeFiled, priorEdition);
    if (!before) {
      report({
        messageId: "priorCodeUnknown",
        path: "/priorApplication/codeFiled",
        data: { priorCode: prior.codeFiled, priorEdition },
      });
      return;
    }
    if (before.id !== context.occupation.id) {
      // Once every stated reason has its answer (the cover letter prints them), the code change needs no further warning.
      const answered = answerReasons(prior, {
        codeChanged: true,
        code,
        annualSalaryKrw: position.annualSalaryKrw,
        duties: position.duties,
      });
      if (answered.every((a) => a.unanswered.length === 0)) return;
      report({
        messageId: "codeChanged",
        path: "/selectedCode",
        data: {
          priorCode: prior.codeFiled,
          priorLabel: occupationLabel(before),
          priorEdition,
          code,
          label: occupationLabel(context.occupation),
          reasons,
          reasonsKo,
        },
      });
      return;
    }
    if (prior.codeFiled !== code)
      report({
        messageId: "renumbered",
        severity: "info",
        path: "/priorApplication/codeFiled",
        data: { priorCode: prior.codeFiled, priorEdition, code, name: context.occupation.nameEn },
      });
    if (!prior.duties || prior.duties.length === 0) {
      report({ messageId: "noPriorDuties", severity: "info", path: "/priorApplication" });
      return;
    }
    const similarity = dutySimilarity(prior.duties, position.duties);
    if (similarity >= SAME_DUTIES) {
      report({
        messageId: "sameCodeSameDuties",
        path: "/position/duties",
        data: {
          priorCode: prior.codeFiled,
          priorName: before.nameEn,
          similarity: Math.round(similarity * 100),
          reasons,
          reasonsKo,
        },
      });
    }
  },
});
