/**
 * Builds the data every template reads: the case, the occupation and the duty plan as plain, pre-formatted
 * strings (money, dates, lists). Templates only place these strings; they compute nothing.
 */
import { textIn, type DocLang, type TextValue } from "../case/local-text.js";
import { officeById } from "../case/immigration-offices.js";
import type { Case, Duty, Education, Experience } from "../case/types.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import { tokenize } from "../text/tokenize.js";
import type { PlannedDuty } from "./plan-duties.js";

/**
 * A case text in both languages. Templates receive it already resolved to their own language (see localizeData);
 * document builders pick the language with the composer, so a Korean document never prints the English text.
 */
export class Localized {
  constructor(
    readonly ko: string,
    readonly en: string,
  ) {}
}

/** The view text of a bilingual case field (whitespace flattened; "" for a language the case lacks). */
export function localized(value: TextValue | undefined): Localized {
  return new Localized(flatten(textIn(value, "ko") ?? ""), flatten(textIn(value, "en") ?? ""));
}

const localizedCache: Record<DocLang, WeakMap<object, unknown>> = { ko: new WeakMap(), en: new WeakMap() };

/** A copy of template data with every Localized value replaced by its text in `lang` (objects without one are returned as they are). */
export function localizeData<T>(data: T, lang: DocLang): T {
  if (data instanceof Localized) return data[lang] as T;
  if (data === null || typeof data !== "object") return data;
  const cache = localizedCache[lang];
  const hit = cache.get(data);
  if (hit !== undefined) return hit as T;
  let changed = false;
  const out: unknown = Array.isArray(data)
    ? data.map((item) => {
        const next = localizeData(item, lang);
        if (next !== item) changed = true;
        return next;
      })
    : Object.fromEntries(
        Object.entries(data).map(([key, item]) => {
          const next = localizeData(item, lang);
          if (next !== item) changed = true;
          return [key, next];
        }),
      );
  const result = (changed ? out : data) as T;
  cache.set(data, result);
  return result;
}

/** A salary floor in force on the filing date, when the rules know one. */
export interface SalaryFloor {
  readonly amountKrw: number;
  /** What the floor is ("E-7-1 wage floor (MoJ notice 2025-406)"). */
  readonly labelEn: string;
  readonly labelKo: string;
}

/** One duty as the templates print it. */
export interface DutyView {
  readonly index: number;
  readonly status: PlannedDuty["status"];
  readonly text: Localized;
  readonly share: number;
  readonly taskEn: string;
  readonly taskKo: string;
  readonly detailsEn: string;
  readonly detailsKo: string;
}

export interface EducationView {
  readonly degreeEn: string;
  readonly degreeKo: string;
  readonly field: Localized;
  readonly institution: string;
  readonly country: string;
  readonly completionDate: string;
}

export interface ExperienceView {
  readonly employer: string;
  readonly role: Localized;
  readonly period: string;
  /** Indexes of the duties this job relates to (shared terms). */
  readonly dutyIndexes: readonly number[];
}

export interface PriorView {
  readonly code: string;
  readonly codeLabelEn: string;
  readonly codeLabelKo: string;
  readonly editionEn: string;
  readonly editionKo: string;
  /** True when the prior code was a number of an older list edition. */
  readonly formerEdition: boolean;
  /** True when the prior code names a different occupation from the one now filed. */
  readonly codeChanged: boolean;
  /** The prior occupation's number in the current list (equal to `code` when the edition is current). */
  readonly currentCode: string;
  readonly currentCodeLabelEn: string;
  readonly currentCodeLabelKo: string;
  readonly filingDate: string;
  readonly decisionDate: string;
  readonly receiptNumber: string;
  readonly decisionEn: string;
  readonly decisionKo: string;
  readonly reasons: readonly Localized[];
  readonly whatChanged: readonly Localized[];
}

/** Everything templates may read. Every string is user text or pre-formatted; none is template source. */
export interface PacketView {
  readonly kind: Case["filing"]["kind"];
  readonly documentDate: string;
  readonly plannedFilingDate: string;
  readonly office: Localized;
  readonly employer: {
    readonly nameKo: string;
    readonly nameEn: string;
    readonly brn: string;
    readonly representative: string;
    readonly addressKo: string;
    readonly addressEn: string;
    readonly description: Localized;
    readonly founded: string;
    readonly insuredKorean: number;
    readonly regularWorkers: string;
    readonly foreignSummary: string;
    readonly revenueEn: string;
    readonly revenueKo: string;
    readonly mainlyDomestic: boolean;
  };
  readonly applicant: { readonly name: string; readonly nationality: string; readonly relatedYears: string };
  readonly position: {
    readonly titleEn: string;
    readonly titleKo: string;
    readonly department: Localized;
    readonly workplace: Localized;
    readonly salaryEn: string;
    readonly salaryKo: string;
    /** The salary digits with separators, as they appear in both languages ("42,000,000"). */
    readonly salaryDigits: string;
    readonly weeklyHours: number;
    readonly startDate: string;
    readonly contractMonths: number;
  };
  readonly occupation: {
    readonly code: string;
    readonly nameEn: string;
    readonly nameKo: string;
    readonly subtype: string;
    readonly scopeEn: string;
    readonly scopeKo: string;
    readonly editionEn: string;
    readonly editionKo: string;
  };
  readonly duties: readonly DutyView[];
  readonly education: readonly EducationView[];
  readonly experience: readonly ExperienceView[];
  readonly recruitment: {
    readonly efforts: readonly { readonly channel: Localized; readonly period: string; readonly applicants: number; readonly interviewed: string; readonly outcome: Localized }[];
    readonly why: Localized;
    readonly skills: readonly Localized[];
    readonly effect: Localized;
    /** 활용계획 and 기타사항: empty in both languages when the case has none. */
    readonly utilisationPlan: Localized;
    readonly otherNotes: Localized;
  };
  readonly salaryFloor?: { readonly amountEn: string; readonly amountKo: string; readonly percent: string; readonly labelEn: string; readonly labelKo: string };
  readonly evidence: readonly { readonly title: string; readonly issuedBy: string; readonly issueDate: string }[];
  readonly prior?: PriorView;
}

/** The office's official name in each language; an id the list does not hold (only in unvalidated input) is printed as written. */
function officeName(id: string): Localized {
  const office = officeById(id);
  return office ? new Localized(office.ko, office.en) : new Localized(flatten(id), flatten(id));
}

/** Groups digits in threes: 42000000 -> "42,000,000". */
export function groupDigits(amount: number): string {
  return String(Math.round(amount)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * User text goes into templates as data only. Line breaks inside it would be read as paragraph breaks, so every
 * run of whitespace becomes one space.
 */
export function flatten(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const DEGREES: Readonly<Record<Education["degree"], readonly [string, string]>> = {
  doctorate: ["doctorate", "박사"],
  master: ["master's degree", "석사"],
  bachelor: ["bachelor's degree", "학사"],
  associate: ["associate degree", "전문학사"],
  "high-school": ["high-school diploma", "고등학교 졸업"],
  other: ["qualification", "기타 학위"],
};

function details(duty: Duty, lang: "en" | "ko"): string {
  const labels = lang === "en" ? { tools: "tools", products: "products", clients: "clients" } : { tools: "도구", products: "제품", clients: "고객" };
  const parts: string[] = [];
  for (const key of ["tools", "products", "clients"] as const) {
    const list = duty[key];
    if (list && list.length > 0) parts.push(`${labels[key]}: ${list.map(flatten).join(", ")}`);
  }
  return parts.join("; ");
}

function monthsBetween(start: string, end: string): number {
  const [sy, sm, sd] = start.split("-").map(Number) as [number, number, number];
  const [ey, em, ed] = end.split("-").map(Number) as [number, number, number];
  return Math.max(0, (ey - sy) * 12 + (em - sm) + (ed >= sd ? 0 : -1) + 1);
}

/** Years of related experience up to the document date, to one decimal ("8" or "7.5"). */
export function relatedYears(experience: readonly Experience[], until: string): string {
  const months = experience.filter((e) => e.relatedToOccupation !== false).reduce((sum, e) => sum + monthsBetween(e.startDate, e.endDate ?? until), 0);
  const years = Math.floor((months / 12) * 10) / 10;
  return Number.isInteger(years) ? String(years) : years.toFixed(1);
}

function sharedTerms(a: string, b: string): number {
  const left = new Set(tokenize(a).words);
  let count = 0;
  for (const word of new Set(tokenize(b).words)) if (left.has(word)) count += 1;
  return count;
}

function editionNames(catalog: Catalog, id: string): { en: string; ko: string } {
  const edition = catalog.editions.find((e) => e.id === id);
  return edition ? { en: edition.nameEn, ko: edition.nameKo } : { en: id, ko: id };
}

function buildPrior(input: Case, catalog: Catalog, occupation: Occupation): PriorView | undefined {
  const prior = input.priorApplication;
  if (!prior || input.filing.kind === "first") return undefined;
  const edition = prior.codeEdition ?? catalog.currentEdition;
  const priorOccupation = catalog.byEditionCode.get(`${edition}:${prior.codeFiled}`);
  const names = editionNames(catalog, edition);
  const formerEdition = edition !== catalog.currentEdition;
  const label = (lang: "en" | "ko"): string => {
    const name = priorOccupation ? (lang === "en" ? priorOccupation.nameEn : priorOccupation.nameKo) : undefined;
    const inEdition = formerEdition ? (lang === "en" ? `, ${names.en}` : `, ${names.ko}`) : "";
    return name ? `${prior.codeFiled} (${name}${inEdition})` : `${prior.codeFiled}${formerEdition ? ` (${lang === "en" ? names.en : names.ko})` : ""}`;
  };
  const current = priorOccupation ? `${priorOccupation.code ?? priorOccupation.id}` : prior.codeFiled;
  const decisions: Readonly<Record<typeof prior.decision, readonly [string, string]>> = {
    denied: ["denied", "불허"],
    "supplement-requested": ["returned with a request for supplementary documents", "보완 요청"],
    withdrawn: ["withdrawn", "철회"],
  };
  return {
    code: prior.codeFiled,
    codeLabelEn: label("en"),
    codeLabelKo: label("ko"),
    editionEn: names.en,
    editionKo: names.ko,
    formerEdition,
    codeChanged: priorOccupation?.id !== occupation.id,
    currentCode: current,
    currentCodeLabelEn: priorOccupation ? `${current} (${priorOccupation.nameEn})` : current,
    currentCodeLabelKo: priorOccupation ? `${current}(${priorOccupation.nameKo})` : current,
    filingDate: prior.filingDate,
    decisionDate: prior.decisionDate ?? "",
    receiptNumber: flatten(prior.receiptNumber ?? ""),
    decisionEn: decisions[prior.decision][0],
    decisionKo: decisions[prior.decision][1],
    reasons: prior.reasons.map(localized),
    whatChanged: prior.whatChanged.map(localized),
  };
}

/** Builds the template data for one case, its selected occupation and its duty plan. */
export function buildView(input: Case, catalog: Catalog, occupation: Occupation, plan: readonly PlannedDuty[], floor?: SalaryFloor): PacketView {
  const { employer, applicant, position, recruitment } = input;
  const foreign = Object.entries(employer.foreignEmployees)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, count]) => `${status}: ${count}`)
    .join(", ");
  const edition = editionNames(catalog, catalog.currentEdition);
  const duties: DutyView[] = plan.map((p) => ({
    index: p.index,
    status: p.status,
    text: new Localized(...(["ko", "en"] as const).map((lang) => flatten(textIn(p.duty.text, lang) ?? "").replace(/[.。]+$/, "")) as [string, string]),
    share: p.duty.share,
    taskEn: p.task ? p.task.en.replace(/[.。]+$/, "") : "",
    taskKo: p.task ? p.task.ko.replace(/[.。]+$/, "") : "",
    detailsEn: details(p.duty, "en"),
    detailsKo: details(p.duty, "ko"),
  }));
  const documents = [...applicant.documents, ...(employer.documents ?? [])];
  return {
    kind: input.filing.kind,
    documentDate: input.filing.documentDate,
    plannedFilingDate: input.filing.plannedFilingDate,
    office: officeName(input.filing.immigrationOffice),
    employer: {
      nameKo: flatten(employer.nameKo),
      nameEn: flatten(employer.nameEn),
      brn: employer.businessRegistrationNumber,
      representative: flatten(employer.representative ?? ""),
      addressKo: flatten(employer.address.ko),
      addressEn: flatten(employer.address.en),
      description: localized(employer.businessDescription),
      founded: employer.foundedDate ?? "",
      insuredKorean: employer.insuredKoreanEmployees,
      regularWorkers: employer.regularWorkers === undefined ? "" : String(employer.regularWorkers),
      foreignSummary: foreign,
      revenueEn: `KRW ${groupDigits(employer.annualRevenueKrw)}`,
      revenueKo: `${groupDigits(employer.annualRevenueKrw)}원`,
      mainlyDomestic: employer.mainlyDomesticMarket,
    },
    applicant: { name: flatten(applicant.fullName), nationality: applicant.nationality, relatedYears: relatedYears(applicant.experience, input.filing.documentDate) },
    position: {
      titleEn: flatten(position.title.en),
      titleKo: flatten(position.title.ko),
      department: localized(position.department),
      workplace: localized(position.workplace),
      salaryEn: `KRW ${groupDigits(position.annualSalaryKrw)}`,
      salaryKo: `${groupDigits(position.annualSalaryKrw)}원`,
      salaryDigits: groupDigits(position.annualSalaryKrw),
      weeklyHours: position.weeklyHours,
      startDate: position.startDate,
      contractMonths: position.contractMonths,
    },
    occupation: {
      code: occupation.code ?? occupation.id,
      nameEn: occupation.nameEn,
      nameKo: occupation.nameKo,
      subtype: occupation.subtype,
      scopeEn: occupation.scopeEn,
      scopeKo: occupation.scopeKo,
      editionEn: edition.en,
      editionKo: edition.ko,
    },
    duties,
    education: applicant.education.map((e) => ({
      degreeEn: DEGREES[e.degree][0],
      degreeKo: DEGREES[e.degree][1],
      field: localized(e.field),
      institution: flatten(e.institution),
      country: e.country,
      completionDate: e.completionDate,
    })),
    experience: applicant.experience.map((e) => ({
      employer: flatten(e.employer),
      role: localized(e.role),
      period: `${e.startDate} – ${e.endDate ?? input.filing.documentDate}`,
      // Terms are compared within each language, so a job and a duty written in different languages still relate.
      dutyIndexes: duties
        .filter((d) =>
          (["ko", "en"] as const).some((lang) => sharedTerms(`${textIn(e.role, lang) ?? ""} ${textIn(e.duties, lang) ?? ""}`, `${d.text[lang]} ${lang === "en" ? d.detailsEn : d.detailsKo}`) >= 2),
        )
        .map((d) => d.index),
    })),
    recruitment: {
      efforts: recruitment.domesticEfforts.map((effort) => ({
        channel: localized(effort.channel),
        period: `${effort.startDate} – ${effort.endDate}`,
        applicants: effort.applicants,
        interviewed: effort.interviewed === undefined ? "-" : String(effort.interviewed),
        outcome: localized(effort.outcome),
      })),
      why: localized(recruitment.whyForeignNational),
      skills: recruitment.specialisedSkills.map(localized),
      effect: localized(recruitment.expectedEffect),
      utilisationPlan: localized(recruitment.utilisationPlan),
      otherNotes: localized(recruitment.otherNotes),
    },
    ...(floor
      ? {
          salaryFloor: {
            amountEn: `KRW ${groupDigits(floor.amountKrw)}`,
            amountKo: `${groupDigits(floor.amountKrw)}원`,
            percent: String(Math.floor((position.annualSalaryKrw / floor.amountKrw) * 100)),
            labelEn: floor.labelEn,
            labelKo: floor.labelKo,
          },
        }
      : {}),
    evidence: documents.map((d) => ({ title: flatten(d.title), issuedBy: flatten(d.issuedBy ?? "-"), issueDate: d.issueDate })),
    ...(buildPrior(input, catalog, occupation) ? { prior: buildPrior(input, catalog, occupation)! } : {}),
  };
}
