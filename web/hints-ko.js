// Korean help texts for the page's fields, keyed by the schema's English description (schemas/case.schema.json);
// test/serve/web-korean.test.ts fails when a description has no Korean text here.

/** English description -> Korean help text. */
export const HINTS_KO = {
  "One E-7 application: who files it and when, the applicant, the employer, the position and its duties, the Korean recruitment effort and, for a reapplication or a supplementation answer, the prior application. Dates are calendar dates (YYYY-MM-DD), money is whole Korean won, percentages run from 0 to 100.":
    "E-7 신청 한 건: 누가 언제 신청하는지, 외국인 근로자, 고용주, 직무와 담당 업무, 내국인 구인 노력, 그리고 재신청이나 보완 제출이면 이전 신청. 날짜는 YYYY-MM-DD, 금액은 원 단위 정수, 비율은 0~100입니다.",
  "Path or URL of this schema, so editors validate and autocomplete the file.":
    "이 스키마의 경로나 URL입니다. 편집기가 파일을 검사하고 자동 완성하는 데 씁니다.",
  "Version of the case format: 2. A file without it is version 1; upgrade it with `e7-align migrate`.":
    "신청 건 정보 파일 형식의 버전: 2. 이 값이 없는 파일은 버전 1이며 `e7-align migrate`로 올릴 수 있습니다.",
  "What is being filed, where and when.": "무엇을, 어디에, 언제 신청하는지.",
  "first: a first application; reapplication: filing again after a denial; supplement: answering a supplementation request (보완).":
    "최초 신청: 처음 하는 신청, 재신청: 불허 후 다시 하는 신청, 보완 제출: 보완 요청에 답하는 제출.",
  "The day the packet will be filed. Wage floors and document validity are judged on this date.":
    "서류를 접수할 날입니다. 임금 기준과 서류 유효기간은 이 날짜로 판단합니다.",
  "The immigration office that receives the application: an id from src/data/immigration-offices.json (the ids are listed in docs/case-format.md).":
    "신청서를 받는 관할 출입국·외국인관서. 입력란을 누르면 관서 목록이 나타나며, 고르면 관서의 영문 id가 들어갑니다(예: 수원출입국·외국인청은 suwon).",
  "The occupation-list edition that selectedCode is written in. Defaults to the current list (2026-09); a code from an older list is accepted with a note naming its current code.":
    "신청 직종코드가 따르는 직종 목록 판. 기본값은 현행 목록(2026-09)이며, 이전 목록의 코드는 현행 코드를 알려 주는 안내와 함께 받아들입니다.",
  "Languages the generated documents are written in.": "생성할 서류의 언어.",
  "en: English; ko: Korean.": "영어(English) 또는 한국어.",
  "The date printed on the generated documents (contract clauses, Recruitment Reason Statement, cover letter).":
    "생성한 서류(계약 조항, 고용사유서, 재신청 안내문)에 인쇄할 날짜.",
  "The E-7 occupation code to file, in the list edition named by filing.codeEdition (e.g. 2224 web developer).":
    "신청할 E-7 직종코드. '직종코드 판'에서 고른 목록의 코드입니다(예: 2224 웹 개발자).",
  "The foreign national to be hired.": "채용할 외국인.",
  "Full name exactly as printed in the passport.": "여권에 적힌 그대로의 성명.",
  "Nationality as the ISO 3166-1 alpha-3 code printed in the passport.": "여권에 적힌 국적의 ISO 3166-1 세 글자 코드.",
  "Date of birth as in the passport.": "여권에 적힌 생년월일.",
  "Sex as printed in the passport.": "여권에 적힌 성별.",
  "Passport number as printed in the passport (letters and digits).": "여권에 적힌 여권번호(영문자와 숫자).",
  "The applicant's home address abroad, as written in the applicant's country.":
    "외국인 근로자의 본국 주소(그 나라에서 쓰는 형식대로).",
  "The applicant's telephone number, with the country code.": "외국인 근로자의 전화번호(국가 번호 포함).",
  'Current Korean stay status if the applicant is in Korea (e.g. D-10-1, D-2), or "abroad".':
    '국내에 있으면 현재 체류자격(예: D-10-1, D-2), 해외에 있으면 "abroad".',
  "Degrees and diplomas, highest first.": "학위와 졸업장, 최고 학력부터.",
  "Work experience, most recent first.": "경력, 최근 것부터.",
  "The applicant's supporting documents with their issue dates (apostilled degree, criminal record, career certificates …).":
    "외국인 근로자의 제출 서류와 발급일(아포스티유 받은 학위증, 범죄경력증명서, 경력증명서 등).",
  "The inviting employer in Korea.": "국내에서 초청하는 고용주.",
  "Registered name in Korean, as on the business registration certificate.": "사업자등록증에 적힌 한글 상호.",
  "Name in English.": "영문 이름.",
  "Business registration number (사업자등록번호): 10 digits, written 123-45-67890; the last digit is a check digit.":
    "사업자등록번호: 10자리, 123-45-67890 형식으로 쓰며 마지막 자리는 검증 숫자입니다.",
  'Name of the representative director (대표자), as on the business registration certificate: the Hangul name, or {"ko": "김민준", "en": "Kim Min-jun"} so that English documents print "Kim Min-jun (김민준)".':
    '사업자등록증에 적힌 대표자 이름: 한글 이름, 또는 영문 서류에 "Kim Min-jun (김민준)"으로 인쇄되도록 {"ko": "김민준", "en": "Kim Min-jun"}.',
  "Registered address of the business, in Korean and English.": "사업장 소재지 주소(한국어와 영어).",
  "What the business does and for whom, in one or two sentences, naming its kind as registered (a tourist hotel, a general travel agency, a long-term care home …): some occupations are open only to certain kinds of employer.":
    "무슨 사업을 누구를 대상으로 하는지 한두 문장으로 적고, 등록된 업종(관광호텔, 종합여행업, 노인요양시설 등)을 밝히십시오. 일부 직종은 특정 업종의 업체만 고용할 수 있습니다.",
  "Date the business was founded (opening date on the registration certificate).": "개업일(사업자등록증의 개업연월일).",
  "Korean employees on the employment-insurance roster for 3+ months and paid at least the minimum wage.":
    "고용보험에 3개월 이상 가입되어 있고 최저임금 이상을 받는 내국인 근로자 수.",
  "All regular workers (Korean and foreign); some occupations cap foreign hires by this number (e.g. 2351).":
    "내국인과 외국인을 합친 상시 근로자 수. 일부 직종은 이 수에 따라 외국인 고용 인원을 제한합니다(예: 2351).",
  'Foreign employees now on staff, by stay status (e.g. {"E-7-1": 2, "E-9": 3}). E-1 to E-7-3 holders count towards the 20% ratio; E-7-4, E-8, E-9, E-10, H-2, F-2, F-4, F-5 and F-6 do not.':
    '현재 고용 중인 외국인 근로자 수를 체류자격별로(예: {"E-7-1": 2, "E-9": 3}). E-1~E-7-3은 20% 비율에 포함되고 E-7-4, E-8, E-9, E-10, H-2, F-2, F-4, F-5, F-6은 포함되지 않습니다.',
  "Number of employees holding this status.": "이 체류자격을 가진 근로자 수.",
  "Revenue of the last financial year, in won.": "직전 사업연도 매출액(원).",
  "Figures of the last closed financial year, as in the financial statements (printed in block 1 of the Recruitment Reason Statement).":
    "직전 결산 사업연도의 재무제표 수치(고용사유서 1번 항목에 인쇄).",
  "The financial year the figures are for.": "수치가 속한 사업연도.",
  "Paid-in capital (자본금), in won.": "납입 자본금(원).",
  "Total sales (총매출액), in won.": "총매출액(원).",
  "Total liabilities (부채총액), in won.": "부채총액(원).",
  "Operating profit (영업이익), in won; negative for an operating loss.": "영업이익(원). 영업손실이면 음수.",
  "True when the business mainly serves the Korean domestic market (firms with fewer than 5 insured Koreans that do are refused in principle).":
    "주로 국내 시장을 대상으로 사업하면 '예'(내국인 피보험자 5명 미만인 그런 업체는 원칙적으로 불허).",
  "An exception to the size or ratio rule the employer relies on: high-tech firm with KOTRA/KITA recommendation (ratio up to 50%), strong exporter to special-language regions (up to 70%), start-up FDI firm or venture within 5 years of founding (size and sales rules relaxed).":
    "고용주가 근거로 삼는 규모·비율 요건의 예외: KOTRA/KITA 추천 첨단기술 기업(비율 50%까지), 특수 언어권 수출 우수 기업(70%까지), 설립 5년 이내 외국인투자 창업기업이나 벤처(규모·매출 요건 완화).",
  "The employer's documents with their issue dates (business registration, tax certificates, letter of guarantee …).":
    "고용주의 제출 서류와 발급일(사업자등록증, 납세증명서, 신원보증서 등).",
  "The job offered.": "제안하는 일자리.",
  "Job title in English and Korean, as it will appear in the contract.": "계약서에 적을 직무명(영어와 한국어).",
  "Department or team the position belongs to.": "직무가 속한 부서나 팀.",
  "Where the work is done (address of the workplace).": "일하는 곳(근무지 주소).",
  "The duties, one statement each, with the share of working time they take. Shares should add up to 100.":
    "담당 업무: 한 문장에 업무 하나씩, 그 업무가 차지하는 근무시간 비중과 함께. 비중의 합은 100이어야 합니다.",
  "Gross annual salary in won, as in the contract.": "계약서에 적힌 연봉 총액(원).",
  "Contracted working hours per week.": "계약상 주당 근로시간.",
  "First working day under the contract.": "계약상 첫 근무일.",
  "Contract length in months.": "계약 기간(개월).",
  "Why the job goes to a foreign national: the Korean recruitment effort and the case for this person (feeds the Recruitment Reason Statement).":
    "이 일자리에 외국인을 고용하는 이유: 내국인 구인 노력과 이 사람을 뽑는 이유(고용사유서에 들어감).",
  "Attempts to hire a Korean for the job.": "내국인을 채용하려고 한 활동.",
  "Why a foreign national is needed for this job (고용사유).": "이 일자리에 외국인이 필요한 이유(고용사유).",
  "The specialised skills the applicant brings.": "외국인 근로자가 가진 전문 기술.",
  "One skill.": "기술 하나.",
  "The expected effect of the hire on the business and on Korean employment (기술도입 및 고용효과), in numbers where possible.":
    "이번 채용이 사업과 내국인 고용에 주는 기대 효과(기술도입 및 고용효과), 가능하면 수치로.",
  "How the person will be deployed (활용계획): where, on what projects, and how the skills pass to Korean staff.":
    "채용한 사람을 어떻게 활용할지(활용계획): 어디서, 어떤 프로젝트에서, 기술을 내국인 직원에게 어떻게 전할지.",
  "Anything else the office should know (기타사항).": "관서에 알릴 그 밖의 사항(기타사항).",
  "The earlier application, for a reapplication after a denial or an answer to a supplementation request.":
    "이전 신청: 불허 후 재신청하거나 보완 요청에 답할 때.",
  "When the earlier application was filed.": "이전 신청의 접수일.",
  "The occupation code filed in the earlier application.": "이전 신청에 적은 직종코드.",
  "The list edition codeFiled was written in; when absent, the edition in force on filingDate.":
    "이전 신청 코드가 따르는 목록 판. 비워 두면 이전 신청일에 시행 중이던 판.",
  "What happened to the earlier application.": "이전 신청의 결과.",
  "Date of the decision or the supplementation request.": "결정일 또는 보완 요청일.",
  "Receipt number (접수번호) of the earlier application.": "이전 신청의 접수번호.",
  "The reasons stated in the denial or supplementation notice.": "불허 또는 보완 통지에 적힌 사유.",
  "One reason as stated in the notice.": "통지에 적힌 사유 하나.",
  "The duties as written in the earlier application, to compare with the new ones.":
    "이전 신청에 적었던 담당 업무(새 업무와 비교하기 위해).",
  "Gross annual salary offered in the earlier application, in won (so a raise can answer a salary reason).":
    "이전 신청에서 제시한 연봉 총액(원). 임금 관련 사유에 인상으로 답할 수 있게.",
  "True when the job itself is the same as before and only its description (and code) were corrected.":
    "일자리 자체는 같고 설명(과 코드)만 바로잡았으면 '예'.",
  "What changed in the job itself, when positionUnchanged is false.":
    "일자리가 그대로가 아닐 때('아니오'), 일자리 자체에서 달라진 점.",
  "What is different in this filing.": "이번 신청에서 달라진 점.",
  "One change.": "달라진 점 하나.",
  'A name that reads the same in every language ("React", "SAP", "hanbitmall.co.kr"), or a phrase in Korean and/or English ({"ko": "베트남 판매자", "en": "Vietnamese merchants"}). Each language of filing.languages must be present in the object form.':
    '어느 언어로나 똑같이 읽는 이름("React", "SAP", "hanbitmall.co.kr"), 또는 한국어·영어 문구({"ko": "베트남 판매자", "en": "Vietnamese merchants"}). 문구로 쓸 때는 "서류 언어"에서 고른 각 언어로 쓰십시오.',
  "A name, printed as is in Korean and English documents.": "한국어 서류와 영어 서류에 그대로 인쇄되는 이름.",
  "The wording in Korean and/or English.": "한국어 및/또는 영어 문구.",
  "Korean (한국어).": "한국어 문구.",
  "English.": "영어 문구.",
  "A person's name: one string printed as is, or the Hangul name and its romanisation.":
    "사람 이름: 그대로 인쇄할 문자열 하나, 또는 한글 이름과 로마자 표기.",
  "The name as written on the registration certificate.": "등록증에 적힌 그대로의 이름.",
  "The name in Hangul and in Latin letters.": "한글 이름과 로마자 이름.",
  "The name in Hangul.": "한글 이름.",
  "The name in Latin letters, as the person writes it.": "본인이 쓰는 로마자 이름.",
  "A free text in Korean and/or English. Each language listed in filing.languages must be present.":
    "한국어 및/또는 영어로 쓴 글. '서류 언어'에서 고른 각 언어로 쓰십시오.",
  "The same text in English and Korean.": "같은 내용을 영어와 한국어로.",
  "One duty statement.": "업무 문장 하나.",
  "What the employee does, specifically: the action, the object and what for.":
    "근로자가 구체적으로 하는 일: 무엇을, 무엇에 대해, 무엇을 위해 하는지.",
  "Share of working time, in percent (0-100).": "근무시간 중 비중(%, 0~100).",
  "Tools, languages or software used for this duty.": "이 업무에 쓰는 도구, 언어, 소프트웨어.",
  "One tool: a name printed as is in every language, or its Korean and English wording.":
    "도구 하나: 어느 언어로나 그대로 인쇄할 이름, 또는 한국어·영어 표기.",
  "Products or services this duty works on.": "이 업무가 다루는 제품이나 서비스.",
  "One product: a name printed as is in every language, or its Korean and English wording.":
    "제품 하나: 어느 언어로나 그대로 인쇄할 이름, 또는 한국어·영어 표기.",
  "Clients or users this duty serves.": "이 업무가 대상으로 하는 고객이나 사용자.",
  "One client: a name printed as is in every language, or its Korean and English wording.":
    "고객 하나: 어느 언어로나 그대로 인쇄할 이름, 또는 한국어·영어 표기.",
  "One degree or diploma.": "학위나 졸업장 하나.",
  "Level of the degree.": "학위 수준.",
  "Field of study (major).": "전공 분야.",
  "University or school.": "대학교나 학교.",
  "Country of the institution (ISO 3166-1 alpha-2; KR for Korea).":
    "학교가 있는 나라(ISO 3166-1 두 글자 코드, 한국은 KR).",
  "Date the degree was completed (graduation date).": "학위 취득일(졸업일).",
  "Whether the field is related to the occupation filed (qualifications must be in a related field).":
    "전공이 신청 직종과 관련이 있는지(자격 요건은 관련 분야여야 함).",
  "One job held.": "경력 하나.",
  "Employer's name.": "고용주 이름.",
  "Job title held.": "맡았던 직위.",
  "Country of the job (ISO 3166-1 alpha-2).": "근무한 나라(ISO 3166-1 두 글자 코드).",
  "First day in the job.": "첫 근무일.",
  "Last day in the job; leave out while the job is ongoing.": "마지막 근무일. 지금도 일하고 있으면 비워 둡니다.",
  "What the job involved.": "맡았던 업무.",
  "Whether this experience is in the field of the occupation filed.": "이 경력이 신청 직종 분야인지.",
  "One supporting document and when it was issued.": "제출 서류 하나와 발급일.",
  "What the document is.": "어떤 서류인지.",
  "The document's title as issued.": "발급된 서류의 제목.",
  "Who issued it.": "발급 기관.",
  "Date of issue (for a letter of guarantee: the date it was signed).": "발급일(신원보증서는 서명한 날).",
  "domestic: issued in Korea; foreign: issued abroad.":
    "국내 발급: 한국에서 발급한 서류, 해외 발급: 외국에서 발급한 서류.",
  "For a foreign document: apostille, consular confirmation, or none.":
    "해외 서류의 인증: 아포스티유, 영사 확인, 또는 없음.",
  "Date of the apostille or consular confirmation.": "아포스티유나 영사 확인을 받은 날.",
  "Language of the attached translation of a foreign document, or none when it is already in English or Korean.":
    "해외 서류에 붙인 번역본의 언어. 서류가 이미 영어나 한국어이면 '번역 없음'.",
  "Expiry printed on the document, if any (passport, letter of guarantee).":
    "서류에 적힌 유효기간(여권, 신원보증서 등).",
  "One attempt to recruit a Korean for the job.": "내국인을 채용하려는 활동 하나.",
  "Where the job was advertised or sourced.": "구인 공고를 낸 곳이나 인재를 찾은 경로.",
  "First day of the posting or search.": "공고나 구인 활동의 시작일.",
  "Last day of the posting or search.": "공고나 구인 활동의 종료일.",
  "How many Korean applicants there were.": "내국인 지원자 수.",
  "How many were interviewed.": "면접한 인원 수.",
  "What came of it and why no Korean was hired.": "결과와 내국인을 채용하지 못한 이유.",
};
