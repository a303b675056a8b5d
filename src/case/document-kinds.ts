/** The document kinds of the case schema (applicant.documents[].kind) with their names in Korean and English. */
export interface BilingualName {
  readonly ko: string;
  readonly en: string;
}

/** Name and usual issuer of each document kind of the case schema. */
export const DOCUMENT_KINDS: Readonly<
  Record<string, { readonly name: BilingualName; readonly issuer: BilingualName }>
> = {
  passport: {
    name: { ko: "여권 사본", en: "Passport copy" },
    issuer: { ko: "국적국 정부", en: "Government of nationality" },
  },
  "degree-certificate": {
    name: { ko: "학위증명서(졸업증명서)", en: "Degree certificate" },
    issuer: { ko: "졸업 학교", en: "The school" },
  },
  transcript: { name: { ko: "성적증명서", en: "Transcript" }, issuer: { ko: "졸업 학교", en: "The school" } },
  "career-certificate": {
    name: { ko: "경력증명서", en: "Certificate of employment (experience)" },
    issuer: { ko: "근무했던 회사", en: "Former employer" },
  },
  "criminal-record": {
    name: { ko: "범죄경력증명서", en: "Criminal record certificate" },
    issuer: { ko: "국적국 경찰·법무 당국", en: "Police or justice authority of the country" },
  },
  licence: {
    name: { ko: "자격증·면허증", en: "Licence or certificate" },
    issuer: { ko: "발급기관", en: "Issuing body" },
  },
  "business-registration": {
    name: { ko: "사업자등록증 사본", en: "Business registration certificate" },
    issuer: { ko: "관할 세무서(홈택스)", en: "Tax office (Hometax)" },
  },
  "tax-certificate-national": {
    name: { ko: "국세 납세증명서", en: "National tax payment certificate" },
    issuer: { ko: "세무서(홈택스)", en: "Tax office (Hometax)" },
  },
  "tax-certificate-local": {
    name: { ko: "지방세 납세증명서", en: "Local tax payment certificate" },
    issuer: { ko: "시·군·구청(위택스)", en: "Local government (Wetax)" },
  },
  "employment-insurance-roster": {
    name: { ko: "고용보험 피보험자격 취득내역서", en: "Employment-insurance roster" },
    issuer: { ko: "근로복지공단(고용·산재보험 토탈서비스)", en: "Korea Workers' Compensation & Welfare Service" },
  },
  "guarantee-letter": {
    name: { ko: "신원보증서(원본)", en: "Letter of guarantee (original)" },
    issuer: { ko: "고용업체 대표자", en: "Employer's representative" },
  },
  "employment-recommendation": {
    name: { ko: "고용추천서", en: "Employment recommendation" },
    issuer: { ko: "소관 중앙행정기관", en: "The responsible ministry" },
  },
  other: { name: { ko: "기타 서류", en: "Other document" }, issuer: { ko: "발급기관", en: "Issuing body" } },
};
