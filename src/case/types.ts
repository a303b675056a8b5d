/** Types of a case file. GENERATED from schemas/case.schema.json by test/case/generate-case-types.ts: do not edit by hand; */
/* run `UPDATE_CASE_TYPES=1 npx vitest run test/case/case-types.test.ts` after changing the schema. */
import type { TextValue } from "./local-text.js";

/** One E-7 application: who files it and when, the applicant, the employer, the position and its duties, the Korean recruitment effort and, for a reapplication or a supplementation answer, the prior application. Dates are calendar dates (YYYY-MM-DD), money is whole Korean won, percentages run from 0 to 100. */
export interface Case {
  /** Path or URL of this schema, so editors validate and autocomplete the file. */
  readonly "$schema"?: string;
  /** Version of the case format: 2. A file without it is version 1; upgrade it with `e7-align migrate`. */
  readonly schemaVersion: 2;
  /** What is being filed, where and when. */
  readonly filing: Filing;
  /** The E-7 occupation code to file, in the list edition named by filing.codeEdition (e.g. 2224 web developer). */
  readonly selectedCode: string;
  /** The foreign national to be hired. */
  readonly applicant: Applicant;
  /** The inviting employer in Korea. */
  readonly employer: Employer;
  /** The job offered. */
  readonly position: Position;
  /** Why the job goes to a foreign national: the Korean recruitment effort and the case for this person (feeds the Recruitment Reason Statement). */
  readonly recruitment: Recruitment;
  /** The earlier application, for a reapplication after a denial or an answer to a supplementation request. */
  readonly priorApplication?: PriorApplication;
}

/** The same text in English and Korean. */
export interface BilingualText {
  /** English. */
  readonly en: string;
  /** Korean (한국어). */
  readonly ko: string;
}

/** One duty statement. */
export interface Duty {
  /** What the employee does, specifically: the action, the object and what for. */
  readonly text: TextValue;
  /** Share of working time, in percent (0-100). */
  readonly share: number;
  /** Tools, languages or software used for this duty. */
  readonly tools?: readonly TextValue[];
  /** Products or services this duty works on. */
  readonly products?: readonly TextValue[];
  /** Clients or users this duty serves. */
  readonly clients?: readonly TextValue[];
}

/** One degree or diploma. */
export interface Education {
  /** Level of the degree. */
  readonly degree: "doctorate" | "master" | "bachelor" | "associate" | "high-school" | "other";
  /** Field of study (major). */
  readonly field: TextValue;
  /** University or school. */
  readonly institution: string;
  /** Country of the institution (ISO 3166-1 alpha-2; KR for Korea). */
  readonly country: string;
  /** Date the degree was completed (graduation date). */
  readonly completionDate: string;
  /** Whether the field is related to the occupation filed (qualifications must be in a related field). */
  readonly relatedToOccupation?: boolean;
}

/** One job held. */
export interface Experience {
  /** Employer's name. */
  readonly employer: string;
  /** Job title held. */
  readonly role: TextValue;
  /** Country of the job (ISO 3166-1 alpha-2). */
  readonly country?: string;
  /** First day in the job. */
  readonly startDate: string;
  /** Last day in the job; leave out while the job is ongoing. */
  readonly endDate?: string;
  /** What the job involved. */
  readonly duties: TextValue;
  /** Whether this experience is in the field of the occupation filed. */
  readonly relatedToOccupation?: boolean;
}

/** One supporting document and when it was issued. */
export interface CaseDocument {
  /** What the document is. */
  readonly kind: "degree-certificate" | "transcript" | "career-certificate" | "criminal-record" | "passport" | "licence" | "business-registration" | "tax-certificate-national" | "tax-certificate-local" | "employment-insurance-roster" | "guarantee-letter" | "employment-recommendation" | "other";
  /** The document's title as issued. */
  readonly title: string;
  /** Who issued it. */
  readonly issuedBy?: string;
  /** Date of issue (for a letter of guarantee: the date it was signed). */
  readonly issueDate: string;
  /** domestic: issued in Korea; foreign: issued abroad. */
  readonly origin: "domestic" | "foreign";
  /** For a foreign document: apostille, consular confirmation, or none. */
  readonly legalisation?: "apostille" | "consular" | "none";
  /** Date of the apostille or consular confirmation. */
  readonly legalisationDate?: string;
  /** Language of the attached translation of a foreign document, or none when it is already in English or Korean. */
  readonly translation?: "en" | "ko" | "none";
  /** Expiry printed on the document, if any (passport, letter of guarantee). */
  readonly validUntil?: string;
}

/** One attempt to recruit a Korean for the job. */
export interface RecruitmentEffort {
  /** Where the job was advertised or sourced. */
  readonly channel: TextValue;
  /** First day of the posting or search. */
  readonly startDate: string;
  /** Last day of the posting or search. */
  readonly endDate: string;
  /** How many Korean applicants there were. */
  readonly applicants: number;
  /** How many were interviewed. */
  readonly interviewed?: number;
  /** What came of it and why no Korean was hired. */
  readonly outcome: TextValue;
}

/** What is being filed, where and when. */
export interface Filing {
  /** first: a first application; reapplication: filing again after a denial; supplement: answering a supplementation request (보완). */
  readonly kind: "first" | "reapplication" | "supplement";
  /** The day the packet will be filed. Wage floors and document validity are judged on this date. */
  readonly plannedFilingDate: string;
  /** The immigration office that receives the application: an id from src/data/immigration-offices.json (the ids are listed in docs/case-format.md). */
  readonly immigrationOffice: string;
  /** The occupation-list edition that selectedCode is written in. Defaults to the current list (2026-09); a code from an older list is accepted with a note naming its current code. */
  readonly codeEdition?: "2026-09" | "ksco7-list" | "ksco6-list";
  /** Languages the generated documents are written in. */
  readonly languages?: readonly ("en" | "ko")[];
  /** The date printed on the generated documents (contract clauses, Recruitment Reason Statement, cover letter). */
  readonly documentDate: string;
}

/** The foreign national to be hired. */
export interface Applicant {
  /** Full name exactly as printed in the passport. */
  readonly fullName: string;
  /** Nationality as the ISO 3166-1 alpha-3 code printed in the passport. */
  readonly nationality: string;
  /** Date of birth as in the passport. */
  readonly dateOfBirth?: string;
  /** Sex as printed in the passport. */
  readonly sex?: "male" | "female";
  /** Passport number as printed in the passport (letters and digits). */
  readonly passportNumber?: string;
  /** The applicant's home address abroad, as written in the applicant's country. */
  readonly addressAbroad?: string;
  /** The applicant's telephone number, with the country code. */
  readonly phone?: string;
  /** Current Korean stay status if the applicant is in Korea (e.g. D-10-1, D-2), or "abroad". */
  readonly currentStatus?: string;
  /** Degrees and diplomas, highest first. */
  readonly education: readonly Education[];
  /** Work experience, most recent first. */
  readonly experience: readonly Experience[];
  /** The applicant's supporting documents with their issue dates (apostilled degree, criminal record, career certificates …). */
  readonly documents: readonly CaseDocument[];
}

/** The inviting employer in Korea. */
export interface Employer {
  /** Registered name in Korean, as on the business registration certificate. */
  readonly nameKo: string;
  /** Name in English. */
  readonly nameEn: string;
  /** Business registration number (사업자등록번호): 10 digits, written 123-45-67890; the last digit is a check digit. */
  readonly businessRegistrationNumber: string;
  /** Name of the representative director (대표자), as on the business registration certificate: the Hangul name, or {"ko": "김민준", "en": "Kim Min-jun"} so that English documents print "Kim Min-jun (김민준)". */
  readonly representative?: TextValue;
  /** Registered address of the business, in Korean and English. */
  readonly address: BilingualText;
  /** What the business does and for whom, in one or two sentences, naming its kind as registered (a tourist hotel, a general travel agency, a long-term care home …): some occupations are open only to certain kinds of employer. */
  readonly businessDescription: TextValue;
  /** Date the business was founded (opening date on the registration certificate). */
  readonly foundedDate?: string;
  /** Korean employees on the employment-insurance roster for 3+ months and paid at least the minimum wage. */
  readonly insuredKoreanEmployees: number;
  /** All regular workers (Korean and foreign); some occupations cap foreign hires by this number (e.g. 2351). */
  readonly regularWorkers?: number;
  /** Foreign employees now on staff, by stay status (e.g. {"E-7-1": 2, "E-9": 3}). E-1 to E-7-3 holders count towards the 20% ratio; E-7-4, E-8, E-9, E-10, H-2, F-2, F-4, F-5 and F-6 do not. */
  readonly foreignEmployees: Readonly<Record<string, number>>;
  /** Revenue of the last financial year, in won. */
  readonly annualRevenueKrw: number;
  /** Figures of the last closed financial year, as in the financial statements (printed in block 1 of the Recruitment Reason Statement). */
  readonly financials?: Financials;
  /** True when the business mainly serves the Korean domestic market (firms with fewer than 5 insured Koreans that do are refused in principle). */
  readonly mainlyDomesticMarket: boolean;
  /** An exception to the size or ratio rule the employer relies on: high-tech firm with KOTRA/KITA recommendation (ratio up to 50%), strong exporter to special-language regions (up to 70%), start-up FDI firm or venture within 5 years of founding (size and sales rules relaxed). */
  readonly ratioException?: "none" | "high-tech-recommendation" | "special-language-exporter" | "startup-fdi-or-venture";
  /** The employer's documents with their issue dates (business registration, tax certificates, letter of guarantee …). */
  readonly documents?: readonly CaseDocument[];
}

/** The job offered. */
export interface Position {
  /** Job title in English and Korean, as it will appear in the contract. */
  readonly title: BilingualText;
  /** Department or team the position belongs to. */
  readonly department: TextValue;
  /** Where the work is done (address of the workplace). */
  readonly workplace: TextValue;
  /** The duties, one statement each, with the share of working time they take. Shares should add up to 100. */
  readonly duties: readonly Duty[];
  /** Gross annual salary in won, as in the contract. */
  readonly annualSalaryKrw: number;
  /** Contracted working hours per week. */
  readonly weeklyHours: number;
  /** First working day under the contract. */
  readonly startDate: string;
  /** Contract length in months. */
  readonly contractMonths: number;
}

/** Why the job goes to a foreign national: the Korean recruitment effort and the case for this person (feeds the Recruitment Reason Statement). */
export interface Recruitment {
  /** Attempts to hire a Korean for the job. */
  readonly domesticEfforts: readonly RecruitmentEffort[];
  /** Why a foreign national is needed for this job (고용사유). */
  readonly whyForeignNational: TextValue;
  /** The specialised skills the applicant brings. */
  readonly specialisedSkills: readonly TextValue[];
  /** The expected effect of the hire on the business and on Korean employment (기술도입 및 고용효과), in numbers where possible. */
  readonly expectedEffect: TextValue;
  /** How the person will be deployed (활용계획): where, on what projects, and how the skills pass to Korean staff. */
  readonly utilisationPlan?: TextValue;
  /** Anything else the office should know (기타사항). */
  readonly otherNotes?: TextValue;
}

/** The earlier application, for a reapplication after a denial or an answer to a supplementation request. */
export interface PriorApplication {
  /** When the earlier application was filed. */
  readonly filingDate: string;
  /** The occupation code filed in the earlier application. */
  readonly codeFiled: string;
  /** The list edition codeFiled was written in; when absent, the edition in force on filingDate. */
  readonly codeEdition?: "2026-09" | "ksco7-list" | "ksco6-list";
  /** What happened to the earlier application. */
  readonly decision: "denied" | "supplement-requested" | "withdrawn";
  /** Date of the decision or the supplementation request. */
  readonly decisionDate?: string;
  /** Receipt number (접수번호) of the earlier application. */
  readonly receiptNumber?: string;
  /** The reasons stated in the denial or supplementation notice. */
  readonly reasons: readonly TextValue[];
  /** The duties as written in the earlier application, to compare with the new ones. */
  readonly duties?: readonly Duty[];
  /** Gross annual salary offered in the earlier application, in won (so a raise can answer a salary reason). */
  readonly annualSalaryKrw?: number;
  /** True when the job itself is the same as before and only its description (and code) were corrected. */
  readonly positionUnchanged?: boolean;
  /** What changed in the job itself, when positionUnchanged is false. */
  readonly changeNote?: TextValue;
  /** What is different in this filing. */
  readonly whatChanged: readonly TextValue[];
}

/** Figures of the last closed financial year, as in the financial statements (printed in block 1 of the Recruitment Reason Statement). */
export interface Financials {
  /** The financial year the figures are for. */
  readonly fiscalYear: number;
  /** Paid-in capital (자본금), in won. */
  readonly capitalKrw?: number;
  /** Total sales (총매출액), in won. */
  readonly totalSalesKrw?: number;
  /** Total liabilities (부채총액), in won. */
  readonly totalLiabilitiesKrw?: number;
  /** Operating profit (영업이익), in won; negative for an operating loss. */
  readonly operatingProfitKrw?: number;
}
