/** Builds the starting case file that `e7-align init` writes: every field present, unknown values as <placeholders> that validate flags. */
import type { Occupation } from "../catalog/types.js";

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
  readonly duties?: readonly { readonly text: string; readonly share: number }[];
}

/** Plain JSON value (the starting case is written with JSON.stringify, never typed as a Case: it is not valid yet). */
type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

const DUTY_SLOTS = 4;

/**
 * The starting case as a plain object. `schemaRef` is the `$schema` value (a path relative to the output file).
 * Placeholders look like "<what to write>"; `e7-align validate` reports each one until it is replaced.
 */
export function buildStartingCase(schemaRef: string, answers: StartingCaseAnswers = {}): { readonly [key: string]: Json } {
  const occupation = answers.occupation;
  const kind = answers.kind ?? "first";
  const tasks = occupation?.tasks ?? [];
  const duties: Json[] =
    answers.duties && answers.duties.length > 0
      ? answers.duties.map((d) => ({ text: d.text, share: d.share, tools: [], products: [], clients: [] }))
      : Array.from({ length: DUTY_SLOTS }, (_, i) => ({
          text: tasks[i] ? `<duty ${i + 1} in your own specific words (what, for whom, with which tools), e.g. ${tasks[i]!.en}>` : `<duty ${i + 1}: what the employee does, to what, for whom, with which tools>`,
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
    ...(origin === "foreign" ? { legalisation: "<apostille, consular or none>", legalisationDate: "<YYYY-MM-DD>", translation: "<ko, en or none>" } : {}),
  });
  return {
    $schema: schemaRef,
    filing: {
      kind,
      plannedFilingDate: answers.plannedFilingDate ?? "<YYYY-MM-DD planned filing date>",
      immigrationOffice: "<immigration office, e.g. Seoul Southern Immigration Office (서울남부출입국·외국인사무소)>",
      codeEdition: "2026-09",
      languages: ["en", "ko"],
      documentDate: "<YYYY-MM-DD date printed on the generated documents>",
    },
    selectedCode: occupation ? (occupation.code ?? occupation.id) : "<occupation code, e.g. 2224; find it with: e7-align codes search \"job title\">",
    applicant: {
      fullName: answers.applicantName ?? "<full name exactly as in the passport>",
      nationality: "<three-letter passport country code, e.g. VNM>",
      dateOfBirth: "<YYYY-MM-DD>",
      currentStatus: "<current Korean stay status, e.g. D-10-1, or abroad>",
      education: [
        {
          degree: "<doctorate, master, bachelor, associate, high-school or other>",
          field: "<field of study>",
          institution: "<university>",
          country: "<two-letter country code, e.g. VN>",
          completionDate: "<YYYY-MM-DD graduation date>",
          relatedToOccupation: "<true or false>",
        },
      ],
      experience: [
        {
          employer: "<employer>",
          role: "<job title held>",
          country: "<two-letter country code>",
          startDate: "<YYYY-MM-DD>",
          endDate: "<YYYY-MM-DD, or delete this line if ongoing>",
          duties: "<what the job involved>",
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
      businessDescription: "<what the business does and for whom>",
      foundedDate: "<YYYY-MM-DD>",
      insuredKoreanEmployees: "<Korean employees on the employment-insurance roster for 3+ months>",
      regularWorkers: "<all regular workers, Korean and foreign>",
      foreignEmployees: { "<stay status, e.g. E-7-1>": "<number of employees>" },
      annualRevenueKrw: "<last year's revenue in won>",
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
        en: answers.titleEn ?? (occupation ? `<job title in English, e.g. ${occupation.exampleTitles.en[0] ?? occupation.nameEn}>` : "<job title in English>"),
        ko: answers.titleKo ?? (occupation ? `<직무명 (한국어), 예: ${occupation.exampleTitles.ko[0] ?? occupation.nameKo}>` : "<직무명 (한국어)>"),
      },
      department: "<department or team>",
      workplace: "<workplace address>",
      duties,
      annualSalaryKrw: answers.annualSalaryKrw ?? "<gross annual salary in won, e.g. 42000000>",
      weeklyHours: "<contracted hours per week, e.g. 40>",
      startDate: "<YYYY-MM-DD first working day>",
      contractMonths: "<contract length in months, e.g. 24>",
    },
    recruitment: {
      domesticEfforts: [
        {
          channel: "<where the job was advertised, e.g. 고용24 (WorkNet)>",
          startDate: "<YYYY-MM-DD>",
          endDate: "<YYYY-MM-DD>",
          applicants: "<number of Korean applicants>",
          interviewed: "<number interviewed>",
          outcome: "<why no Korean applicant was hired>",
        },
      ],
      whyForeignNational: "<why this job needs a foreign national>",
      specialisedSkills: ["<specialised skill the applicant brings>"],
      expectedEffect: "<expected effect on the business and on Korean employment>",
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
            reasons: ["<reason as stated in the notice>"],
            duties: [{ text: "<duty as filed before>", share: "<percent>" }],
            whatChanged: ["<what is different in this filing>"],
          },
        }),
  };
}
