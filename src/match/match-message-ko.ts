/** The matcher's verdict sentence and words in Korean, for `match --ui ko` (the result's own `message` stays English). */
import { findOccupation } from "../catalog/occupation-lookup.js";
import type { Catalog } from "../catalog/types.js";
import { withParticle } from "../text/korean-particle.js";
import type { Exclusion } from "./exclusions.js";
import type { MatchResult } from "./types.js";

/** Verdict words, as verify's Korean output uses them. */
export const MATCH_VERDICTS_KO: Readonly<Record<MatchResult["verdict"], string>> = {
  match: "일치",
  ambiguous: "불분명",
  mismatch: "불일치",
  unsupported: "근거 부족",
  excluded: "제외 역할",
};

export const MATCH_CONFIDENCE_KO: Readonly<Record<MatchResult["confidence"], string>> = {
  high: "높음",
  medium: "보통",
  low: "낮음",
};

/** Which part of the catalog entry a piece of evidence matched. */
export const EVIDENCE_SOURCES_KO: Readonly<Record<string, string>> = {
  task: "수행 직무",
  scope: "직무 범위",
  keyword: "핵심어",
  title: "직무명 예시",
};

/** "2224 웹 개발자", or the code alone when the catalog has no such occupation. */
function labelKo(catalog: Catalog, code: string): string {
  const occupation = findOccupation(catalog, code);
  return occupation ? `${code} ${occupation.nameKo}` : code;
}

/** The catalog's Korean reason for the exclusion, found by the occupation and the role's English title. */
export function exclusionReasonKo(catalog: Catalog, exclusion: Exclusion): string | undefined {
  return findOccupation(catalog, exclusion.code)?.excludedTitles.find((e) => e.en === exclusion.role.en)?.reasonKo;
}

function exclusionMessageKo(catalog: Catalog, exclusion: Exclusion): string {
  const reason = exclusionReasonKo(catalog, exclusion);
  const instead = exclusion.useCode
    ? `그 역할이 실제 직무라면 ${labelKo(catalog, exclusion.useCode)} 직종에 해당합니다.`
    : "카탈로그에 그 역할에 해당하는 E-7 직종코드가 없으므로 E-7 대상 직종이 아닙니다.";
  if (exclusion.workplace !== undefined)
    return `담당업무에 "${exclusion.workplace.word}" 표현이 있어, 근무처가 ${withParticle(exclusion.workplace.kind.ko, "으로/로")} 보입니다. ${labelKo(catalog, exclusion.code)} 직종은 그러한 업체에서는 고용할 수 없습니다.${reason ? ` 제외 사유: ${reason}` : ""} 그러한 업체의 일자리는 ${withParticle(exclusion.code, "으로/로")} 신청할 수 없으며, 담당업무에 잘못 적은 것이라면 바로잡으십시오.`;
  return `담당업무가 ${withParticle(`"${exclusion.role.ko}"`, "으로/로")} 읽히는데, 카탈로그는 이 역할을 ${labelKo(catalog, exclusion.code)} 직종에서 제외합니다.${reason ? ` 제외 사유: ${reason}` : ""} 실제 직무가 ${exclusion.code} 직종에 해당한다면 그 직종의 핵심 업무가 드러나도록 담당업무를 다시 쓰십시오. ${instead}`;
}

function excludedRoleRiskMessageKo(catalog: Catalog, risk: Exclusion): string {
  const reason = exclusionReasonKo(catalog, risk);
  const clauses = risk.statements.map((i) => i + 1).join(", ");
  const instead = risk.useCode ? ` 그 역할이 실제 직무라면 ${labelKo(catalog, risk.useCode)} 직종에 해당합니다.` : "";
  return `담당업무 ${clauses}번(근무시간의 ${Math.round(risk.share * 100)}%)이 ${withParticle(`"${risk.role.ko}"`, "으로/로")} 읽히는데, 카탈로그는 이 역할을 ${labelKo(catalog, risk.code)} 직종에서 제외합니다.${reason ? ` 제외 사유: ${reason}` : ""} 이 업무가 ${risk.code} 직종의 핵심 업무를 보여 주는 업무보다 많으므로 분명히 부합한다고 볼 수 없습니다. 핵심 업무가 드러나도록 다시 쓰십시오.${instead}`;
}

/** The Korean counterpart of MatchResult.message, built from the same result fields. */
export function matchMessageKo(catalog: Catalog, result: MatchResult): string {
  const parts: string[] = [];
  const statementCount = result.statements.length;
  const best = labelKo(catalog, result.bestCode);
  const selected = result.selectedCode === undefined ? undefined : labelKo(catalog, result.selectedCode);
  const concrete = "직무의 구체적인 업무, 사용하는 도구, 산출물을 적으십시오.";
  switch (result.verdict) {
    case "unsupported":
      parts.push(
        statementCount === 0
          ? `대조할 담당업무 문장이 없습니다. ${concrete}`
          : `담당업무가 너무 일반적이어서 어느 직종도 가리키지 않습니다. ${concrete}`,
      );
      break;
    case "match":
      parts.push(selected ? `담당업무가 신청 직종 ${selected}에 부합합니다.` : `담당업무는 ${best} 직종을 가리킵니다.`);
      break;
    case "ambiguous": {
      if (result.excludedRoleRisk) {
        parts.push(excludedRoleRiskMessageKo(catalog, result.excludedRoleRisk));
        break;
      }
      const rival = result.rival ? labelKo(catalog, result.rival.code) : "다른 직종";
      const question = result.rival?.question?.ko;
      parts.push(
        selected
          ? `담당업무가 ${withParticle(selected, "와/과")} ${rival}에 비슷하게 부합합니다. 담당업무가 다음 질문에 답하도록 고치십시오: ${question ?? "두 직종 가운데 어느 쪽이 핵심 업무입니까?"}`
          : `담당업무가 ${withParticle(best, "와/과")} ${rival}에 비슷하게 부합합니다. ${question ? `다음 질문에 답하도록 담당업무를 고치십시오: ${question}` : "두 직종 가운데 어느 쪽이 핵심 업무인지 밝히십시오."}`,
      );
      break;
    }
    case "mismatch":
      parts.push(
        `담당업무는 신청 직종 ${withParticle(selected ?? "", "이/가")} 아니라 ${best} 직종을 가리킵니다. 담당업무를 다시 쓰거나 ${result.bestCode} 코드로 신청하십시오.`,
      );
      if (result.exclusion) parts.push(exclusionMessageKo(catalog, result.exclusion));
      break;
    case "excluded":
      if (result.exclusion) parts.push(exclusionMessageKo(catalog, result.exclusion));
      break;
  }
  if (result.split) {
    const [a, b] = result.split.codes;
    const [wa, wb] = result.split.weights;
    parts.push(
      `담당업무 비중이 두 직종으로 나뉩니다: ${a} ${Math.round(wa * 100)}%, ${b} ${Math.round(wb * 100)}%. 과반은 ${result.split.majorityCode} 직종입니다.`,
    );
  }
  if (result.generic.length > 0 && result.verdict !== "unsupported") {
    parts.push(
      `업무 문장 ${statementCount}개 가운데 ${result.generic.length}개는 너무 일반적이어서 판정에 반영하지 않았습니다. 구체적인 업무로 바꾸십시오.`,
    );
  }
  if (result.titleTrap) {
    parts.push(
      `직무명("${result.titleTrap.title}")만 보면 ${labelKo(catalog, result.titleTrap.titleCode)} 직종이지만, 심사는 직무명이 아니라 담당업무를 기준으로 하며, 담당업무는 ${result.titleTrap.dutiesCode} 직종을 가리킵니다.`,
    );
  }
  return parts.join(" ");
}
