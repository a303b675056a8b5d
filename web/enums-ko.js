// Korean names for the case schema's enum values, shown in the Korean page's drop-down lists; the value sent stays the
// schema's English word. Keyed by the property name, then the value; test/serve/web-enums-ko.test.ts checks coverage.

export const ENUMS_KO = {
  kind: {
    first: "최초 신청",
    reapplication: "재신청 (불허 후)",
    supplement: "보완 제출",
    "degree-certificate": "학위증명서(졸업증명서)",
    transcript: "성적증명서",
    "career-certificate": "경력증명서",
    "criminal-record": "범죄경력증명서",
    passport: "여권 사본",
    licence: "자격증·면허증",
    "business-registration": "사업자등록증 사본",
    "tax-certificate-national": "국세 납세증명서",
    "tax-certificate-local": "지방세 납세증명서",
    "employment-insurance-roster": "고용보험 피보험자격 취득내역서",
    "guarantee-letter": "신원보증서(원본)",
    "employment-recommendation": "고용추천서",
    other: "기타 서류",
  },
  codeEdition: {
    "2026-09": "2026-09 (현행 직종 목록)",
    "ksco7-list": "이전 목록 (2026-09 이전, ksco7-list)",
    "ksco6-list": "옛 목록 (2019년까지, ksco6-list)",
  },
  sex: { male: "남", female: "여" },
  ratioException: {
    none: "해당 없음",
    "high-tech-recommendation": "KOTRA/KITA 추천 첨단기술 기업",
    "special-language-exporter": "특수 언어권 수출 우수 기업",
    "startup-fdi-or-venture": "설립 5년 이내 외국인투자 창업기업·벤처",
  },
  decision: { denied: "불허", "supplement-requested": "보완 요청", withdrawn: "취하" },
  degree: {
    doctorate: "박사",
    master: "석사",
    bachelor: "학사",
    associate: "전문학사",
    "high-school": "고등학교 졸업",
    other: "기타",
  },
  origin: { domestic: "국내 발급", foreign: "해외 발급" },
  legalisation: { apostille: "아포스티유", consular: "영사 확인", none: "없음" },
  translation: { en: "영어 번역", ko: "한국어 번역", none: "번역 없음" },
};

/** The text shown for an enum value: its Korean name on the Korean page, the value itself otherwise. */
export function enumLabel(key, value, lang) {
  return (lang === "ko" && ENUMS_KO[key]?.[value]) || String(value);
}
