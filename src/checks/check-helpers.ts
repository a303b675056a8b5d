/** Small lookups shared by several checks (names of codes, the selected code). */
import { employerSettingFor } from "../catalog/employer-settings.js";
import type { Catalog } from "../catalog/types.js";
import type { Exclusion } from "../match/exclusions.js";
import type { MatchResult } from "../match/types.js";
import type { CheckContext } from "./types.js";
import { codeOf, findOccupation } from "../catalog/occupation-lookup.js";

/** "Web developer" for "2224" (current code or E-7-S id); the code itself when unknown. */
export function occupationName(catalog: Catalog, code: string): string {
  return findOccupation(catalog, code)?.nameEn ?? code;
}

/** The current-list code of the selected occupation (the id for E-7-S tracks). */
export function selectedCodeOf(context: CheckContext): string {
  return codeOf(context.occupation);
}

/** The employer conditions the catalog's figures state, in Korean: the Korean-staff minimum and the foreign ratio. */
export function conditionsInKorean(
  foreignRatioPercent: number | undefined,
  conditions: readonly string[],
  code?: string,
): string {
  const parts: string[] = [];
  const minimum = conditions.map((c) => /at least (\d+) insured korean/i.exec(c)?.[1]).find(Boolean);
  if (minimum) parts.push(`내국인 고용보험 피보험자 ${minimum}명 이상`);
  if (foreignRatioPercent) parts.push(`외국인 전문인력은 내국인 피보험자의 ${foreignRatioPercent}% 이내`);
  // The catalog states the other conditions in English; the employer kind the rules data states in Korean too.
  const setting = code === undefined ? undefined : employerSettingFor(code);
  if (parts.length < conditions.length)
    parts.push(setting ? `고용업체가 ${setting.settingKo}에 해당해야 하는 등 직종별 요건` : "직종별 고용업체 요건");
  return parts.length > 0 ? parts.join(", ") : "고용업체 규모, 외국인 고용 비율과 임금 요건";
}

/** One language's reading of the duties by the matcher. */
export type Reading = readonly ["ko" | "en", MatchResult];

/** The matcher's readings of the duties, one per language they are written in, the check's own language (matchLang) first. */
export function readingsByLanguage(context: CheckContext): readonly [Reading, ...Reading[]] {
  const primary = context.matchLang ?? "en";
  const others = (Object.entries(context.matches ?? {}) as Reading[]).filter(([lang]) => lang !== primary);
  return [[primary, context.match], ...others];
}

/** The data both excluded-role checks print: the filed code, the role, the catalog's reason and the clauses' share. */
export function exclusionData(context: CheckContext, exclusion: Exclusion): Record<string, string | number> {
  const selectedCode = selectedCodeOf(context);
  return {
    selectedCode,
    selectedName: occupationName(context.catalog, selectedCode),
    role: exclusion.role.en,
    roleKo: exclusion.role.ko,
    reason: exclusion.reason.replace(/\.$/, ""),
    share: Math.round(exclusion.share * 100),
    statements: exclusion.statements.map((i) => i + 1).join(", "),
  };
}
