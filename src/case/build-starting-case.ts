/** Builds the starting case file that `e7-align init` writes: every field present, unknown values as <placeholders> that validate flags. */
import type { Occupation } from "../catalog/types.js";
import { codeOf } from "../catalog/occupation-lookup.js";

/** Answers that replace placeholders (from command-line options or the interactive questions). */
export interface StartingCaseAnswers {
  readonly occupation?: Occupation;
  readonly kind?: "first" | "reapplication" | "supplement";
  readonly titleEn?: string;
  readonly titleKo?: string;
  readonly employerNameKo?: string;
  readonly employerNameEn?: string;
  readonly businessRegistrationNumber?: string;
  readonly plannedFilingDate?: string;
  readonly annualSalaryKrw?: number;
  readonly applicantName?: string;
  /** Each duty in English and, when given, Korean. */
  readonly duties?: readonly {
    readonly text: { readonly en: string; readonly ko?: string } | { readonly en?: string; readonly ko: string };
    readonly share: number;
  }[];
  /** An id of src/data/immigration-offices.json. */
  readonly immigrationOffice?: string;
}

/** Plain JSON value (the starting case is written with JSON.stringify, never typed as a Case: it is not valid yet). */
type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const DUTY_SLOTS = 4;

/** A bilingual placeholder: the Korean and the English text to write. */
const both = (ko: string, en: string): Json => ({ ko: `<${ko}>`, en: `<${en}>` });

/**
 * The starting case as a plain object. `schemaRef` is the `$schema` value (a path relative to the output file).
 * Placeholders look like "<what to write>"; `e7-align validate` reports each one until it is replaced.
 */
export function buildStartingCase(
  schemaRef: string,
  answers: StartingCaseAnswers = {},
): { readonly [key: string]: Json } {
  const occupation = answers.occupation;
  const kind = answers.kind ?? "first";
  const tasks = occupation?.tasks ?? [];
  const duties: Json[] =
    answers.duties && answers.duties.length > 0
      ? answers.duties.map((d, i) => ({
          text: {
            ko: d.text.ko ?? `<직무 ${i + 1} 한국어 문장 (영어: ${d.text.en})>`,
            en: d.text.en ?? `<duty ${i + 1} in English (Korean: ${d.text.ko})>`,
          },
          share: d.share,
          tools: [],
          products: [],
          clients: [],
        }))
      : Array.from({ length: DUTY_SLOTS }, (_, i) => ({
          text: {
            ko: tasks[i]
              ? `<직무 ${i + 1}: 무엇을, 누구를 위해, 어떤 도구로 하는지 구체적으로. 예: ${tasks[i]!.ko}>`
              : `<직무 ${i + 1}: 무엇을, 누구를 위해, 어떤 도구로 하는지>`,
            en: tasks[i]
              ? `<duty ${i + 1} in your own specific words (what, for whom, with which tools), e.g. ${tasks[i]!.en}>`
              : `<duty ${i + 1}: what the employee does, to what, for whom, with which tools>`,
          },
          share: "<percent of working time; all shares add up to 100>",
          tools: ["<tool or technology, or delete this line>"],
          products: ["<product or service worked on, or delete this line>"],
          clients: ["<client or user served, or delete this line>"],
        }));
  const document = (kindName: string, origin: "domestic" | "foreign", title: string): Json => ({
    kind: kindName,
    title,
    issuedBy: "<issuing body>",
    issueDate: "<YYYY-MM-DD issue date>",
    origin,
    ...(origin === "foreign"
      ? {
          legalisation: "<apostille, consular or none>",
          legalisationDate: "<YYYY-MM-DD>",
          translation: "<ko, en or none>",
        }
      : {}),
  });
  return {
    $schema: schemaRef,
    schemaVersion: 2,
    filing: {
      kind,
      plannedFilingDate: answers.plannedFilingDate ?? "<YYYY-MM-DD planned filing date>",
      immigrationOffice:
        answers.immigrationOffice ?? "<office id from the list in docs/case-format.md, e.g. seoul-southern>",
      codeEdition: "2026-09",
      languages: ["en", "ko"],
      documentDate: "<YYYY-MM-DD date printed on the generated documents>",
    },
    selectedCode: occupation
      ? codeOf(occupation)
      : '<occupation code, e.g. 2224; find it with: e7-align codes search "job title">',
    applicant: {
      fullName: answers.applicantName ?? "<full name exactly as in the passport>",
      nationality: "<three-letter passport country code, e.g. VNM>",
      dateOfBirth: "<YYYY-MM-DD>",
      sex: "<male or female, as in the passport>",
      passportNumber: "<passport number>",
      addressAbroad: "<home address abroad>",
      phone: "<telephone number with country code, e.g. +84 912 345 678>",
      currentStatus: "<current Korean stay status, e.g. D-10-1, or abroad>",
      education: [
        {
          degree: "<doctorate, master, bachelor, associate, high-school or other>",
          field: both("전공 (한국어)", "field of study"),
          institution: "<university>",
          country: "<two-letter country code, e.g. VN>",
          completionDate: "<YYYY-MM-DD graduation date>",
          relatedToOccupation: "<true or false>",
        },
      ],
      experience: [
        {
          employer: "<employer>",
          role: both("직위 (한국어)", "job title held"),
          country: "<two-letter country code>",
          startDate: "<YYYY-MM-DD>",
          endDate: "<YYYY-MM-DD, or delete this line if ongoing>",
          duties: both("담당 업무 (한국어)", "what the job involved"),
          relatedToOccupation: "<true or false>",
        },
      ],
      documents: [
        document("degree-certificate", "foreign", "<degree certificate title>"),
        document("criminal-record", "foreign", "<criminal record certificate title>"),
        document("career-certificate", "foreign", "<certificate of employment title>"),
      ],
    },
    employer: {
      nameKo: answers.employerNameKo ?? "<registered name in Korean, e.g. 주식회사 ...>",
      nameEn: answers.employerNameEn ?? "<name in English>",
      businessRegistrationNumber: answers.businessRegistrationNumber ?? "<123-45-67890>",
      representative: "<representative director>",
      address: { ko: "<주소 (한국어)>", en: "<address in English>" },
      businessDescription: both(
        "사업 내용: 무엇을 누구에게 제공하는지와 등록 업종(예: 관광호텔)",
        "what the business does, for whom, and its registered kind (e.g. a tourist hotel)",
      ),
      foundedDate: "<YYYY-MM-DD>",
      insuredKoreanEmployees: "<Korean employees on the employment-insurance roster for 3+ months>",
      regularWorkers: "<all regular workers, Korean and foreign>",
      foreignEmployees: { "<stay status, e.g. E-7-1>": "<number of employees>" },
      annualRevenueKrw: "<last year's revenue in won>",
      financials: {
        fiscalYear: "<year of the last closed financial statements, e.g. 2025>",
        capitalKrw: "<paid-in capital (자본금) in won>",
        totalSalesKrw: "<total sales (총매출액) in won>",
        totalLiabilitiesKrw: "<total liabilities (부채총액) in won>",
        operatingProfitKrw: "<operating profit (영업이익) in won; negative for a loss>",
      },
      mainlyDomesticMarket: "<true or false>",
      ratioException: "none",
      documents: [
        document("business-registration", "domestic", "사업자등록증명"),
        document("tax-certificate-national", "domestic", "국세 납세증명서"),
        document("tax-certificate-local", "domestic", "지방세 납세증명서"),
      ],
    },
    position: {
      title: {
        en:
          answers.titleEn ??
          (occupation
            ? `<job title in English, e.g. ${occupation.exampleTitles.en[0] ?? occupation.nameEn}>`
            : "<job title in English>"),
        ko:
          answers.titleKo ??
          (occupation
            ? `<직무명 (한국어), 예: ${occupation.exampleTitles.ko[0] ?? occupation.nameKo}>`
            : "<직무명 (한국어)>"),
      },
      department: both("부서 또는 팀", "department or team"),
      workplace: both("근무 장소 주소", "workplace address"),
      duties,
      annualSalaryKrw: answers.annualSalaryKrw ?? "<gross annual salary in won, e.g. 42000000>",
      weeklyHours: "<contracted hours per week, e.g. 40>",
      startDate: "<YYYY-MM-DD first working day>",
      contractMonths: "<contract length in months, e.g. 24>",
    },
    recruitment: {
      domesticEfforts: [
        {
          channel: both("구인 경로, 예: 고용24 구인공고", "where the job was advertised, e.g. Work24 job posting"),
          startDate: "<YYYY-MM-DD>",
          endDate: "<YYYY-MM-DD>",
          applicants: "<number of Korean applicants>",
          interviewed: "<number interviewed>",
          outcome: both("결과와 국민을 채용하지 못한 이유", "why no Korean applicant was hired"),
        },
      ],
      whyForeignNational: both("고용사유: 외국인을 고용해야 하는 이유", "why this job needs a foreign national"),
      specialisedSkills: [both("신청인의 전문 기술", "specialised skill the applicant brings")],
      expectedEffect: both(
        "기술도입 및 고용효과: 매출, 국민 고용 등 가능하면 수치로",
        "expected effect on the business and on Korean employment, in numbers where possible",
      ),
      utilisationPlan: both(
        "활용계획: 근무 장소, 담당 프로젝트, 국민 직원에게 기술을 전하는 방법",
        "how the person will be deployed and pass skills to Korean staff",
      ),
      otherNotes: both(
        "기타사항, 없으면 이 줄을 지우십시오",
        "anything else the office should know, or delete this line",
      ),
    },
    ...(kind === "first"
      ? {}
      : {
          priorApplication: {
            filingDate: "<YYYY-MM-DD>",
            codeFiled: "<code filed before>",
            codeEdition: "ksco7-list",
            decision: kind === "supplement" ? "supplement-requested" : "denied",
            decisionDate: "<YYYY-MM-DD>",
            receiptNumber: "<receipt number (접수번호)>",
            reasons: [both("통지서에 적힌 사유", "reason as stated in the notice")],
            duties: [{ text: both("종전 신청의 직무", "duty as filed before"), share: "<percent>" }],
            annualSalaryKrw: "<annual salary offered before, in won>",
            positionUnchanged: true,
            changeNote: both("직무 자체가 달라졌다면 무엇이 달라졌는지", "what changed in the job itself, if it did"),
            whatChanged: [both("이번 신청에서 달라진 점", "what is different in this filing")],
          },
        }),
  };
}
