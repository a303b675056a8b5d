/**
 * Checks the employer's own facts against occupations open only to certain kinds of employer: a motel filing its
 * front-desk clerk as a hotel receptionist (3612), a home-visit agency filing a care worker (42210), a money lender
 * filing a finance professional (282). The duties alone cannot show these refusals, since the work reads the same.
 */
import { defineCheck } from "./types.js";
import { selectedCodeOf } from "./check-helpers.js";
import { cueIn, employerSettingFor, ruledOutIn } from "../catalog/employer-settings.js";
import type { CheckContext } from "./types.js";
import { textsOf } from "../case/local-text.js";

/** The employer facts a setting is read from: names, business description and workplace, and the addresses. */
function employerTexts(context: CheckContext): { names: string[]; all: string[]; addresses: string[] } {
  const { employer, position } = context.case;
  const names = [employer.nameKo, employer.nameEn].filter((t) => t.trim() !== "");
  const workplace = textsOf(position.workplace);
  return {
    names,
    all: [...names, ...textsOf(employer.businessDescription), ...workplace],
    addresses: [employer.address.ko, employer.address.en, ...workplace],
  };
}

export const employerSetting = defineCheck({
  meta: {
    id: "employer-setting",
    description:
      "Occupations open only to certain kinds of employer (hotel receptionists at registered hotels, tourist guides at travel agencies, care workers at long-term care homes, industrial safety specialists at public bodies …): the employer's name, business description and workplace must not name a kind the rules exclude, and should show the kind required.",
    descriptionKo:
      "일부 직종은 특정 업종의 업체에서만 고용할 수 있습니다(예: 등록 관광호텔의 호텔 접수 사무원, 노인의료복지시설의 요양보호사). 이러한 직종은 업체명·사업 내용·근무지에 허용되지 않는 업종이 나타나지 않아야 하고, 요건에 맞는 업종이 드러나야 합니다.",
    severity: "warning",
    source: "MOJ-2026-09 p.235-297 (the occupation's employer criteria; rules.json occupationEmployerSettings)",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(직종별 고용업체 요건)",
    messages: {
      settingRuledOut:
        'The employer\'s name, business description or workplace says "{{cue}}": {{code}} {{name}} is not open to {{ruledOut}}. The employer must be {{setting}} ({{ruleSource}}). If the job is at such a business, it cannot be filed under {{code}}; if the wording is wrong, correct it.',
      settingRuledOutAndShown:
        'The employer\'s name, business description or workplace says both "{{cue}}" ({{ruledOut}}, which {{code}} {{name}} is not open to) and "{{shownCue}}". The employer must be {{setting}} ({{ruleSource}}): make clear that this hire works there, not at the other business.',
      settingNotShown:
        "Nothing in the employer's name, business description or workplace shows that it is {{setting}}, which {{code}} {{name}} requires ({{ruleSource}}). If it is, say so in the business description and have the registration or designation that proves it ready for the office; if it is not, {{code}} cannot be filed for this job.",
    },
    messagesKo: {
      settingRuledOut:
        '업체명·사업 내용·근무지에 "{{cue}}" 표현이 있습니다. {{code}} {{name|은/는}} {{ruledOut}}에서는 고용할 수 없는 직종입니다. 이 직종의 고용업체 요건은 {{setting}}입니다({{ruleSource}}). 실제로 그러한 업체에서 근무한다면 {{code}} 직종으로는 신청할 수 없으며, 표현이 잘못 적힌 것이라면 바로잡으십시오.',
      settingRuledOutAndShown:
        '업체명·사업 내용·근무지에 허용되지 않는 업종({{ruledOut}})을 나타내는 "{{cue}}" 표현과 요건에 맞는 업종을 나타내는 "{{shownCue}}" 표현이 함께 있습니다. {{code}} {{name|은/는}} {{ruledOut}}에서는 고용할 수 없으며, 고용업체 요건은 {{setting}}입니다({{ruleSource}}). 채용 예정 외국인이 요건에 맞는 사업장에서 근무한다는 사실이 드러나도록 사업 내용과 근무지를 정확히 적으십시오.',
      settingNotShown:
        "업체명·사업 내용·근무지 어디에도 {{code}} {{name}} 직종의 고용업체 요건에 맞는 업종이 드러나지 않습니다. 이 직종의 고용업체 요건은 {{setting}}입니다({{ruleSource}}). 요건에 맞는 업체라면 사업 내용에 해당 업종을 적고 이를 증명하는 등록증·지정서 등을 준비하십시오. 요건에 맞지 않는 업체라면 이 일자리는 {{code|으로/로}} 신청할 수 없습니다.",
    },
  },
  run(context, report) {
    const rule = employerSettingFor(selectedCodeOf(context), context.rules.occupationEmployerSettings);
    if (!rule) return;
    const texts = employerTexts(context);
    const place = rule.shownInPlace && cueIn(texts.addresses, rule.shownInPlace.address);
    const business = rule.shownInPlace && cueIn(texts.all, rule.shownInPlace.business);
    const shownCue =
      (rule.shownBy && cueIn(texts.all, rule.shownBy)) ?? (place && business ? `${place} ${business}` : undefined);
    const base = {
      code: selectedCodeOf(context),
      name: context.occupation.nameEn,
      nameKo: context.occupation.nameKo,
      setting: rule.setting,
      settingKo: rule.settingKo,
      ruleSource: rule.source,
    };
    const ruledOut = ruledOutIn(rule, rule.ruledOutInNameOnly ? texts.names : texts.all);
    if (ruledOut) {
      const data = { ...base, cue: ruledOut.cue, ruledOut: ruledOut.kind.en, ruledOutKo: ruledOut.kind.ko };
      if (shownCue === undefined)
        report({ messageId: "settingRuledOut", severity: "error", path: "/employer/businessDescription", data });
      else
        report({
          messageId: "settingRuledOutAndShown",
          path: "/employer/businessDescription",
          data: { ...data, shownCue },
        });
      return;
    }
    if ((rule.shownBy || rule.shownInPlace) && rule.warnWhenNotShown !== false && shownCue === undefined)
      report({ messageId: "settingNotShown", path: "/employer/businessDescription", data: base });
  },
});
