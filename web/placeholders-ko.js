// Korean placeholder texts for the page's fields, keyed by the English `<…>` placeholder the starting case holds
// (src/case/build-starting-case.ts). Only the text shown in the empty box changes: the case keeps the English
// placeholder, which is never sent as a value. test/serve/web-korean.test.ts fails when a placeholder has no Korean text.

/** English placeholder -> Korean placeholder. */
export const PLACEHOLDERS_KO = {
  "<YYYY-MM-DD>": "<YYYY-MM-DD>",
  "<YYYY-MM-DD planned filing date>": "<YYYY-MM-DD 신청 예정일>",
  "<YYYY-MM-DD date printed on the generated documents>": "<YYYY-MM-DD 생성할 서류에 인쇄할 날짜>",
  "<YYYY-MM-DD graduation date>": "<YYYY-MM-DD 졸업일>",
  "<YYYY-MM-DD issue date>": "<YYYY-MM-DD 발급일>",
  "<YYYY-MM-DD first working day>": "<YYYY-MM-DD 첫 근무일>",
  "<YYYY-MM-DD, or delete this line if ongoing>": "<YYYY-MM-DD, 재직 중이면 이 항목 삭제>",
  "<office id from the list in docs/case-format.md, e.g. seoul-southern>":
    "<관할 출입국·외국인관서: 입력란을 눌러 목록에서 고르기, 예: seoul-southern>",
  '<occupation code, e.g. 2224; find it with: e7-align codes search "job title">':
    '<직종코드, 예: 2224. 찾는 방법: e7-align codes search "직무명">',
  "<full name exactly as in the passport>": "<여권에 적힌 그대로의 성명>",
  "<three-letter passport country code, e.g. VNM>": "<여권의 세 글자 국가 코드, 예: VNM>",
  "<male or female, as in the passport>": "<male 또는 female, 여권 기재대로>",
  "<passport number>": "<여권 번호>",
  "<home address abroad>": "<본국 주소>",
  "<telephone number with country code, e.g. +84 912 345 678>": "<국가번호를 포함한 전화번호, 예: +84 912 345 678>",
  "<current Korean stay status, e.g. D-10-1, or abroad>": "<현재 국내 체류자격, 예: D-10-1, 해외에 있으면 abroad>",
  "<doctorate, master, bachelor, associate, high-school or other>":
    "<doctorate(박사), master(석사), bachelor(학사), associate(전문학사), high-school(고졸) 또는 other(기타)>",
  "<field of study>": "<전공 (영어)>",
  "<university>": "<학교명>",
  "<two-letter country code, e.g. VN>": "<두 글자 국가 코드, 예: VN>",
  "<two-letter country code>": "<두 글자 국가 코드>",
  "<true or false>": "<true(예) 또는 false(아니오)>",
  "<employer>": "<회사명>",
  "<job title held>": "<맡았던 직위 (영어)>",
  "<what the job involved>": "<담당했던 업무 (영어)>",
  "<degree certificate title>": "<학위증명서 제목>",
  "<issuing body>": "<발급 기관>",
  "<apostille, consular or none>": "<apostille(아포스티유), consular(영사 확인) 또는 none(없음)>",
  "<ko, en or none>": "<ko(한국어), en(영어) 또는 none(번역 없음)>",
  "<criminal record certificate title>": "<범죄경력증명서 제목>",
  "<certificate of employment title>": "<경력증명서 제목>",
  "<name in English>": "<영문 회사명>",
  "<123-45-67890>": "<123-45-67890 사업자등록번호>",
  "<representative director>": "<대표자>",
  "<address in English>": "<영문 주소>",
  "<what the business does, for whom, and its registered kind (e.g. a tourist hotel)>":
    "<사업 내용: 무엇을 누구에게 제공하는지와 등록 업종(예: 관광호텔) (영어)>",
  "<Korean employees on the employment-insurance roster for 3+ months>":
    "<고용보험에 3개월 이상 가입된 내국인 근로자 수>",
  "<all regular workers, Korean and foreign>": "<내국인과 외국인을 합한 상시 근로자 수>",
  "<number of employees>": "<근로자 수>",
  "<last year's revenue in won>": "<지난해 매출액(원)>",
  "<year of the last closed financial statements, e.g. 2025>": "<마지막으로 결산한 재무제표의 연도, 예: 2025>",
  "<paid-in capital (자본금) in won>": "<자본금(원)>",
  "<total sales (총매출액) in won>": "<총매출액(원)>",
  "<operating profit (영업이익) in won; negative for a loss>": "<영업이익(원), 손실이면 음수>",
  "<total liabilities (부채총액) in won>": "<부채총액(원)>",
  "<job title in English>": "<영문 직무명>",
  "<department or team>": "<부서 또는 팀 (영어)>",
  "<workplace address>": "<근무 장소 주소 (영어)>",
  "<percent of working time; all shares add up to 100>": "<근무시간 비중(%), 모든 비중의 합은 100>",
  "<percent>": "<비중(%)>",
  "<tool or technology, or delete this line>": "<사용하는 도구나 기술, 없으면 이 항목 삭제>",
  "<product or service worked on, or delete this line>": "<담당하는 제품이나 서비스, 없으면 이 항목 삭제>",
  "<client or user served, or delete this line>": "<응대하는 고객이나 사용자, 없으면 이 항목 삭제>",
  "<gross annual salary in won, e.g. 42000000>": "<세전 연봉(원), 예: 42000000>",
  "<contracted hours per week, e.g. 40>": "<주당 소정근로시간, 예: 40>",
  "<contract length in months, e.g. 24>": "<계약 기간(개월), 예: 24>",
  "<where the job was advertised, e.g. Work24 job posting>": "<구인 경로 (영어), 예: Work24 job posting>",
  "<number of Korean applicants>": "<내국인 지원자 수>",
  "<number interviewed>": "<면접한 인원>",
  "<why no Korean applicant was hired>": "<내국인을 채용하지 못한 이유 (영어)>",
  "<why this job needs a foreign national>": "<외국인을 고용해야 하는 이유 (영어)>",
  "<specialised skill the applicant brings>": "<신청인의 전문 기술 (영어)>",
  "<expected effect on the business and on Korean employment, in numbers where possible>":
    "<사업과 내국인 고용에 미칠 기대 효과, 가능하면 수치로 (영어)>",
  "<how the person will be deployed and pass skills to Korean staff>":
    "<외국인의 활용 계획과 내국인 직원에게 기술을 전수하는 방법 (영어)>",
  "<anything else the office should know, or delete this line>":
    "<관서에 알릴 그 밖의 사항, 없으면 이 항목 삭제 (영어)>",
  "<code filed before>": "<이전에 신청한 직종코드>",
  "<reason as stated in the notice>": "<통지서에 적힌 사유 (영어)>",
  "<duty as filed before>": "<종전 신청의 업무 (영어)>",
  "<annual salary offered before, in won>": "<이전에 제시한 연봉(원)>",
  "<what changed in the job itself, if it did>": "<업무 자체가 달라졌다면 무엇이 달라졌는지 (영어)>",
  "<what is different in this filing>": "<이번 신청에서 달라진 점 (영어)>",
  "<stay status, e.g. E-7-1>": "<체류자격, 예: E-7-1>",
  "<registered name in Korean, e.g. 주식회사 ...>": "<등기된 한글 상호, 예: 주식회사 ...>",
  "<receipt number (접수번호)>": "<접수번호>",
  "<what to write>": "<적을 내용>",
};

/** Placeholders with a number or an example in them (the duties, the job title), as patterns. */
const PATTERNS_KO = [
  [/^<duty (\d+) in English \(Korean: (.*)\)>$/s, "<직무 $1 영어 문장 (한국어: $2)>"],
  [
    /^<duty (\d+) in your own specific words \(what, for whom, with which tools\), e\.g\. (.*)>$/s,
    "<직무 $1: 무엇을, 누구를 위해, 어떤 도구로 하는지 구체적으로 (영어). 예: $2>",
  ],
  [
    /^<duty (\d+): what the employee does, to what, for whom, with which tools>$/,
    "<직무 $1: 무엇을, 누구를 위해, 어떤 도구로 하는지 (영어)>",
  ],
  [/^<job title in English, e\.g\. (.*)>$/s, "<영문 직무명, 예: $1>"],
];

/** The placeholder to show in an empty box: Korean on the Korean page; a Korean placeholder is shown as it is. */
export function placeholderFor(placeholder, lang) {
  if (lang !== "ko" || typeof placeholder !== "string") return placeholder;
  if (Object.hasOwn(PLACEHOLDERS_KO, placeholder)) return PLACEHOLDERS_KO[placeholder];
  for (const [pattern, korean] of PATTERNS_KO)
    if (pattern.test(placeholder)) return placeholder.replace(pattern, korean);
  return placeholder;
}
