/** Finding messages in the user's language: English from each check's meta.messages, Korean from its meta.messagesKo. */
import { formatDate } from "../../case/dates.js";
import { loadCatalog } from "../../catalog/load-catalog.js";
import { citationKo } from "../../catalog/citation-ko.js";
import { codeOf } from "../../catalog/occupation-lookup.js";
import { checks } from "../index.js";
import { packetCaseChecks, packetChecks } from "../packet/index.js";
import type { CheckMeta } from "../types.js";
import { verifyChecks } from "../verify/index.js";
import { withParticle, type JosaOption } from "../../text/korean-particle.js";

import type { UiLang } from "./ui-lang.js";

export { type UiLang, uiLangFrom } from "./ui-lang.js";

/** English occupation wordings and their Korean ones, longest first: "2224 Web developer (웹 개발자)", "2224 Web developer", "Web developer". */
let occupationWordings: readonly (readonly [string, string])[] | undefined;

/** A value with the catalog's English occupation names replaced by the Korean ones, so a Korean message names them in Korean. */
export function occupationNamesInKorean(value: string): string {
  occupationWordings ??= loadCatalog()
    .occupations.flatMap((o): [string, string][] => [
      [`${codeOf(o)} ${o.nameEn} (${o.nameKo})`, `${codeOf(o)} ${o.nameKo}`],
      [`${codeOf(o)} ${o.nameEn}`, `${codeOf(o)} ${o.nameKo}`],
      [`${o.nameEn} (${o.nameKo})`, o.nameKo],
    ])
    .sort((a, b) => b[0].length - a[0].length);
  if (!/[A-Za-z]/.test(value)) return value;
  let out = value;
  for (const [en, ko] of occupationWordings) if (out.includes(en)) out = out.replaceAll(en, ko);
  const whole = loadCatalog().occupations.find((o) => o.nameEn === out);
  return whole ? whole.nameKo : out;
}

/** The catalog's excluded titles and reasons by their English wording (a reason also without its final period). */
let excludedWordings: ReadonlyMap<string, string> | undefined;

/** The Korean wording of an excluded role's title or reason as a finding's data holds it in English, if it is one. */
function excludedInKorean(key: string, value: string): string | undefined {
  if (key !== "reason" && key !== "role") return undefined;
  excludedWordings ??= new Map(
    loadCatalog().occupations.flatMap((o) =>
      o.excludedTitles.flatMap((e): [string, string][] => [
        [`title:${e.en}`, e.ko],
        [`reason:${e.reason}`, e.reasonKo],
        [`reason:${e.reason.replace(/\.$/, "")}`, e.reasonKo.replace(/\.$/, "")],
      ]),
    ),
  );
  return excludedWordings.get(`${key === "role" ? "title" : "reason"}:${value}`);
}

/** Fills a Korean template: {{key}} as in formatMessage (its Korean value `keyKo` when the check gives one), {{key|이/가}} adds the particle that fits the value. */
export function formatMessageKo(template: string, data: Readonly<Record<string, string | number>>): string {
  // A template that names the occupation in Korean beside {{nameEn}} wants the English name there ("웹 개발자(Web developer)"),
  // and one that has {{roleKo}} beside {{role}} wants the role's English title there.
  const keepEnglish = new Set([
    ...(/\{\{\s*nameKo\b/.test(template) ? ["nameEn"] : []),
    ...(/\{\{\s*roleKo\b/.test(template) ? ["role"] : []),
  ]);
  return template.replace(/\{\{\s*(\w+)(?:\|([^}]+))?\s*\}\}/g, (whole, key: string, option: string | undefined) => {
    if (!(key in data)) return whole;
    const raw = keepEnglish.has(key)
      ? String(data[key])
      : key === "ruleSource"
        ? citationKo(loadCatalog(), String(data[key]))
        : String(data[`${key}Ko`] ?? excludedInKorean(key, String(data[key])) ?? data[key]);
    // Dates read as a Korean document writes them ("2027. 1. 4."), not in the ISO form of the finding's data.
    const value = (keepEnglish.has(key) ? raw : occupationNamesInKorean(raw)).replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) =>
      formatDate(iso, "ko"),
    );
    return option ? withParticle(value, option as JosaOption) : value;
  });
}

/** Every registered check's meta by id (case, packet, packet-case and verify checks), built on first use. */
let metaById: ReadonlyMap<string, CheckMeta> | undefined;

/** The meta of a registered check, or undefined for an unknown id. */
export function registeredCheckMeta(checkId: string): CheckMeta | undefined {
  metaById ??= new Map(
    [
      ...Object.values(checks),
      ...Object.values(packetChecks),
      ...Object.values(packetCaseChecks),
      ...Object.values(verifyChecks),
    ].map((check) => [check.meta.id, check.meta]),
  );
  return metaById.get(checkId);
}

/** The Korean template of a message (the check's meta.messagesKo), or undefined when there is none. */
export function koreanTemplate(checkId: string, messageId: string): string | undefined {
  return registeredCheckMeta(checkId)?.messagesKo?.[messageId];
}

/** A finding's message in the given language (English when no Korean text exists). */
export function findingMessage(
  finding: {
    readonly checkId: string;
    readonly messageId: string;
    readonly message: string;
    readonly data?: Readonly<Record<string, string | number>>;
  },
  ui: UiLang,
): string {
  if (ui === "en") return finding.message;
  const template = koreanTemplate(finding.checkId, finding.messageId);
  return template === undefined ? finding.message : formatMessageKo(template, finding.data ?? {});
}

/** A finding's citation in the given language: the check's sourceKo in Korean when it has one. */
export function findingSource(finding: { readonly checkId: string; readonly source: string }, ui: UiLang): string {
  if (ui === "en") return finding.source;
  const meta = registeredCheckMeta(finding.checkId);
  return meta?.sourceKo !== undefined && meta.source === finding.source ? meta.sourceKo : finding.source;
}

/** A finding's fix in the given language (English when no Korean text exists). */
export function findingFix(
  finding: {
    readonly checkId: string;
    readonly messageId: string;
    readonly fix?: string;
    readonly fixId?: string;
    readonly data?: Readonly<Record<string, string | number>>;
  },
  ui: UiLang,
): string | undefined {
  if (ui === "en" || finding.fix === undefined) return finding.fix;
  const template = registeredCheckMeta(finding.checkId)?.fixesKo?.[finding.fixId ?? finding.messageId];
  return template === undefined ? finding.fix : formatMessageKo(template, finding.data ?? {});
}

/** The same findings with their messages (and fixes) in the given language (the JSON shape is unchanged). */
export function localizeFindings<
  F extends {
    readonly checkId: string;
    readonly messageId: string;
    readonly message: string;
    readonly fix?: string;
    readonly fixId?: string;
    readonly data?: Readonly<Record<string, string | number>>;
  },
>(findings: readonly F[], ui: UiLang): F[] {
  return findings.map((finding) =>
    ui === "en"
      ? finding
      : {
          ...finding,
          message: findingMessage(finding, ui),
          ...(finding.fix === undefined ? {} : { fix: findingFix(finding, ui) }),
        },
  );
}
