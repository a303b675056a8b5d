/**
 * Reports a document that names a kind of employer the filed occupation is not open to: a contract between a motel
 * and its front-desk clerk filed as 3612, or one of a home-visit agency filed as 42210. The duties read the same
 * as the occupation's, so only the employer's name or workplace in the document shows it.
 */
import { occupationLabel } from "../../catalog/resolve-code.js";
import { cueIn, employerSettingFor, ruledOutIn } from "../../catalog/employer-settings.js";
import { defineVerifyCheck } from "./types.js";

export const verifyEmployerSetting = defineVerifyCheck({
  meta: {
    id: "verify-employer-setting",
    description:
      "A document that names a kind of employer the filed occupation is not open to (a motel for 3612 hotel receptionists, a home-visit agency for 42210 care workers, a money lender for 282 …) is an error; a warning when it also names the kind required.",
    descriptionKo:
      "신청 직종을 고용할 수 없는 업종(3612 호텔 접수 사무원의 모텔, 42210 요양보호사의 방문요양 기관, 282 금융 및 보험 전문가의 대부업체 등)이 문서에 나타나면 오류로, 요건에 맞는 업종도 함께 나타나면 경고로 알립니다.",
    severity: "error",
    source: "MOJ-2026-09 p.235-297 (the occupation's employer criteria; rules.json occupationEmployerSettings)",
    sourceKo: "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~297쪽(직종별 고용업체 요건)",
    messages: {
      settingRuledOut:
        'The document says "{{cue}}": {{filed}} is not open to {{ruledOut}}. The employer must be {{setting}} ({{ruleSource}}).',
    },
    messagesKo: {
      settingRuledOut:
        '문서에 "{{cue}}" 표현이 있습니다. {{filed|은/는}} {{ruledOut}}에서는 고용할 수 없는 직종이며, 고용업체 요건은 {{setting}}입니다({{ruleSource}}).',
    },
    fixes: {
      settingRuledOut:
        "If the employer or the workplace is such a business, this code cannot be filed for the job; if not, check how the document names the employer and the workplace.",
    },
    fixesKo: {
      settingRuledOut:
        "고용업체나 근무지가 실제로 그러한 업체라면 이 직종코드로는 신청할 수 없습니다. 그렇지 않다면 문서에 적힌 업체명과 근무지를 확인하십시오.",
    },
  },
  run(context, report) {
    const rule = employerSettingFor(context.selectedCode);
    // Names-only rules (an association's executive) need the employer's name, which a document does not mark.
    if (!rule?.ruledOut || rule.ruledOutInNameOnly) return;
    for (const document of context.documents) {
      const ruledOut = ruledOutIn(rule, [document.text]);
      if (!ruledOut) continue;
      // Named beside the kind required ("a tourist hotel and two motels"), the document may only mention it.
      const shown = rule.shownBy && cueIn([document.text], rule.shownBy);
      report({
        messageId: "settingRuledOut",
        severity: shown ? "warning" : "error",
        file: document.verified.path,
        data: {
          cue: ruledOut.cue,
          filed: occupationLabel(context.occupation),
          ruledOut: ruledOut.kind.en,
          ruledOutKo: ruledOut.kind.ko,
          setting: rule.setting,
          settingKo: rule.settingKo,
          ruleSource: rule.source,
        },
        codes: [context.selectedCode],
      });
    }
  },
});
