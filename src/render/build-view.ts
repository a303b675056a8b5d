/**
 * Builds the data every template reads: the case, the occupation and the duty plan as plain, pre-formatted
 * strings (money, dates, lists), each in Korean and English. Templates only place these strings; they compute
 * nothing. Free text goes through textIn, so a Korean document gets only the case's Korean text.
 */
import { formatDate, formatMonths } from "../case/dates.js";
import { textIn, type DocLang, type TextValue } from "../case/local-text.js";
import type { Case, Duty, Education } from "../case/types.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import { priorEditionOf } from "../catalog/resolve-code.js";
import { answerReasons, type Answer } from "../case/reason-answers.js";
import { DOCUMENT_KINDS } from "../case/document-kinds.js";
import { countryName, officeName, particle, withParticle } from "./korean.js";
import type { PlannedDuty } from "./plan-duties.js";
import { dutyClauseText, dutyDetails } from "./duty-words.js";
import { codeOf } from "../catalog/occupation-lookup.js";
import { toRegister, type KoreanRegister } from "../text/korean-register.js";
import { flatten } from "../text/flatten.js";

/** One string in both document languages. */
export interface Both {
  readonly ko: string;
  readonly en: string;
}

/** A salary floor in force on the filing date, when the rules know one. */
export interface SalaryFloor {
  readonly amountKrw: number;
  /** What the floor is, as an officer names it ("2026년 E-7-1 임금요건"), and where it is published. */
  readonly labelEn: string;
  readonly labelKo: string;
  readonly sourceEn: string;
  readonly sourceKo: string;
}

/** The figures reviewers check for the stricter-review occupations and the qualification route, from the case's numbers. */
export interface ReviewFacts {
  /** Set when the occupation is under the domestic-employment review (size and ratio rules). */
  readonly ratio?: {
    readonly insuredKoreans: number;
    readonly minimumKoreans: number;
    /** Foreign staff counted towards the ratio now, by status. */
    readonly counted: readonly (readonly [string, number])[];
    /** Counted staff with this hire. */
    readonly after: number;
    readonly limitPercent: number;
    readonly allowed: number;
    /** The occupation's own per-firm cap, when it has one, with the regular workers it is judged on. */
    readonly cap?: { readonly regularWorkers: number; readonly cap: number };
  };
  /** The general qualification route met, with its figures; undefined when none is met. */
  readonly route?: {
    readonly kind: "master" | "bachelor-plus" | "korean-degree" | "experience";
    readonly months: number;
    readonly neededYears: number;
  };
}

/** One duty as the templates print it: the case's own duty text, its share and its specifics. */
export interface DutyView {
  readonly index: number;
  readonly status: PlannedDuty["status"];
  readonly text: Both;
  readonly share: number;
  readonly details: Both;
}

export interface CareerView {
  readonly employer: string;
  readonly period: Both;
  readonly field: Both;
  readonly role: Both;
}

/** One duty of the before/after table. */
export interface DutyReadingView {
  readonly text: Both;
  readonly share: number;
  /** "2224 웹 개발자" / "2224 Web developer", or a note that the statement is too vague to read. */
  readonly readsAs: Both;
}

/** What the matcher read one duty statement as: its best code, or generic when it names no specific work. */
export interface DutyReading {
  readonly code: string;
  readonly generic: boolean;
}

export interface PriorView {
  readonly code: string;
  readonly codeLabelEn: string;
  readonly codeLabelKo: string;
  /** True when the prior code was a number of an older list edition. */
  readonly formerEdition: boolean;
  readonly editionEn: string;
  readonly editionKo: string;
  /** True when the prior code names a different occupation from the one now filed. */
  readonly codeChanged: boolean;
  /** The prior occupation's number in the current list (equal to `code` when the edition is current). */
  readonly currentCode: string;
  readonly currentCodeLabelEn: string;
  readonly currentCodeLabelKo: string;
  readonly filingDate: Both;
  readonly decisionDate: Both;
  readonly receiptNumber: string;
  readonly decision: Both;
  readonly reasons: readonly Both[];
  readonly whatChanged: readonly Both[];
  /** Per stated reason, every change that answers it (the code change first); empty when nothing does. */
  readonly answers: readonly (readonly Both[])[];
  /** The earlier duties and the duties now, each with the occupation the matcher reads it as (when the case gives the earlier duties). */
  readonly beforeAfter?: { readonly before: readonly DutyReadingView[]; readonly after: readonly DutyReadingView[] };
  /** The case's word on the job itself: unchanged, or what changed. */
  readonly positionUnchanged?: boolean;
  readonly changeNote: Both;
  /** The notice of the earlier decision, enclosed in copy. */
  readonly notice: Both;
}

/** Everything templates may read. Every string is user text or pre-formatted; none is template source. */
export interface PacketView {
  readonly kind: Case["filing"]["kind"];
  /** The document date as an ISO date (document properties) and as printed. */
  readonly documentDateIso: string;
  readonly documentDate: Both;
  readonly office: Both;
  readonly employer: {
    readonly nameKo: string;
    readonly nameEn: string;
    readonly name: Both;
    readonly brn: string;
    /** Empty strings when the case names no representative; `both` is the bilingual documents' "김민수 / Kim Min-su". */
    readonly representative: Both & { readonly both: string };
    readonly address: Both;
    readonly description: Both;
    readonly insuredKorean: number;
    readonly regularWorkers: Both;
    readonly foreignProfessionals: Both;
    readonly financials?: {
      readonly fiscalYear: number;
      readonly capital: Both;
      readonly sales: Both;
      readonly liabilities: Both;
      readonly operatingProfit: Both;
    };
  };
  readonly applicant: {
    readonly name: string;
    readonly sex: Both;
    readonly nationality: Both;
    readonly dateOfBirth: Both;
    readonly passportNumber: string;
    readonly addressAbroad: string;
    readonly phone: string;
    readonly school: string;
    readonly degree: Both;
    readonly major: Both;
    readonly graduationYear: string;
    readonly careers: readonly CareerView[];
  };
  readonly position: {
    readonly titleEn: string;
    readonly titleKo: string;
    readonly title: Both;
    readonly department: Both;
    readonly workplace: Both;
    readonly salary: Both;
    /** The salary digits with separators, as they appear in both languages ("42,000,000"). */
    readonly salaryDigits: string;
    readonly weeklyHours: number;
    readonly startDate: Both;
    readonly contractMonths: number;
    /** The planned employment period ("2027. 1. 4.부터 24개월"). */
    readonly period: Both;
  };
  readonly occupation: {
    readonly code: string;
    readonly nameEn: string;
    readonly nameKo: string;
    readonly subtype: string;
    readonly scopeEn: string;
    readonly scopeKo: string;
  };
  readonly duties: readonly DutyView[];
  readonly recruitment: {
    readonly efforts: readonly {
      readonly channel: Both;
      readonly period: Both;
      readonly applicants: number;
      readonly interviewed: string;
      readonly outcome: Both;
    }[];
    readonly why: Both;
    readonly skills: readonly Both[];
    readonly effect: Both;
    readonly plan: Both;
    readonly other: Both;
  };
  readonly salaryFloor?: {
    readonly amountDigits: string;
    readonly amount: Both;
    readonly label: Both;
    readonly source: Both;
  };
  readonly review: ReviewFacts;
  readonly evidence: readonly {
    readonly title: string;
    /** The kind's Korean name ("경력증명서"), so a Korean list can say what a foreign-language title is. */
    readonly kindKo: string;
    /** The kind's English name, so an English list can say what a Korean title is. */
    readonly kindEn: string;
    readonly issuedBy: string;
    readonly issueDate: Both;
  }[];
  readonly prior?: PriorView;
}

/** Printed where the case lacks a value. */
export const BLANK = "—";

/** Groups digits in threes: 42000000 -> "42,000,000". */
export function groupDigits(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  return sign + String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A free-text field in each language, flattened; empty where the case does not hold that language. */
export function local(value: TextValue | undefined): Both {
  const one = (lang: DocLang): string => flatten(textIn(value, lang) ?? "");
  return { ko: one("ko"), en: one("en") };
}

/**
 * A free-text field whose Korean sentences take the register of the spot that prints them: 합니다체 ("polite") in
 * text addressed to the office, 한다체 ("plain") where it quotes the annex's clauses; noun-ending lines stay as written.
 */
export function localIn(value: TextValue | undefined, register: KoreanRegister): Both {
  const ko = textIn(value, "ko");
  return { ko: flatten(ko === undefined ? "" : toRegister(ko, register)), en: local(value).en };
}

const same = (text: string): Both => ({ ko: text, en: text });
const date = (iso: string): Both => ({ ko: formatDate(iso, "ko"), en: formatDate(iso, "en") });
const won = (amount: number): Both => ({ ko: `${groupDigits(amount)}원`, en: `KRW ${groupDigits(amount)}` });
const orBlank = (text: string | undefined): string =>
  text === undefined || text.trim() === "" ? BLANK : flatten(text);
const bothOrBlank = (value: Both): Both => ({ ko: value.ko || BLANK, en: value.en || BLANK });

const DEGREES: Readonly<Record<Education["degree"], Both>> = {
  doctorate: { en: "Doctorate", ko: "박사" },
  master: { en: "Master's degree", ko: "석사" },
  bachelor: { en: "Bachelor's degree", ko: "학사" },
  associate: { en: "Associate degree", ko: "전문학사" },
  "high-school": { en: "High-school diploma", ko: "고등학교 졸업" },
  other: { en: "Other qualification", ko: "기타" },
};

function details(duty: Duty): Both {
  // A plain string is a name and prints as is; a {ko, en} item prints the document's language only.
  return { en: dutyDetails(duty, "en"), ko: dutyDetails(duty, "ko") };
}

/**
 * The representative's name as each language prints it: Korean documents the Hangul name, English documents the
 * romanised name with the Hangul after it ("Kim Min-su (김민수)"); a name the case gives once prints as is in both.
 */
export function representativeNames(value: TextValue | undefined): Both & { readonly both: string } {
  const ko = flatten(textIn(value, "ko") ?? "");
  const en = flatten(textIn(value, "en") ?? "");
  const latin = en !== "" && ko !== "" && en !== ko ? `${en} (${ko})` : en || ko;
  return { ko: ko || en, en: latin, both: en !== "" && ko !== "" && en !== ko ? `${ko} / ${en}` : ko || en };
}

/** Whole calendar months from start to end, counting a started month when the end day reaches the start day. */
export function monthsBetween(start: string, end: string): number {
  const [sy, sm, sd] = start.split("-").map(Number) as [number, number, number];
  const [ey, em, ed] = end.split("-").map(Number) as [number, number, number];
  return Math.max(0, (ey - sy) * 12 + (em - sm) + (ed >= sd ? 0 : -1) + 1);
}

function editionNames(catalog: Catalog, id: string): { en: string; ko: string } {
  const edition = catalog.editions.find((e) => e.id === id);
  return edition ? { en: edition.nameEn, ko: edition.nameKo } : { en: id, ko: id };
}

function buildPrior(
  input: Case,
  catalog: Catalog,
  occupation: Occupation,
  readings: ViewInput["readings"],
): PriorView | undefined {
  const prior = input.priorApplication;
  if (!prior || input.filing.kind === "first") return undefined;
  const edition = prior.codeEdition ?? priorEditionOf(catalog, prior.filingDate);
  const priorOccupation = catalog.byEditionCode.get(`${edition}:${prior.codeFiled}`);
  const names = editionNames(catalog, edition);
  const formerEdition = edition !== catalog.currentEdition;
  const label = (lang: DocLang): string => {
    const name = priorOccupation ? (lang === "en" ? priorOccupation.nameEn : priorOccupation.nameKo) : undefined;
    // The edition goes in its own sentence (cover-code-former), so the label never nests parentheses.
    return name ? `${prior.codeFiled}(${name})` : prior.codeFiled;
  };
  const current = priorOccupation ? `${codeOf(priorOccupation)}` : prior.codeFiled;
  const decisions: Readonly<Record<typeof prior.decision, Both>> = {
    denied: { en: "Denied", ko: "불허" },
    "supplement-requested": { en: "Returned with a request for supplementary documents", ko: "보완 요청" },
    withdrawn: { en: "Withdrawn", ko: "철회" },
  };
  const codeChanged = priorOccupation?.id !== occupation.id;
  const newCode = codeOf(occupation);
  const priorName = (lang: DocLang): string =>
    priorOccupation ? (lang === "en" ? priorOccupation.nameEn : priorOccupation.nameKo) : "";
  // Sentences for the facts that answer a reason; a listed change is printed in the user's own words.
  const answerText = (answer: Answer): Both => {
    if (answer.kind === "listed") return localIn(prior.whatChanged[answer.index], "polite");
    if (answer.fact === "code-change")
      return {
        ko: `직종코드를 ${prior.codeFiled}(${priorName("ko")})에서 ${newCode}(${occupation.nameKo})${particle(newCode, "으로/로")} 바꾸었습니다.`,
        en: `The occupation code changes from ${prior.codeFiled} (${priorName("en")}) to ${newCode} (${occupation.nameEn}).`,
      };
    if (answer.fact === "duties-rewritten")
      return {
        ko: "업무를 구체적으로 다시 적었습니다(아래 '업무 내용 전후 비교' 참조).",
        en: "The duties are rewritten specifically (see the before/after table below).",
      };
    const before = prior.annualSalaryKrw ?? 0;
    return {
      ko: `연봉을 ${won(before).ko}에서 ${withParticle(won(input.position.annualSalaryKrw).ko, "으로/로")} 올렸습니다.`,
      en: `The annual salary rises from ${won(before).en} to ${won(input.position.annualSalaryKrw).en}.`,
    };
  };
  // The earlier duties are quoted as filed; the duties now read as the new annex prints them (한다체).
  const readingRows = (
    duties: readonly Duty[],
    read: readonly DutyReading[],
    quote: (value: TextValue) => Both,
  ): DutyReadingView[] =>
    duties.map((d, i) => {
      const reading = read[i];
      const found = reading && !reading.generic ? catalog.byCode.get(reading.code) : undefined;
      const readsAs: Both = found
        ? { ko: `${reading!.code} ${found.nameKo}`, en: `${reading!.code} ${found.nameEn}` }
        : { ko: "특정 직종으로 읽히지 않음(일반적 표현)", en: "no occupation (too general to read)" };
      return { text: quote(d.text), share: d.share, readsAs };
    });
  return {
    code: prior.codeFiled,
    codeLabelEn: label("en").replace("(", " ("),
    codeLabelKo: label("ko"),
    formerEdition,
    editionEn: names.en,
    editionKo: names.ko,
    codeChanged,
    currentCode: current,
    currentCodeLabelEn: priorOccupation ? `${current} (${priorOccupation.nameEn})` : current,
    currentCodeLabelKo: priorOccupation ? `${current}(${priorOccupation.nameKo})` : current,
    filingDate: date(prior.filingDate),
    decisionDate: prior.decisionDate ? date(prior.decisionDate) : same(""),
    receiptNumber: flatten(prior.receiptNumber ?? ""),
    decision: decisions[prior.decision],
    reasons: prior.reasons.map(local),
    whatChanged: prior.whatChanged.map((change) => localIn(change, "polite")),
    answers: answerReasons(prior, {
      codeChanged,
      code: newCode,
      annualSalaryKrw: input.position.annualSalaryKrw,
      duties: input.position.duties,
    }).map((r) => r.answers.map(answerText)),
    ...(prior.duties && readings
      ? {
          beforeAfter: {
            before: readingRows(prior.duties, readings.before, local),
            after: readingRows(input.position.duties, readings.after, (text) => localIn(text, "plain")),
          },
        }
      : {}),
    ...(prior.positionUnchanged === undefined ? {} : { positionUnchanged: prior.positionUnchanged }),
    changeNote: localIn(prior.changeNote, "polite"),
    notice: NOTICES[prior.decision],
  };
}

/** Title of the notice the earlier decision came in, enclosed in copy. */
const NOTICES: Readonly<Record<NonNullable<Case["priorApplication"]>["decision"], Both>> = {
  denied: { ko: "불허 통지서(거부 통지서) 사본", en: "Copy of the denial notice" },
  "supplement-requested": { ko: "보완 요청서 사본", en: "Copy of the request for supplementary documents" },
  withdrawn: { ko: "종전 신청 철회 확인서 사본", en: "Copy of the withdrawal confirmation" },
};

/** Foreign professionals now employed (E-1 to E-7, without E-7-4), with their statuses. */
function foreignProfessionals(counts: Readonly<Record<string, number>>): Both {
  const held = Object.entries(counts)
    .filter(([status, n]) => n > 0 && /^E-[1-7](?:-|$)/.test(status) && status !== "E-7-4")
    .sort(([a], [b]) => a.localeCompare(b));
  const total = held.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return { ko: "없음", en: "None" };
  return {
    ko: `${total}명(${held.map(([s, n]) => `${s} ${n}명`).join(", ")})`,
    en: `${total} (${held.map(([s, n]) => `${s}: ${n}`).join(", ")})`,
  };
}

export interface ViewInput {
  readonly case: Case;
  readonly catalog: Catalog;
  readonly occupation: Occupation;
  readonly plan: readonly PlannedDuty[];
  readonly salaryFloor?: SalaryFloor;
  readonly review?: ReviewFacts;
  /** The matcher's reading of each earlier duty and each duty now, for the cover letter's before/after table. */
  readonly readings?: { readonly before: readonly DutyReading[]; readonly after: readonly DutyReading[] };
}

/** Builds the template data for one case, its selected occupation and its duty plan. */
export function buildView({
  case: input,
  catalog,
  occupation,
  plan,
  salaryFloor: floor,
  review = {},
  readings,
}: ViewInput): PacketView {
  const { employer, applicant, position, recruitment } = input;
  const until = input.filing.documentDate;
  const duties: DutyView[] = plan.map((p) => {
    return {
      index: p.index,
      status: p.status,
      text: { ko: dutyClauseText(p.duty, "ko") ?? "", en: dutyClauseText(p.duty, "en") ?? "" },
      share: p.duty.share,
      details: details(p.duty),
    };
  });
  const documents = [...applicant.documents, ...(employer.documents ?? [])];
  const education = applicant.education[0];
  const financials = employer.financials;
  return {
    kind: input.filing.kind,
    documentDateIso: until,
    documentDate: date(until),
    office: {
      ko: officeName(input.filing.immigrationOffice, "ko"),
      en: officeName(input.filing.immigrationOffice, "en"),
    },
    employer: {
      nameKo: flatten(employer.nameKo),
      nameEn: flatten(employer.nameEn),
      name: { ko: flatten(employer.nameKo), en: flatten(employer.nameEn) },
      brn: employer.businessRegistrationNumber,
      representative: representativeNames(employer.representative),
      address: { ko: flatten(employer.address.ko), en: flatten(employer.address.en) },
      description: localIn(employer.businessDescription, "polite"),
      insuredKorean: employer.insuredKoreanEmployees,
      regularWorkers:
        employer.regularWorkers === undefined
          ? {
              ko: `고용보험 가입 내국인 ${employer.insuredKoreanEmployees}명`,
              en: `${employer.insuredKoreanEmployees} insured Korean employees`,
            }
          : {
              ko: `${employer.regularWorkers}명(고용보험 가입 내국인 ${employer.insuredKoreanEmployees}명)`,
              en: `${employer.regularWorkers} (${employer.insuredKoreanEmployees} insured Korean employees)`,
            },
      foreignProfessionals: foreignProfessionals(employer.foreignEmployees),
      ...(financials
        ? {
            financials: {
              fiscalYear: financials.fiscalYear,
              capital: financials.capitalKrw === undefined ? same(BLANK) : won(financials.capitalKrw),
              sales: won(financials.totalSalesKrw ?? employer.annualRevenueKrw),
              liabilities:
                financials.totalLiabilitiesKrw === undefined ? same(BLANK) : won(financials.totalLiabilitiesKrw),
              operatingProfit:
                financials.operatingProfitKrw === undefined ? same(BLANK) : won(financials.operatingProfitKrw),
            },
          }
        : {}),
    },
    applicant: {
      name: flatten(applicant.fullName),
      sex:
        applicant.sex === undefined
          ? same(BLANK)
          : applicant.sex === "male"
            ? { ko: "남", en: "Male" }
            : { ko: "여", en: "Female" },
      nationality: { ko: countryName(applicant.nationality, "ko"), en: countryName(applicant.nationality, "en") },
      dateOfBirth: applicant.dateOfBirth ? date(applicant.dateOfBirth) : same(BLANK),
      passportNumber: orBlank(applicant.passportNumber),
      addressAbroad: orBlank(applicant.addressAbroad),
      phone: orBlank(applicant.phone),
      school: orBlank(education?.institution),
      degree: education ? DEGREES[education.degree] : same(BLANK),
      major: education ? bothOrBlank(local(education.field)) : same(BLANK),
      graduationYear: education ? education.completionDate.slice(0, 4) : BLANK,
      careers: applicant.experience.slice(0, 2).map((e) => ({
        employer: flatten(e.employer),
        period: {
          ko: `${formatDate(e.startDate, "ko")} ~ ${e.endDate ? formatDate(e.endDate, "ko") : "재직 중"}`,
          en: `${formatDate(e.startDate, "en")} – ${e.endDate ? formatDate(e.endDate, "en") : "present"}`,
        },
        field: bothOrBlank(local(e.duties)),
        role: bothOrBlank(local(e.role)),
      })),
    },
    position: {
      titleEn: flatten(position.title.en),
      titleKo: flatten(position.title.ko),
      title: { ko: flatten(position.title.ko), en: flatten(position.title.en) },
      department: bothOrBlank(local(position.department)),
      workplace: bothOrBlank(local(position.workplace)),
      salary: won(position.annualSalaryKrw),
      salaryDigits: groupDigits(position.annualSalaryKrw),
      weeklyHours: position.weeklyHours,
      startDate: date(position.startDate),
      contractMonths: position.contractMonths,
      period: {
        ko: `${formatDate(position.startDate, "ko")}부터 ${formatMonths(position.contractMonths, "ko")}`,
        en: `${formatMonths(position.contractMonths, "en")} from ${formatDate(position.startDate, "en")}`,
      },
    },
    occupation: {
      code: codeOf(occupation),
      nameEn: occupation.nameEn,
      nameKo: occupation.nameKo,
      subtype: occupation.subtype,
      scopeEn: occupation.scopeEn,
      scopeKo: occupation.scopeKo,
    },
    duties,
    recruitment: {
      efforts: recruitment.domesticEfforts.map((effort) => ({
        channel: local(effort.channel),
        period: {
          ko: `${formatDate(effort.startDate, "ko")} ~ ${formatDate(effort.endDate, "ko")}`,
          en: `${formatDate(effort.startDate, "en")} – ${formatDate(effort.endDate, "en")}`,
        },
        applicants: effort.applicants,
        interviewed: effort.interviewed === undefined ? "" : String(effort.interviewed),
        outcome: localIn(effort.outcome, "polite"),
      })),
      why: localIn(recruitment.whyForeignNational, "polite"),
      skills: recruitment.specialisedSkills.map(local),
      effect: bothOrBlank(localIn(recruitment.expectedEffect, "polite")),
      plan: bothOrBlank(localIn(recruitment.utilisationPlan, "polite")),
      other: localIn(recruitment.otherNotes, "polite"),
    },
    ...(floor
      ? {
          salaryFloor: {
            amountDigits: groupDigits(floor.amountKrw),
            amount: won(floor.amountKrw),
            label: { ko: floor.labelKo, en: floor.labelEn },
            source: { ko: floor.sourceKo, en: floor.sourceEn },
          },
        }
      : {}),
    review,
    evidence: documents.map((d) => ({
      title: flatten(d.title),
      kindKo: (DOCUMENT_KINDS[d.kind] ?? DOCUMENT_KINDS.other)!.name.ko,
      kindEn: (DOCUMENT_KINDS[d.kind] ?? DOCUMENT_KINDS.other)!.name.en,
      issuedBy: flatten(d.issuedBy ?? BLANK),
      issueDate: date(d.issueDate),
    })),
    ...(buildPrior(input, catalog, occupation, readings)
      ? { prior: buildPrior(input, catalog, occupation, readings)! }
      : {}),
  };
}
