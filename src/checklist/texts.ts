/** The checklist's fixed wording in Korean and English: document names, check titles and fixes, labels. */
import type { ItemStatus, Text2 } from "./types.js";

export { DOCUMENT_KINDS } from "../case/document-kinds.js";

export const STATUS_LABELS: Readonly<Record<ItemStatus, Text2>> = {
  ready: { ko: "준비됨", en: "Ready" },
  expired: { ko: "신청일 전 만료", en: "Expires before filing" },
  missing: { ko: "없음", en: "Missing" },
  incomplete: { ko: "아포스티유·영사확인 필요", en: "Needs apostille or legalisation" },
  prepare: { ko: "준비 필요", en: "To prepare" },
  generated: { ko: "이번 서류 묶음에 포함", en: "In this packet" },
};

/** A short title and the usual fix for each check, so the Korean checklist can say what to do without the English message. */
export const CHECK_TEXTS: Readonly<Record<string, { readonly title: Text2; readonly fix: Text2 }>> = {
  "details-language": {
    title: {
      ko: "다른 언어로 인쇄되는 고객·제품·대표자 이름",
      en: "Clients, products or representative in the other language",
    },
    fix: {
      ko: '해당 항목을 { "ko": "...", "en": "..." } 형태로 두 언어로 적으십시오.',
      en: 'Write the item in both languages: { "ko": "...", "en": "..." }.',
    },
  },
  "direction-controls": {
    title: { ko: "보이지 않는 제어문자", en: "Invisible control characters" },
    fix: { ko: "해당 필드의 텍스트를 다시 입력하십시오.", en: "Retype the field's text." },
  },
  "document-validity": {
    title: { ko: "서류 유효기간·공증", en: "Document validity and legalisation" },
    fix: {
      ko: "신청일 기준 유효한 서류를 다시 발급받고, 해외 서류는 아포스티유 또는 영사확인을 받으십시오.",
      en: "Get the document issued again so it is valid on the filing date; have foreign documents apostilled or legalised.",
    },
  },
  "domestic-recruitment": {
    title: { ko: "내국인 구인 노력", en: "Effort to hire a Korean" },
    fix: {
      ko: "내국인 구인 노력 내용(구인 매체, 구인 기간, 지원자 수, 채용 결과)을 신청 건 정보에 적으십시오.",
      en: "Record the attempt to hire a Korean: channel, period, applicants and outcome.",
    },
  },
  "duties-excluded-role": {
    title: { ko: "직종에서 제외된 직무", en: "Role the occupation excludes" },
    fix: {
      ko: "그 직무에 맞는 직종코드로 신청하거나, 실제 업무가 신청 직종에 해당한다면 핵심 업무가 드러나도록 직무 내용을 다시 작성하십시오.",
      en: "File under the code of that role, or rewrite the duties to show the selected occupation's core work if that is the job.",
    },
  },
  "duties-excluded-role/excludedWorkplace": {
    title: { ko: "직종을 고용할 수 없는 근무처", en: "A workplace the occupation is not open to" },
    fix: {
      ko: "담당업무에 적힌 근무처가 실제로 그러한 업체라면 이 직종코드로 신청할 수 없습니다. 잘못 적은 것이라면 바로잡으십시오.",
      en: "If the workplace the duties name really is such a business, this code cannot be filed; if it is named by mistake, correct it.",
    },
  },
  "duties-excluded-role-risk": {
    title: { ko: "제외 직무에 해당할 수 있는 업무", en: "Some duties read as an excluded role" },
    fix: {
      ko: "해당 업무의 비중이 신청 직종의 핵심 업무보다 크게 보이지 않도록 업무 비중과 표현을 점검하십시오.",
      en: "Check that those duties do not outweigh the occupation's core work, in share and wording.",
    },
  },
  "duties-fit-code": {
    title: { ko: "직무와 직종코드 불일치", en: "Duties do not fit the code" },
    fix: {
      ko: "직무에 맞는 코드로 신청하거나, 실제 직무를 해당 직종의 업무로 구체적으로 다시 쓰십시오.",
      en: "File under the code the duties describe, or rewrite the duties if the job really is the selected occupation.",
    },
  },
  "employer-setting": {
    title: { ko: "직종별 고용업체 요건", en: "Kind of employer the occupation requires" },
    fix: {
      ko: "고용업체가 신청 직종의 업종 요건에 맞는지 확인하십시오. 맞는다면 사업 내용에 해당 업종을 적고 등록증·지정서 등 증빙 서류를 준비하십시오.",
      en: "Confirm the employer is the kind the occupation requires, say so in the business description and have its registration or designation ready.",
    },
  },
  "employer-setting/settingRuledOut": {
    title: { ko: "직종을 고용할 수 없는 업종", en: "A kind of employer the occupation is not open to" },
    fix: {
      ko: "그러한 업종의 업체라면 이 직종코드로 신청할 수 없습니다. 업체명·사업 내용·근무지가 잘못 적혔다면 바로잡으십시오.",
      en: "A business of that kind cannot file this code; if the name, business description or workplace is written wrongly, correct it.",
    },
  },
  "employer-size-and-ratio": {
    title: { ko: "고용업체 규모·외국인 고용비율", en: "Employer size and foreign ratio" },
    fix: {
      ko: "내국인 피보험자 수와 외국인 고용 현황을 확인하고 비율 안에서 신청하십시오.",
      en: "Check the insured Korean headcount and foreign staff, and file within the ratio.",
    },
  },
  "employment-recommendation": {
    title: { ko: "고용추천서", en: "Employment recommendation" },
    fix: {
      ko: "소관 부처의 고용추천서를 발급받아 서류 목록에 추가하십시오.",
      en: "Obtain the ministry's employment recommendation and add it to the documents.",
    },
  },
  "generic-duties": {
    title: { ko: "모호한 직무 기술", en: "Vague duty statement" },
    fix: {
      ko: "무엇을, 누구를 위해, 어떤 도구로 하는지 구체적으로 쓰십시오.",
      en: "Say what is done, for whom and with which tools.",
    },
  },
  "gni-wage-floor": {
    title: { ko: "GNI 기준 임금요건", en: "GNI-based pay floor" },
    fix: {
      ko: "연봉을 전년도 1인당 GNI 기준 이상으로 올리십시오.",
      en: "Raise the salary to the share of last year's per-capita GNI the occupation requires.",
    },
  },
  "manual-code-conflict": {
    title: { ko: "매뉴얼의 직종코드 표기 불일치", en: "Manual prints the code two ways" },
    fix: {
      ko: "신청 전 관할 출입국·외국인관서(또는 하이코리아 화면)에서 접수되는 코드를 확인하십시오.",
      en: "Confirm with the office (or on the HiKorea screen) which number it accepts before filing.",
    },
  },
  "minimum-wage": {
    title: { ko: "최저임금·임금 고시", en: "Minimum wage and wage notices" },
    fix: {
      ko: "주 소정근로시간에 맞는 최저임금 이상으로 연봉을 정하고, 새 고시가 나오면 다시 확인하십시오.",
      en: "Pay at least the minimum wage for the weekly hours, and re-check when the new figures are announced.",
    },
  },
  "minimum-wage/unknownYear": {
    title: { ko: "계약 기간 중 임금 기준", en: "Pay rules for the later contract years" },
    fix: {
      ko: "계약 기간에 걸친 연도의 최저임금과 E-7 임금 고시를 확인하고, 연봉이 그 기준 이상인지 점검하십시오.",
      en: "Look up the minimum wage and E-7 wage notice for the later contract years and check the salary against them.",
    },
  },
  "occupation-employer-cap": {
    title: { ko: "직종별 업체당 고용 한도", en: "Per-employer cap of the occupation" },
    fix: {
      ko: "같은 직종의 기존 외국인 인원을 확인하고 한도 안에서 신청하십시오.",
      en: "Count the foreign staff already in this occupation and file within the cap.",
    },
  },
  qualification: {
    title: { ko: "학력·경력 요건", en: "Qualification" },
    fix: {
      ko: "관련 학위·경력 증명서를 보완하거나 요건을 충족하는 경로를 확인하십시오.",
      en: "Add the degree or experience proof, or check which qualification route the applicant meets.",
    },
  },
  "reasons-answered": {
    title: { ko: "불허 사유별 보완 내용", en: "Each denial reason answered" },
    fix: {
      ko: "불허·보완 통지서에 적힌 사유별로 보완하거나 변경한 내용(직종코드, 직무, 연봉 등)을 적으십시오.",
      en: "Answer each reason in the notice with what changed: the code, the duties, the salary or an item of what changed.",
    },
  },
  reapplication: {
    title: { ko: "재신청 요건", en: "Reapplication" },
    fix: { ko: "불허 사유와 변경 사항을 대응시켜 소명하십시오.", en: "Answer each stated reason with what changed." },
  },
  "salary-floor": {
    title: { ko: "E-7 임금요건", en: "E-7 wage floor" },
    fix: {
      ko: "연봉을 해당 세부자격의 임금요건 이상으로 올리십시오.",
      en: "Raise the salary to the subtype's wage floor.",
    },
  },
  "shares-sum": {
    title: { ko: "직무 비중 합계", en: "Duty shares" },
    fix: { ko: "직무별 비중의 합을 100%로 맞추십시오.", en: "Make the duty shares add up to 100%." },
  },
  "split-duties": {
    title: { ko: "두 직종에 걸친 직무", en: "Duties split across two codes" },
    fix: {
      ko: "주된 직무가 신청 직종에 속하도록 정리하십시오.",
      en: "Make the main duties those of the selected occupation.",
    },
  },
  "stricter-review": {
    title: { ko: "국민고용 보호 심사", en: "Domestic-employment review" },
    fix: {
      ko: "심사기준(업체 요건·비율·임금)을 충족하는지 확인하십시오.",
      en: "Check the review's employer, ratio and pay conditions.",
    },
  },
  "title-trap": {
    title: { ko: "직함과 직종 불일치", en: "Job title points elsewhere" },
    fix: {
      ko: "직함을 실제 직무와 직종에 맞게 고치십시오.",
      en: "Change the job title to fit the duties and the code.",
    },
  },
  "packet-duties-in-scope": {
    title: { ko: "직종 범위 밖의 직무", en: "Duty outside the occupation" },
    fix: {
      ko: "직무를 다시 쓰거나 삭제하십시오(또는 --allow-out-of-scope로 그대로 두십시오).",
      en: "Rewrite or drop the duty (or keep it as written with --allow-out-of-scope).",
    },
  },
};

export const UNKNOWN_CHECK = {
  title: { ko: "기타 점검", en: "Other check" },
  fix: { ko: "점검 결과 보고서의 설명을 따르십시오.", en: "Follow the message in the report." },
} as const;

/** Headings and labels of the rendered checklist. */
export const LABELS = {
  title: { ko: "E-7 신청 서류 점검표", en: "E-7 filing checklist" },
  overview: { ko: "신청 개요", en: "Overview" },
  route: { ko: "신청 경로와 접수처", en: "Application route and where to file" },
  documents: { ko: "제출 서류", en: "Documents to file" },
  occupation: { ko: "직종별 추가 서류", en: "Occupation-specific items" },
  sign: { ko: "서명·날인할 서류", en: "What to sign and seal" },
  print: { ko: "출력할 서류", en: "What to print" },
  findings: { ko: "점검 결과와 조치", en: "Checks that failed or warned, with the fix" },
  noFindings: { ko: "오류나 경고가 없습니다.", en: "No check failed or warned." },
  notes: { ko: "유의사항", en: "Notes" },
  applicant: { ko: "신청인", en: "Applicant" },
  employer: { ko: "고용업체", en: "Employer" },
  code: { ko: "신청 직종", en: "Occupation filed" },
  filingDate: { ko: "신청 예정일", en: "Planned filing date" },
  office: { ko: "접수 관서", en: "Immigration office" },
  currentStatus: { ko: "현재 체류자격", en: "Current status" },
  routeName: { ko: "신청 종류", en: "Application" },
  form: { ko: "신청서 서식", en: "Form" },
  where: { ko: "접수 방법", en: "Where and how" },
  number: { ko: "번호", en: "No." },
  document: { ko: "서류", en: "Document" },
  issuer: { ko: "발급기관", en: "Issued by" },
  held: { ko: "보유·발급일", en: "Held / issued" },
  expires: { ko: "유효기한", en: "Valid through" },
  legalisation: { ko: "공증·번역", en: "Apostille / translation" },
  status: { ko: "상태", en: "Status" },
  severity: { ko: "구분", en: "Severity" },
  check: { ko: "점검 항목", en: "Check" },
  fix: { ko: "조치", en: "Fix" },
  yes: { ko: "있음", en: "Yes" },
  no: { ko: "없음", en: "No" },
  none: { ko: "—", en: "—" },
  abroad: { ko: "없음(국외 체류)", en: "None (abroad)" },
  notNeeded: { ko: "불필요", en: "Not needed" },
  apostille: { ko: "아포스티유", en: "Apostille" },
  consular: { ko: "영사확인", en: "Consular" },
  neededMissing: { ko: "필요(없음)", en: "Needed (missing)" },
  translationKo: { ko: "한국어 번역", en: "Korean translation" },
  translationEn: { ko: "영어 번역", en: "English translation" },
  noTranslation: { ko: "번역 불필요", en: "No translation needed" },
  required: { ko: "필수", en: "Required" },
  ifApplicable: { ko: "해당 시", en: "if applicable" },
  error: { ko: "오류", en: "Error" },
  warning: { ko: "경고", en: "Warning" },
  summaryReady: {
    ko: "빠지거나 만료된 서류가 없고 오류도 없습니다. '준비 필요'로 표시된 항목을 갖추면 신청할 수 있습니다.",
    en: "No document is missing or expiring and no check failed; file once the items marked 'To prepare' are ready.",
  },
  summaryWarnings: {
    ko: " 점검 결과의 경고 {{warnings}}건도 신청 전에 확인하십시오.",
    en: " Read the {{warnings}} warning(s) in the check results before filing too.",
  },
  summaryBlocked: {
    ko: "신청 전에 해결할 항목이 있습니다: 없는 서류 {{missing}}건, 만료 서류 {{expired}}건, 공증 보완 {{incomplete}}건, 오류 {{errors}}건.",
    en: "Resolve before filing: {{missing}} missing, {{expired}} expiring before filing, {{incomplete}} needing legalisation, {{errors}} errors.",
  },
  validityNote: {
    ko: "국내 발급 증명서는 발급일부터 3개월간 유효하며, 신원보증서는 최장 4년입니다. 해외 발급 서류는 아포스티유 또는 영사확인과 한국어 또는 영어 번역을 붙입니다. 행정정보 공동이용으로 확인되는 서류는 생략될 수 있습니다.",
    en: "Certificates issued in Korea are valid for 3 months from issue; a letter of guarantee for at most 4 years. Documents issued abroad need an apostille or consular confirmation and a Korean or English translation. Documents the office can check through government data sharing may be left out.",
  },
  generatedBy: {
    ko: "이 점검표는 신청 건 정보 파일(case.json)과 규칙 데이터(버전 {{version}}, 기준일 {{asOf}})로 작성되었습니다. 최종 서류 목록은 접수 관서의 안내를 따르십시오.",
    en: "Built from the case file and the rules data (version {{version}}, as of {{asOf}}). The receiving office's own list prevails.",
  },
} as const satisfies Readonly<Record<string, Text2>>;
