// The page of `e7-align serve`: a case form generated from schemas/case.schema.json, a live duty match, generate and verify.
// Plain browser JavaScript, no framework and no build step; every answer comes from the local HTTP API.

import * as hangul from "./es-hangul.js";
import { HINTS_KO } from "./hints-ko.js";
import { placeholderFor } from "./placeholders-ko.js";
import { enumLabel } from "./enums-ko.js";
import { format } from "./korean.js";

const STRINGS = {
  ko: {
    skip: "본문으로 건너뛰기",
    tagline: "E-7 직무·직종코드 정합성 점검",
    navLabel: "구역",
    navCase: "신청 건 정보 작성",
    navGenerate: "서류 생성",
    navVerify: "서류 확인",
    privacy:
      "이 페이지는 이 컴퓨터(127.0.0.1)에서만 동작합니다. 내려받거나 저장한 파일 외에는 아무것도 보관하지 않습니다.",
    caseTitle: "1. 신청 건 정보 작성",
    startTitle: "시작하기",
    startCode: "직종코드 (선택)",
    startKind: "신청 유형",
    kindFirst: "최초 신청",
    kindRe: "재신청",
    kindSup: "보완 제출",
    startNew: "새 양식으로 시작",
    load: "case.json 불러오기",
    save: "case.json 저장",
    validate: "검사하기",
    genTitle: "2. 서류 생성",
    genLang: "서류 언어",
    genLangAuto: "신청 건 정보에 적힌 언어",
    genLangBoth: "한국어 + English",
    genAllowOutOfScope: "범위 밖 직무도 쓴 그대로 두고 생성",
    genAllowHint:
      "선택하면 직종코드의 범위 밖으로 읽히는 직무를 고쳐 쓰지 않고 쓴 그대로 서류에 넣습니다. 생성은 멈추지 않지만 보고서에 경고로 남고, 직무 내용 부속서는 그 조항을 직종 범위에서 뺀 채로 적습니다. 심사에서 직종과 맞지 않는 업무로 볼 수 있습니다.",
    allowOnPage:
      "이 페이지에서는 명령줄 옵션 대신 위의 '범위 밖 직무도 쓴 그대로 두고 생성'을 선택하고 다시 생성하면 직무를 쓴 그대로 둡니다. 먼저 직무를 고쳐 쓸 수 있는지 검토하십시오.",
    generate: "서류 생성하기",
    verTitle: "3. 서류 확인 (다른 곳에서 작성한 계약서·고용사유서)",
    verCode: "신청 직종코드",
    verJobTitle: "직무명 (선택)",
    verContract: "고용계약서 (.docx .pdf .hwpx .txt .md)",
    verRrs: "고용사유서 (.docx .pdf .hwpx .txt .md)",
    dropHint: "파일을 여기로 끌어 놓거나 선택하세요.",
    verify: "확인하기",
    langToggle: "English",
    ko: "한국어",
    en: "English",
    add: "추가",
    remove: "삭제",
    removeItem: "{label} {n} 삭제",
    addItem: "{label} 추가",
    item: "{label} {n}",
    yes: "예",
    no: "아니오",
    choose: "— 선택 —",
    jsonHint: "JSON 객체로 입력하세요.",
    mapKey: "체류자격",
    mapCount: "인원",
    mapKeyExample: "예: E-7-1",
    mapAdd: "체류자격 추가",
    mapRemove: "{n}번째 체류자격 삭제",
    mapNone: "외국인 근로자가 없으면 행을 모두 비워 두십시오.",
    badJson: "JSON 형식이 올바르지 않습니다.",
    loaded: "{name|을/를} 불러왔습니다.",
    started: "새 양식을 불러왔습니다. <…> 칸을 채우세요.",
    saved: "case.json을 내려받았습니다.",
    checking: "검사 중…",
    valid: "올바른 신청 건 정보 파일입니다. 오류 {e}개, 경고 {w}개.",
    invalid: "고칠 곳이 {n}곳 있습니다.",
    problemsTitle: "고칠 곳",
    caseWarnings: "경고",
    matchTitle: "직무 실시간 판정",
    matchEmpty: "직무 내용을 입력하면 여기에서 직종 판정을 보여 줍니다.",
    matching: "판정 중…",
    verdict: {
      match: "일치",
      ambiguous: "애매함",
      mismatch: "불일치",
      unsupported: "판정 불가",
      excluded: "제외 직무",
    },
    useInstead: "이 직무에 맞는 코드: {code}",
    matchSays: {
      none: "맞춰 볼 직무 문장이 없습니다. 직무의 구체적인 업무, 도구, 결과물을 쓰십시오.",
      unsupported: "직무가 너무 일반적이어서 어느 직종인지 보이지 않습니다. 구체적인 업무, 도구, 결과물을 쓰십시오.",
      match: "직무가 신청 직종 {code|과/와} 맞습니다.",
      matchBest: "직무가 {code} 직종을 가리킵니다.",
      ambiguous: "직무가 {code|과/와} {rival} 양쪽에 비슷하게 맞습니다. 아래 구분 질문에 답하도록 직무를 고치십시오.",
      mismatch:
        "직무가 신청 직종 {code|이/가} 아니라 {best} 쪽을 가리킵니다. 직무를 고치거나 {best} 코드로 신청하십시오.",
      excluded: "직무가 이 직종에서 제외되는 역할로 읽힙니다.",
      partlyExcluded:
        "직무 {clauses}번(근무시간의 {share}%)이 이 직종에서 제외되는 역할({role})로 읽히고, 직종의 핵심 업무보다 비중이 큽니다. 핵심 업무가 드러나도록 직무를 고치십시오.",
      split: "직무가 두 직종으로 나뉩니다: {a}({wa}%), {b}({wb}%). 비중이 큰 쪽은 {major}입니다.",
      generic: "직무 문장 {n}개 중 {g}개는 너무 일반적이어서 판정에 쓰이지 않습니다. 구체적인 직무로 바꾸십시오.",
    },
    caseFile: "신청 건 정보 파일 전체",
    langKo: "한국어",
    langEn: "영어",
    noE7Code: "E-7 직종이 아닙니다",
    topCodes: "가장 가까운 직종",
    code: "코드",
    name: "직종명",
    score: "점수",
    evidence: "근거 단어",
    question: "구분 질문 ({a} 대 {b})",
    titleTrap: "직무명 함정",
    excluded: "제외 직무 경고",
    statement: "문장",
    generic: "너무 일반적이라 분류할 수 없습니다.",
    generating: "서류를 만들고 다시 읽어 점검하는 중… (몇 초 걸립니다)",
    stopped: "신청 건 정보에 먼저 고칠 오류가 있어 아무 서류도 만들지 않았습니다.",
    consistent: "일관됨: 모든 서류가 {code|을/를} 가리키고, 다시 읽은 직무 조항도 일치합니다.",
    notConsistent: "일관되지 않음: 아래 항목을 고치세요.",
    downloadZip: "전체 내려받기 (zip)",
    files: "파일",
    preview: "PDF 미리 보기",
    report: "일관성 보고서",
    duties: "직무",
    documents: "서류",
    crossChecks: "교차 점검",
    findings: "지적 사항",
    passed: "통과",
    failed: "실패",
    none: "없음",
    file: "파일",
    kind: "종류",
    format: "형식",
    lang: "언어",
    pages: "쪽",
    section: "직무 구역",
    found: "찾음",
    notFound: "못 찾음",
    best: "최적 코드",
    excludedUnder: "직무가 신청 코드 {code}에서 제외되는 역할({role})로 읽힙니다",
    severity: { error: "오류", warning: "경고", info: "참고" },
    status: "상태",
    dutyStatus: { anchored: "직종 업무", generic: "일반 업무", "out-of-scope": "직종 범위 밖" },
    documentKind: {
      "contract-annex": "직무 내용 부속서",
      rrs: "고용사유서",
      "cover-letter": "재신청 사유서",
    },
    langName: { ko: "한국어", en: "영어", both: "한국어·영어" },
    check: "점검",
    share: "비중",
    task: "기준 과업",
    verifying: "서류를 읽는 중…",
    verOk: "확인 완료: 모든 서류가 신청 직종과 일치합니다.",
    verNotOk: "문제가 있습니다: 아래 지적 사항을 고친 뒤 제출하세요.",
    fits: "일치",
    partly: "일부",
    fix: "고치는 법",
    role: { contract: "고용계약서", rrs: "고용사유서" },
    supports: "서류 전체가 가리키는 직종: {code}",
    errorTitle: "요청을 처리할 수 없습니다",
    needFile: "고용계약서나 고용사유서 파일을 하나 이상 선택하세요.",
    filedCode: "신청 코드",
    verdictLabel: "판정",
    description: "설명",
    nameOrText:
      "이름(React, SAP 등)은 한 칸에만 쓰면 두 언어 서류에 그대로 인쇄됩니다. 문구는 한국어와 영어를 모두 쓰십시오.",
  },
  en: {
    skip: "Skip to content",
    tagline: "E-7 duties vs occupation code check",
    navLabel: "Sections",
    navCase: "Case",
    navGenerate: "Generate",
    navVerify: "Verify",
    privacy:
      "This page runs only on this computer (127.0.0.1). Nothing is stored except the files you download or save.",
    caseTitle: "1. Fill in the case",
    startTitle: "Start",
    startCode: "Occupation code (optional)",
    startKind: "Filing kind",
    kindFirst: "First application",
    kindRe: "Reapplication",
    kindSup: "Supplement",
    startNew: "Start a new form",
    load: "Load case.json",
    save: "Save case.json",
    validate: "Check",
    genTitle: "2. Generate the documents",
    genLang: "Document language",
    genLangAuto: "As in the case",
    genLangBoth: "Korean + English",
    genAllowOutOfScope: "Keep duties outside the code's scope as written",
    genAllowHint:
      "When ticked, a duty that reads as another occupation is written into the documents as you wrote it instead of stopping generation. The report marks it as a warning and the annex leaves that clause out of its statement of the code's scope. The office may treat it as work outside the occupation.",
    allowOnPage:
      "On this page, instead of the command-line option, tick 'Keep duties outside the code's scope as written' above and generate again to keep the duty as written. First consider rewriting the duty.",
    generate: "Generate documents",
    verTitle: "3. Verify documents written elsewhere (contract, RRS)",
    verCode: "Filed occupation code",
    verJobTitle: "Job title (optional)",
    verContract: "Employment contract (.docx .pdf .hwpx .txt .md)",
    verRrs: "Recruitment Reason Statement (.docx .pdf .hwpx .txt .md)",
    dropHint: "Drop a file here or choose one.",
    verify: "Verify",
    langToggle: "한국어",
    ko: "Korean",
    en: "English",
    add: "Add",
    remove: "Remove",
    removeItem: "Remove {label} {n}",
    addItem: "Add {label}",
    item: "{label} {n}",
    yes: "Yes",
    no: "No",
    choose: "— choose —",
    jsonHint: "Enter a JSON object.",
    mapKey: "Stay status",
    mapCount: "Employees",
    mapKeyExample: "e.g. E-7-1",
    mapAdd: "Add a stay status",
    mapRemove: "Remove stay status {n}",
    mapNone: "With no foreign employees, leave every row empty.",
    badJson: "This is not valid JSON.",
    loaded: "Loaded {name}.",
    started: "Started a new form. Fill in the <…> fields.",
    saved: "Downloaded case.json.",
    checking: "Checking…",
    valid: "Valid case file: {e} errors, {w} warnings.",
    invalid: "{n} things to fix.",
    problemsTitle: "To fix",
    caseWarnings: "Warnings",
    matchTitle: "Live duty match",
    matchEmpty: "Type the duties and the verdict appears here.",
    matching: "Matching…",
    verdict: {
      match: "match",
      ambiguous: "ambiguous",
      mismatch: "mismatch",
      unsupported: "unsupported",
      excluded: "excluded role",
    },
    useInstead: "the code for this role: {code}",
    noE7Code: "not an E-7 occupation",
    topCodes: "Nearest occupations",
    code: "Code",
    name: "Occupation",
    score: "Score",
    evidence: "Evidence words",
    question: "Separating question ({a} vs {b})",
    titleTrap: "Title trap",
    excluded: "Excluded-role warnings",
    statement: "Statement",
    generic: "Too generic to classify.",
    generating: "Writing the documents, reading them back and checking… (a few seconds)",
    stopped: "Nothing was written: the case has errors to fix first.",
    consistent: "Consistent: every document names {code}, and the duty clauses read back match it.",
    notConsistent: "Not consistent: fix the items below.",
    downloadZip: "Download all (zip)",
    files: "Files",
    preview: "PDF preview",
    report: "Consistency report",
    duties: "Duties",
    documents: "Documents",
    crossChecks: "Cross-checks",
    findings: "Findings",
    passed: "passed",
    failed: "failed",
    none: "none",
    file: "File",
    kind: "Kind",
    format: "Format",
    lang: "Language",
    pages: "Pages",
    section: "Duty section",
    found: "found",
    notFound: "not found",
    best: "Best code",
    excludedUnder: "The duties read as a role excluded under filed code {code} ({role})",
    severity: { error: "error", warning: "warning", info: "info" },
    status: "Status",
    dutyStatus: { anchored: "anchored", generic: "generic", "out-of-scope": "out-of-scope" },
    documentKind: { "contract-annex": "contract-annex", rrs: "rrs", "cover-letter": "cover-letter" },
    langName: { ko: "ko", en: "en", both: "both" },
    check: "id",
    share: "Share",
    task: "Anchor task",
    verifying: "Reading the documents…",
    verOk: "OK: every document matches the filed code.",
    verNotOk: "Not OK: fix the findings below before filing.",
    fits: "fits",
    partly: "partly",
    fix: "Fix",
    role: { contract: "Contract", rrs: "Recruitment Reason Statement" },
    supports: "Together the documents support {code}",
    errorTitle: "The request could not be handled",
    needFile: "Choose a contract or an RRS file (or both).",
    filedCode: "Filed code",
    verdictLabel: "Verdict",
    description: "Description",
    nameOrText:
      "A name (React, SAP…) written in one box is printed as is in both languages; write a phrase in both Korean and English.",
  },
};

/** Korean labels for the schema's field names; English labels are made from the names themselves. */
const LABELS_KO = {
  filing: "신청 정보",
  kind: "종류",
  plannedFilingDate: "신청 예정일",
  immigrationOffice: "관할 출입국·외국인관서",
  codeEdition: "직종코드 판",
  languages: "서류 언어",
  documentDate: "서류 작성일",
  selectedCode: "신청 직종코드",
  applicant: "외국인 근로자",
  fullName: "성명 (여권)",
  nationality: "국적 (3자리)",
  dateOfBirth: "생년월일",
  currentStatus: "현재 체류자격",
  education: "학력",
  degree: "학위",
  field: "전공",
  institution: "학교",
  country: "국가",
  completionDate: "졸업일",
  relatedToOccupation: "직종 관련 여부",
  experience: "경력",
  employer: "고용주",
  role: "직위",
  startDate: "시작일",
  endDate: "종료일",
  duties: "직무",
  documents: "서류",
  title: "직무명·제목",
  issuedBy: "발급 기관",
  issueDate: "발급일",
  origin: "발급 구분",
  legalisation: "인증 (아포스티유 등)",
  legalisationDate: "인증일",
  translation: "번역",
  validUntil: "유효기간",
  nameKo: "회사명 (한글)",
  nameEn: "회사명 (영문)",
  businessRegistrationNumber: "사업자등록번호",
  representative: "대표자",
  address: "주소",
  businessDescription: "사업 내용",
  foundedDate: "개업일",
  insuredKoreanEmployees: "고용보험 내국인 피보험자 수",
  regularWorkers: "상시 근로자 수",
  foreignEmployees: "외국인 근로자 수 (체류자격별)",
  annualRevenueKrw: "연 매출액 (원)",
  mainlyDomesticMarket: "주로 국내 시장",
  ratioException: "고용비율 예외",
  position: "직무·근로조건",
  department: "부서",
  workplace: "근무지",
  annualSalaryKrw: "연봉 (원)",
  weeklyHours: "주당 근로시간",
  contractMonths: "계약 기간 (개월)",
  text: "직무 내용",
  share: "업무 비중 (%)",
  tools: "도구·기술",
  products: "제품·서비스",
  clients: "고객",
  recruitment: "내국인 구인 노력",
  domesticEfforts: "구인 활동",
  channel: "구인 경로",
  applicants: "지원자 수",
  interviewed: "면접자 수",
  outcome: "결과",
  whyForeignNational: "외국인 고용 사유",
  specialisedSkills: "전문 기술",
  expectedEffect: "기대 효과",
  utilisationPlan: "활용계획",
  otherNotes: "기타사항",
  priorApplication: "이전 신청",
  filingDate: "신청일",
  codeFiled: "이전 신청 코드",
  decision: "결정",
  decisionDate: "결정일",
  receiptNumber: "접수번호",
  reasons: "사유",
  whatChanged: "달라진 점",
  positionUnchanged: "일자리는 그대로 (설명만 바로잡음)",
  changeNote: "일자리에서 달라진 점",
  financials: "재무 정보",
  fiscalYear: "회계연도",
  capitalKrw: "자본금 (원)",
  totalSalesKrw: "매출액 (원)",
  totalLiabilitiesKrw: "부채총계 (원)",
  operatingProfitKrw: "영업이익 (원)",
  sex: "성별",
  passportNumber: "여권번호",
  addressAbroad: "해외 주소",
  phone: "전화번호",
  schemaVersion: "스키마 버전",
};

/** Sections in the order a user fills them: duties first. */
const SECTION_ORDER = [
  "selectedCode",
  "position",
  "filing",
  "employer",
  "applicant",
  "recruitment",
  "priorApplication",
];
const LONG_TEXT =
  /^(text|duties|businessDescription|whyForeignNational|expectedEffect|outcome|utilisationPlan|otherNotes|reasons|whatChanged|specialisedSkills)$/;
const PLACEHOLDER = /^<[^<>]+>$/;
// The schema's descriptions are English; the Korean page shows web/hints-ko.js's text, and an English text left over
// carries lang="en" so screen readers switch voice.

const state = {
  lang: "ko",
  schema: null,
  data: {},
  codes: [],
  fields: new Map(),
  matchTimer: 0,
  matchAbort: null,
  lastMatch: null,
  lastGenerate: null,
  lastVerify: null,
  lastValidation: null,
};

// ---------- small helpers ----------
const $ = (id) => document.getElementById(id);
function s(key) {
  return key.split(".").reduce((o, k) => (o == null ? undefined : o[k]), STRINGS[state.lang]) ?? key;
}
function fmt(template, data) {
  return format(hangul, template, data);
}
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const child of children.flat())
    if (child !== undefined && child !== null && child !== false)
      node.append(child instanceof Node ? child : String(child));
  return node;
}
function fieldId(pointer) {
  return `f${pointer.replace(/[^A-Za-z0-9]/g, (c) => (c === "/" ? "." : `_${c.charCodeAt(0).toString(16)}`))}`;
}
function labelFor(key, pointer = "") {
  if (/^\d+$/.test(key)) return String(Number(key) + 1);
  // A document's title is its name, not a job title ("서류 1 직무명·제목" misled).
  if (state.lang === "ko" && key === "title" && /\/documents\/\d+\/title$/.test(pointer)) return "서류 제목";
  if (state.lang === "ko" && LABELS_KO[key]) return LABELS_KO[key];
  return key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/Krw$/, " (KRW)")
    .replace(/^./, (c) => c.toUpperCase());
}
/** A field's name for the problem list: in Korean, words ("직무 1 내용") instead of the JSON pointer. */
function pointerLabel(pointer) {
  if (state.lang !== "ko") return pointer || "/";
  const keys = parsePointer(pointer);
  if (keys.length === 0) return s("caseFile");
  // The section name is dropped when a field inside it is named ("/position/duties/0/text" -> "직무 1 내용").
  const named = keys.length > 1 ? keys.slice(1) : keys;
  const words = named.map((key, i) => {
    if (key === "ko") return `(${s("langKo")})`;
    if (key === "en") return `(${s("langEn")})`;
    if (key === "text" && i > 0) return "내용";
    return labelFor(key, i === named.length - 1 ? pointer : "");
  });
  return words.join(" ");
}
/** A schema node's help text in the page's language, and that text's language. */
function helpOf(node) {
  const english = node?.description || "";
  const korean = state.lang === "ko" ? HINTS_KO[english] : undefined;
  return korean ? { text: korean, lang: "ko" } : { text: english, lang: "en" };
}
function parsePointer(pointer) {
  return pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function getAt(pointer) {
  return parsePointer(pointer).reduce((o, k) => (o == null ? undefined : o[k]), state.data);
}
function setAt(pointer, value) {
  const parts = parsePointer(pointer);
  let o = state.data;
  for (const [i, k] of parts.slice(0, -1).entries()) {
    if (o[k] === undefined || o[k] === null || typeof o[k] !== "object") o[k] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    o = o[k];
  }
  const last = parts[parts.length - 1];
  if (value === undefined) {
    if (Array.isArray(o)) o[last] = "";
    else delete o[last];
  } else o[last] = value;
}
function resolve(schema) {
  let out = schema || {};
  while (out.$ref) {
    const name = out.$ref.replace("#/$defs/", "");
    const { $ref, ...rest } = out;
    out = { ...state.schema.$defs[name], ...rest };
  }
  return out;
}
/** True for a value the user has not touched: a `<…>` placeholder, or an object holding only placeholders. */
function untouched(value) {
  if (typeof value === "string") return PLACEHOLDER.test(value);
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const values = Object.values(value);
    return values.length > 0 && values.every(untouched);
  }
  return false;
}

/** Bilingual fields that need both languages whatever the document languages are (docs/case-format.md). */
const BOTH_LANGUAGES = new Set(["/position/title", "/employer/address"]);

/**
 * The case as sent to the server: an optional field or an optional "or delete this line" item left empty is left
 * out rather than sent as its placeholder, and so is the placeholder of a language the documents are not written in,
 * because the form offers no other way to remove them.
 */
function caseToSend(value = state.data, schema = state.schema, pointer = "", langs = null) {
  const languages =
    langs ?? (Array.isArray(state.data?.filing?.languages) ? state.data.filing.languages : ["ko", "en"]);
  const r = resolve(schema);
  if (Array.isArray(value)) {
    const items = value.map((item, i) => caseToSend(item, r.items, `${pointer}/${i}`, languages));
    return /\/(tools|products|clients)$/.test(pointer) ? items.filter((item) => !untouched(item)) : items;
  }
  if (!value || typeof value !== "object") return value;
  const keys = Object.keys(value);
  if (keys.length > 0 && keys.every((k) => k === "ko" || k === "en") && !BOTH_LANGUAGES.has(pointer)) {
    const kept = Object.fromEntries(
      Object.entries(value).filter(([lang, text]) => languages.includes(lang) || !untouched(text)),
    );
    return Object.keys(kept).length > 0 ? kept : value;
  }
  const required = r.required || [];
  const out = {};
  for (const [key, v] of Object.entries(value)) {
    if (!required.includes(key) && untouched(v) && pointer !== "") continue;
    out[key] = caseToSend(v, r.properties?.[key], `${pointer}/${key}`, languages);
  }
  return out;
}

/** A {ko, en} object, alone or as a choice beside a plain string (schema version 2's bilingual text). */
function bilingualOf(schema) {
  const r = resolve(schema);
  const isPair = (x) => {
    const y = resolve(x);
    return (
      y.type === "object" &&
      y.properties &&
      "ko" in y.properties &&
      "en" in y.properties &&
      Object.keys(y.properties).length === 2
    );
  };
  if (isPair(r)) return r;
  for (const alt of r.oneOf || r.anyOf || []) if (isPair(alt)) return resolve(alt);
  return null;
}
/** True for a name-or-{ko, en} field: a plain string is allowed beside the pair and means "the same in both languages". */
function acceptsName(schema) {
  const r = resolve(schema);
  return (r.oneOf || r.anyOf || []).some((alt) => resolve(alt).type === "string");
}
function typeOf(schema) {
  const r = resolve(schema);
  if (r.type) return Array.isArray(r.type) ? r.type.find((t) => t !== "null") : r.type;
  for (const alt of r.oneOf || r.anyOf || []) {
    const t = typeOf(alt);
    if (t) return t;
  }
  if (r.enum) return "string";
  return "string";
}
function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---------- form rendering ----------
function describeId(pointer) {
  return `${fieldId(pointer)}-hint`;
}
function errorId(pointer) {
  return `${fieldId(pointer)}-err`;
}

/** rowControl, for a field made of rows, names the input a problem at or under the field is about. */
function register(pointer, control, container, rowControl) {
  state.fields.set(pointer, { control, container, rowControl });
}

function leafValue(input, schema, placeholder) {
  const raw = input.value;
  const type = typeOf(schema);
  if (raw.trim() === "") return placeholder !== undefined ? placeholder : undefined;
  if (type === "integer" || type === "number") {
    const clean = raw.replace(/[,\s]/g, "");
    return /^-?\d+(\.\d+)?$/.test(clean) ? Number(clean) : raw;
  }
  if (type === "boolean") return raw === "true" ? true : raw === "false" ? false : raw;
  return raw;
}

function onEdited(pointer) {
  clearFieldError(pointer);
  if (pointer === "/selectedCode" || pointer.startsWith("/position/duties") || pointer.startsWith("/position/title"))
    scheduleMatch();
}

// The schema's examples are English: the Korean page shows only one without English words (a code, a number).
function exampleFor(r) {
  const example = r.examples ? String(r.examples[0]) : undefined;
  return state.lang === "ko" && example && /[A-Za-z]{3,}/.test(example) ? undefined : example;
}

function renderLeaf(schema, pointer, key, required) {
  const r = resolve(schema);
  const id = fieldId(pointer);
  const value = getAt(pointer);
  const placeholder = typeof value === "string" && PLACEHOLDER.test(value) ? value : undefined;
  const type = typeOf(r);
  let control;
  if (r.enum || type === "boolean") {
    const options = r.enum ? r.enum : [true, false];
    control = el(
      "select",
      { id },
      el("option", { value: "", text: placeholder ? placeholderFor(placeholder, state.lang) : s("choose") }),
      options.map((o) =>
        el("option", {
          value: String(o),
          text: type === "boolean" ? (o ? s("yes") : s("no")) : enumLabel(key, o, state.lang),
          selected: value === o,
        }),
      ),
    );
  } else if (LONG_TEXT.test(key) || pointer.match(/\/(specialisedSkills|reasons|whatChanged)\/\d+$/)) {
    control = el("textarea", {
      id,
      rows: key === "text" ? 2 : 3,
      placeholder: placeholderFor(placeholder, state.lang),
    });
    control.value = placeholder || value === undefined ? "" : String(value);
  } else {
    const numeric = type === "integer" || type === "number";
    control = el("input", {
      id,
      type: "text",
      inputmode: numeric ? "decimal" : undefined,
      placeholder: placeholderFor(placeholder, state.lang) ?? (r.format === "date" ? "YYYY-MM-DD" : exampleFor(r)),
      autocomplete: "off",
      list:
        pointer === "/selectedCode" ? "code-list" : pointer === "/filing/immigrationOffice" ? "office-list" : undefined,
    });
    control.value = placeholder || value === undefined ? "" : String(value);
  }
  if (required) control.setAttribute("aria-required", "true");
  control.setAttribute("aria-describedby", `${describeId(pointer)} ${errorId(pointer)}`);
  control.addEventListener(control.tagName === "SELECT" ? "change" : "input", () => {
    setAt(pointer, leafValue(control, r, placeholder));
    onEdited(pointer);
  });
  const container = el(
    "div",
    { class: "field" },
    el("label", { for: id, text: labelFor(key, pointer) + (required ? " *" : "") }),
    control,
    el("p", { class: "hint", id: describeId(pointer), text: helpOf(r).text, lang: helpOf(r).lang }),
    el("p", { class: "field-error", id: errorId(pointer) }),
  );
  register(pointer, control, container);
  return container;
}

function renderBilingual(schema, pointer, key, required) {
  const value = getAt(pointer);
  const holder = el("div", { class: "bi", role: "group", "aria-labelledby": `${fieldId(pointer)}-label` });
  holder.append(
    el("div", {
      class: "bi-label",
      id: `${fieldId(pointer)}-label`,
      text: labelFor(key, pointer) + (required ? " *" : ""),
    }),
  );
  const pair = el("div", { class: "pair" });
  const union = acceptsName(schema);
  // A name (name-or-text fields) is shown in both boxes and stays a string; a version-1 plain string goes under its language.
  const current =
    typeof value === "string"
      ? union
        ? { ko: value, en: value }
        : /[\uac00-\ud7a3]/.test(value)
          ? { ko: value }
          : { en: value }
      : value || {};
  if (typeof value === "string" && !union) setAt(pointer, current);
  const boxes = {};
  for (const lang of ["ko", "en"]) {
    const sub = `${pointer}/${lang}`;
    const id = fieldId(sub);
    const v = current[lang];
    const placeholder = typeof v === "string" && PLACEHOLDER.test(v) ? v : undefined;
    const long = LONG_TEXT.test(key) || /\/(specialisedSkills|reasons|whatChanged)\/\d+$/.test(pointer);
    // The box shows the placeholder in the page's language; the case keeps the English one, which is never sent.
    const shown = placeholderFor(placeholder, state.lang);
    const control = long
      ? el("textarea", { id, rows: 3, placeholder: shown, lang })
      : el("input", { id, type: "text", placeholder: shown, autocomplete: "off", lang });
    control.value = placeholder || v === undefined ? "" : String(v);
    control.setAttribute("aria-describedby", `${describeId(pointer)} ${errorId(sub)} ${errorId(pointer)}`);
    boxes[lang] = control;
    control.addEventListener("input", () => {
      if (union) {
        // One text, or the same text twice, is a name printed as is; two different texts are the Korean and English wording.
        const [ko, en] = ["ko", "en"].map((l) => (boxes[l].value.trim() === "" ? undefined : boxes[l].value));
        setAt(pointer, ko !== undefined && en !== undefined && ko !== en ? { ko, en } : (ko ?? en ?? placeholder));
        onEdited(pointer);
        return;
      }
      const next = { ...(typeof getAt(pointer) === "object" && getAt(pointer) ? getAt(pointer) : {}) };
      const text = control.value;
      if (text.trim() === "") {
        if (placeholder) next[lang] = placeholder;
        else delete next[lang];
      } else next[lang] = text;
      setAt(pointer, next);
      onEdited(pointer);
    });
    const cell = el(
      "div",
      {},
      el("label", { for: id, text: `${labelFor(key, pointer)} · ${s(lang)}` }),
      control,
      el("p", { class: "field-error", id: errorId(sub) }),
    );
    register(sub, control, cell);
    pair.append(cell);
  }
  const help = helpOf(resolve(schema));
  const hint = union ? `${s("nameOrText")} ${help.text}` : help.text;
  holder.append(
    pair,
    el("p", {
      class: "hint",
      id: describeId(pointer),
      text: hint,
      lang: union && state.lang === "ko" ? "ko" : help.lang,
    }),
    el("p", { class: "field-error", id: errorId(pointer) }),
  );
  register(pointer, pair.querySelector("input, textarea"), holder);
  return holder;
}

/**
 * A count per name (employer.foreignEmployees: {"E-7-1": 2}) as rows of name and number inputs, since HR users do
 * not write JSON; the rows build the same object. A starting placeholder shows as one empty row and stays in the
 * case until a row is edited, so validate still asks for the real numbers.
 */
function renderCountMap(schema, pointer, key, required) {
  const id = fieldId(pointer);
  const value = getAt(pointer);
  const written = (k) => typeof k === "string" && !PLACEHOLDER.test(k);
  const rows =
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.entries(value)
          .filter(([k]) => written(k))
          .map(([k, v]) => ({ key: k, count: typeof v === "number" ? String(v) : written(v) ? String(v) : "" }))
      : [];
  if (rows.length === 0) rows.push({ key: "", count: "" });
  const update = () => {
    const out = {};
    for (const row of rows) {
      const k = row.key.trim();
      if (!k) continue;
      const n = row.count.trim();
      // A number that is not a whole count is sent as typed, so validate names the row's problem.
      out[k] = /^\d+$/.test(n) ? Number(n) : n;
    }
    setAt(pointer, out);
    onEdited(pointer);
  };
  const list = el("div", { class: "count-map" });
  const draw = (focus) => {
    list.replaceChildren(
      ...rows.map((row, i) => {
        const keyInput = el("input", {
          id: i === 0 ? id : `${id}-key-${i}`,
          type: "text",
          value: row.key,
          placeholder: s("mapKeyExample"),
          "aria-label": `${s("mapKey")} ${i + 1}`,
          "aria-describedby": `${describeId(pointer)} ${errorId(pointer)}`,
          oninput: (e) => {
            row.key = e.target.value;
            update();
          },
        });
        const countInput = el("input", {
          id: `${id}-count-${i}`,
          type: "number",
          min: 0,
          step: 1,
          inputmode: "numeric",
          value: row.count,
          "aria-label": `${s("mapCount")} ${i + 1}`,
          oninput: (e) => {
            row.count = e.target.value;
            update();
          },
        });
        keyInput.value = row.key;
        countInput.value = row.count;
        const remove = el("button", {
          type: "button",
          class: "secondary small",
          id: `${id}-remove-${i}`,
          "aria-label": fmt(s("mapRemove"), { n: i + 1 }),
          text: s("remove"),
          onclick: () => {
            rows.splice(i, 1);
            if (rows.length === 0) rows.push({ key: "", count: "" });
            update();
            draw(Math.min(i, rows.length - 1));
          },
        });
        return el(
          "div",
          { class: "item count-row" },
          el("label", { text: `${s("mapKey")} `, for: keyInput.id }),
          keyInput,
          el("label", { text: ` ${s("mapCount")} `, for: countInput.id }),
          countInput,
          remove,
        );
      }),
    );
    if (focus !== undefined) list.querySelectorAll("input")[focus * 2]?.focus();
  };
  draw();
  const group = el(
    "fieldset",
    { id: `${id}-group` },
    el("legend", { text: labelFor(key, pointer) + (required ? " *" : "") }),
    el("p", {
      class: "hint",
      id: describeId(pointer),
      text: `${helpOf(resolve(schema)).text} ${s("mapNone")}`,
      lang: helpOf(resolve(schema)).lang,
    }),
    list,
    el("button", {
      type: "button",
      class: "secondary small",
      id: `${id}-add`,
      text: s("mapAdd"),
      onclick: () => {
        rows.push({ key: "", count: "" });
        draw(rows.length - 1);
      },
    }),
    el("p", { class: "field-error", id: errorId(pointer) }),
  );
  // A count's problem is at the pointer of its key; a key's problem is at the map and quotes the key, so both find
  // their own row instead of the first one.
  const keyPattern = resolve(schema).propertyNames?.pattern;
  const badKey = (k) => keyPattern !== undefined && !new RegExp(keyPattern).test(k);
  const rowControl = (path, message) => {
    const inputs = [...list.querySelectorAll(".count-row")].map((r) => r.querySelectorAll("input"));
    const keyed = (k) => rows.findIndex((row) => row.key.trim() === k);
    if (path.startsWith(`${pointer}/`)) {
      const i = keyed(parsePointer(path)[parsePointer(pointer).length]);
      return i >= 0 ? inputs[i]?.[1] : undefined;
    }
    if (path !== pointer) return undefined;
    const wrong = rows.map((row, i) => ({ k: row.key.trim(), i })).filter(({ k }) => k && badKey(k));
    const named = wrong.find(({ k }) => String(message).includes(JSON.stringify(k))) ?? wrong[0];
    return named ? inputs[named.i]?.[0] : undefined;
  };
  register(pointer, list.querySelector("input"), group, rowControl);
  return group;
}

function renderJsonObject(schema, pointer, key, required) {
  const id = fieldId(pointer);
  const control = el("textarea", { id, rows: 2, "aria-describedby": `${describeId(pointer)} ${errorId(pointer)}` });
  control.value = JSON.stringify(getAt(pointer) ?? {}, null, 0);
  const err = el("p", { class: "field-error", id: errorId(pointer) });
  control.addEventListener("input", () => {
    try {
      const parsed = JSON.parse(control.value || "{}");
      setAt(pointer, parsed);
      control.removeAttribute("aria-invalid");
      err.textContent = "";
    } catch {
      control.setAttribute("aria-invalid", "true");
      err.textContent = s("badJson");
    }
  });
  const container = el(
    "div",
    { class: "field" },
    el("label", { for: id, text: labelFor(key, pointer) + (required ? " *" : "") }),
    control,
    el("p", { class: "hint", id: describeId(pointer), text: `${helpOf(resolve(schema)).text} ${s("jsonHint")}` }),
    err,
  );
  register(pointer, control, container);
  return container;
}

function renderArray(schema, pointer, key, required) {
  const r = resolve(schema);
  const items = resolve(r.items || {});
  let value = getAt(pointer);
  // An enum list (filing.languages) is a set of checkboxes.
  if (items.enum && r.uniqueItems) {
    const list = Array.isArray(value) ? value : [];
    const group = el("fieldset", {}, el("legend", { text: labelFor(key) + (required ? " *" : "") }));
    const boxes = el("div", { class: "checks" });
    for (const option of items.enum) {
      const id = fieldId(`${pointer}/${option}`);
      const box = el("input", { type: "checkbox", id, checked: list.includes(option) });
      box.addEventListener("change", () => {
        const now = new Set(Array.isArray(getAt(pointer)) ? getAt(pointer) : []);
        if (box.checked) now.add(option);
        else now.delete(option);
        setAt(
          pointer,
          items.enum.filter((o) => now.has(o)),
        );
        onEdited(pointer);
      });
      boxes.append(el("label", { for: id }, box, " ", option === "ko" || option === "en" ? s(option) : String(option)));
    }
    group.append(boxes, el("p", { class: "field-error", id: errorId(pointer) }));
    register(pointer, boxes.querySelector("input"), group);
    return group;
  }
  if (!Array.isArray(value)) {
    value = [];
    if (required) setAt(pointer, value);
  }
  const group = el(
    "fieldset",
    { id: `${fieldId(pointer)}-group` },
    el("legend", { text: labelFor(key) + (required ? " *" : "") }),
  );
  if (r.description) group.append(el("p", { class: "hint", text: helpOf(r).text, lang: helpOf(r).lang }));
  group.append(el("p", { class: "field-error", id: errorId(pointer) }));
  value.forEach((_, i) => {
    const itemPointer = `${pointer}/${i}`;
    const itemLabel = fmt(s("item"), { label: labelFor(key), n: i + 1 });
    const removeButton = el("button", {
      type: "button",
      class: "secondary small",
      "aria-label": fmt(s("removeItem"), { label: labelFor(key), n: i + 1 }),
      text: s("remove"),
      onclick: () => {
        getAt(pointer).splice(i, 1);
        rerender(`${fieldId(pointer)}-add`);
        onEdited(pointer);
      },
    });
    const body = renderNode(r.items, itemPointer, key === "duties" ? "text" : key, false, itemLabel);
    if (body.tagName === "FIELDSET") {
      body.querySelector("legend").after(el("div", { class: "item-head" }, el("span"), removeButton));
      group.append(body);
    } else group.append(el("div", { class: "item" }, body, removeButton));
  });
  group.append(
    el("button", {
      type: "button",
      class: "secondary small",
      id: `${fieldId(pointer)}-add`,
      text: fmt(s("addItem"), { label: labelFor(key) }),
      onclick: () => {
        const list = Array.isArray(getAt(pointer)) ? getAt(pointer) : [];
        list.push(emptyOf(r.items));
        setAt(pointer, list);
        rerender(`${pointer}/${list.length - 1}`);
      },
    }),
  );
  register(pointer, null, group);
  return group;
}

function emptyOf(schema) {
  const r = resolve(schema);
  if (bilingualOf(r)) return acceptsName(r) ? "" : {};
  const type = typeOf(r);
  if (type === "object") {
    const out = {};
    for (const k of r.required || []) {
      const sub = resolve(r.properties?.[k] || {});
      const t = typeOf(sub);
      out[k] = t === "array" ? [] : t === "object" && !bilingualOf(sub) ? emptyOf(sub) : bilingualOf(sub) ? {} : "";
    }
    return out;
  }
  return type === "array" ? [] : "";
}

function renderNode(schema, pointer, key, required, legendText) {
  if (bilingualOf(schema)) return renderBilingual(schema, pointer, key, required);
  const r = resolve(schema);
  // A fixed value (schemaVersion) is kept, not asked.
  if (r.const !== undefined) {
    setAt(pointer, r.const);
    return el("div", { hidden: true });
  }
  const type = typeOf(r);
  if (type === "array") return renderArray(r, pointer, key, required);
  if (type === "object") {
    if (!r.properties) {
      const values = resolve(r.additionalProperties || {});
      if (values.type === "integer" || values.type === "number") return renderCountMap(r, pointer, key, required);
      return renderJsonObject(r, pointer, key, required);
    }
    if (getAt(pointer) === undefined || getAt(pointer) === null) setAt(pointer, {});
    const group = el(
      "fieldset",
      { id: `${fieldId(pointer)}-group` },
      el("legend", { text: legendText || labelFor(key) }),
    );
    group.append(el("p", { class: "field-error", id: errorId(pointer) }));
    const row = el("div", { class: "row" });
    const flush = () => {
      if (row.childNodes.length) {
        group.append(row.cloneNode(false));
        group.lastChild.append(...row.childNodes);
      }
    };
    for (const [k, sub] of Object.entries(r.properties)) {
      const node = renderNode(sub, `${pointer}/${k}`, k, (r.required || []).includes(k));
      if (node.classList.contains("field") && !node.querySelector("textarea")) row.append(node);
      else {
        flush();
        group.append(node);
      }
    }
    flush();
    register(pointer, null, group);
    return group;
  }
  return renderLeaf(r, pointer, key, required);
}

function renderForm(focusAfter) {
  const form = $("case-form");
  state.fields = new Map();
  form.replaceChildren();
  const props = state.schema.properties;
  const keys = [
    ...SECTION_ORDER.filter((k) => k in props),
    ...Object.keys(props).filter((k) => !SECTION_ORDER.includes(k) && k !== "$schema"),
  ];
  for (const key of keys) {
    if (
      key === "priorApplication" &&
      getAt("/priorApplication") === undefined &&
      (getAt("/filing/kind") ?? "first") === "first"
    )
      continue;
    const node = renderNode(props[key], `/${key}`, key, (state.schema.required || []).includes(key));
    if (node.tagName === "FIELDSET") node.classList.add("section");
    form.append(node);
    if (key === "position") placeMatchPanel(node);
  }
  if (focusAfter) {
    const target =
      $(focusAfter) ||
      $(fieldId(focusAfter)) ||
      state.fields.get(focusAfter)?.container?.querySelector("input, textarea, select, button");
    target?.focus();
  }
  if (state.lastMatch) renderMatch(state.lastMatch);
  if (state.lastValidation) showProblems(state.lastValidation, false);
}

/** Duties first: the live verdict stays in view beside the duty list while the duties are typed. */
function placeMatchPanel(position) {
  const group = state.fields.get("/position/duties")?.container;
  if (!group) {
    position.after(matchPanel());
    return;
  }
  const items = el("div", { class: "duties-items" });
  items.append(
    ...[...group.children].filter(
      (c) => c.tagName !== "LEGEND" && !c.classList.contains("hint") && !c.classList.contains("field-error"),
    ),
  );
  group.append(el("div", { class: "duties-layout" }, items, matchPanel()));
}

function rerender(focusAfter) {
  const y = window.scrollY;
  renderForm(focusAfter);
  if (!focusAfter) window.scrollTo(0, y);
}

// ---------- validation errors at the field ----------
function clearFieldError(pointer) {
  const entry = state.fields.get(pointer);
  const err = document.getElementById(errorId(pointer));
  if (err) {
    err.textContent = "";
    err.classList.remove("warning");
  }
  entry?.control?.removeAttribute("aria-invalid");
  for (const row of entry?.rowControl ? entry.container.querySelectorAll("[aria-invalid]") : [])
    row.removeAttribute("aria-invalid");
}

function nearestField(pointer) {
  let p = pointer;
  while (p !== "" && !state.fields.has(p)) p = p.slice(0, p.lastIndexOf("/"));
  return state.fields.has(p) ? p : null;
}

function showProblems(validation, focus = true) {
  state.lastValidation = validation;
  for (const e of document.querySelectorAll(".field-error")) {
    e.textContent = "";
    e.classList.remove("warning");
  }
  for (const c of document.querySelectorAll("[aria-invalid]")) c.removeAttribute("aria-invalid");
  const box = $("problems");
  box.replaceChildren();
  const problems = [
    ...validation.errors.map((p) => ({ ...p, severity: "error" })),
    ...validation.findings.map((f) => ({
      path: f.path ?? "",
      message: f.message,
      severity: f.severity,
      checkId: f.checkId,
    })),
    ...validation.warnings.map((p) => ({ ...p, severity: "warning" })),
  ];
  if (problems.length === 0) return;
  const list = el("ul");
  for (const p of problems) {
    const at = nearestField(p.path || "");
    const text = `${s("severity")[p.severity] ?? p.severity}: ${localMessage(p.message, false)}`;
    if (at !== null) {
      const err = document.getElementById(errorId(at));
      if (err) {
        err.append(el("span", { text: (err.textContent ? " " : "") + text }));
        if (p.severity !== "error" && !err.classList.contains("has-error")) err.classList.add("warning");
        if (p.severity === "error") {
          err.classList.add("has-error");
          err.classList.remove("warning");
        }
      }
    }
    const entry = at !== null ? state.fields.get(at) : undefined;
    const control = entry?.rowControl?.(p.path || "", p.message) ?? entry?.control;
    if (control && p.severity === "error") control.setAttribute("aria-invalid", "true");
    const target = at !== null ? control?.id || `${fieldId(at)}-group` : null;
    list.append(
      el(
        "li",
        { class: p.severity === "error" ? "bad" : p.severity === "warning" ? "warn" : "" },
        target
          ? el(
              "a",
              {
                href: `#${target}`,
                // The Korean page names the field in words; the JSON pointer stays available as a tooltip.
                title: state.lang === "ko" ? p.path || "/" : undefined,
                onclick: (ev) => {
                  ev.preventDefault();
                  const t = $(target);
                  t?.scrollIntoView({ block: "center" });
                  t?.focus();
                },
              },
              pointerLabel(p.path || ""),
            )
          : "(file)",
        " — ",
        text,
      ),
    );
  }
  box.append(el("h2", { text: s("problemsTitle") }), list);
  if (focus) box.focus();
}

async function validateNow() {
  $("case-status").textContent = s("checking");
  const res = await fetch(`/api/validate?ui=${state.lang}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(caseToSend(), null, 2),
  });
  const body = await res.json();
  if (body.error) {
    showError($("case-status"), body.error);
    return body;
  }
  const errors = body.errors.length + body.findings.filter((f) => f.severity === "error").length;
  const warnings = body.warnings.length + body.findings.filter((f) => f.severity === "warning").length;
  $("case-status").textContent =
    body.valid && errors === 0 ? fmt(s("valid"), { e: errors, w: warnings }) : fmt(s("invalid"), { n: errors });
  showProblems(body);
  return body;
}

/** The server's English message for a field still holding its placeholder, said in Korean on the Korean page. */
function localMessage(message, withPath = true) {
  if (state.lang !== "ko" || typeof message !== "string") return message;
  // The server's placeholder message, in English or (under ?ui=ko) in Korean; the page words it for a form.
  const placeholder =
    /^(\S+) is still the placeholder (".*"); replace it with the real value(?: at line \d+, column \d+)?$/.exec(
      message,
    ) ??
    /^(\S+)에 아직 자리표시 (".*")[이가] 그대로 있습니다\. 실제 값으로 바꾸십시오\.(?: \(\d+행 \d+열\))?$/.exec(
      message,
    );
  if (placeholder) {
    let shown = placeholder[2];
    try {
      shown = JSON.stringify(placeholderFor(JSON.parse(placeholder[2]), "ko"));
    } catch {
      // A quoted text that is not JSON is shown as the server wrote it.
    }
    // The page sends a placeholder only for a required field, which cannot be deleted; the English title and address
    // are asked for even when only Korean documents are made, which surprised users.
    const english = /(position[./]title|employer[./]address)[./]en$/.test(placeholder[1])
      ? " 한국어 서류만 만들 때도 직무명과 회사 주소는 영어로도 적어야 합니다."
      : "";
    return `${withPath ? `${placeholder[1]}: ` : ""}아직 입력하지 않았습니다(안내 문구 ${shown}). 실제 값을 입력하십시오.${english}`;
  }
  const invalid =
    /^case\.json is not a valid case file \((\d+) errors?\)\.$/.exec(message) ??
    /^case\.json: 유효한 신청 건 정보 파일이 아닙니다\(오류 (\d+)건\)\.$/.exec(message);
  if (invalid)
    return `신청 건 정보가 아직 완성되지 않았습니다(고칠 곳 ${invalid[1]}곳). 아래 항목을 고친 뒤 다시 생성하십시오.`;
  return message;
}

function showError(target, error) {
  target.replaceChildren(
    el(
      "div",
      { class: "error-box", role: "alert" },
      el("strong", { text: s("errorTitle") }),
      el("p", { text: localMessage(error.message) }),
      error.hints?.length
        ? el(
            "ul",
            {},
            error.hints.slice(0, 12).map((h) => el("li", { text: localMessage(h) })),
          )
        : null,
    ),
  );
}

// ---------- live duty match ----------
function matchPanel() {
  return el(
    "section",
    { class: "match-panel", "aria-labelledby": "match-h" },
    el("h3", { id: "match-h", text: s("matchTitle") }),
    el("div", { id: "match-result", "aria-live": "polite" }, el("p", { text: s("matchEmpty") })),
  );
}

/** A duty text that the user wrote (not a starting placeholder), or undefined. */
function written(x) {
  return typeof x === "string" && x.trim() && !PLACEHOLDER.test(x) ? x : undefined;
}

/**
 * The duties as /api/match reads them, each with its share, in one language as `validate` reads them: English when
 * every duty has it, else Korean (never both languages glued together, so the shares weigh as in `validate`).
 */
function dutyInputs() {
  const duties = getAt("/position/duties");
  if (!Array.isArray(duties)) return { lang: "en", duties: [] };
  const textOf = (d, lang) => {
    const t = d?.text;
    return typeof t === "string" ? written(t) : t && typeof t === "object" ? written(t[lang]) : undefined;
  };
  const complete = (lang) => duties.every((d) => textOf(d, lang) !== undefined);
  const lang = complete("en") ? "en" : complete("ko") ? "ko" : "en";
  const list = duties.flatMap((d) => {
    const text = textOf(d, lang) ?? textOf(d, lang === "en" ? "ko" : "en");
    if (text === undefined) return [];
    const share = typeof d?.share === "number" && d.share >= 0 && d.share <= 100 ? d.share : undefined;
    return [share === undefined ? { text } : { text, share }];
  });
  return { lang, duties: list };
}

function scheduleMatch() {
  clearTimeout(state.matchTimer);
  state.matchTimer = setTimeout(runMatch, 450);
}

async function runMatch() {
  const { lang, duties } = dutyInputs();
  const target = $("match-result");
  if (duties.length === 0) {
    state.lastMatch = null;
    target?.replaceChildren(el("p", { text: s("matchEmpty") }));
    return;
  }
  state.matchAbort?.abort();
  const abort = new AbortController();
  state.matchAbort = abort;
  const code = getAt("/selectedCode");
  const title = getAt("/position/title");
  const titleText =
    title && typeof title === "object"
      ? [title[lang], title.en, title.ko].find((x) => written(x) !== undefined)
      : undefined;
  target?.setAttribute("aria-busy", "true");
  try {
    const res = await fetch("/api/match", {
      method: "POST",
      signal: abort.signal,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        duties,
        ...(typeof code === "string" && /^[Ss]?\d{3,5}$/.test(code.trim()) ? { code: code.trim() } : {}),
        ...(titleText ? { title: titleText } : {}),
      }),
    });
    const body = await res.json();
    if (abort.signal.aborted) return;
    if (body.error) {
      showError(target, body.error);
      return;
    }
    state.lastMatch = body;
    renderMatch(body);
  } catch (error) {
    if (error.name !== "AbortError") throw error;
  } finally {
    target?.removeAttribute("aria-busy");
  }
}

function codeName(code) {
  const o = state.codes.find((c) => c.code === code);
  if (!o) return code;
  return state.lang === "ko" ? `${o.nameKo} (${o.nameEn})` : `${o.nameEn} (${o.nameKo})`;
}

/** The statement with the evidence words marked; built from text nodes, so document text is never read as HTML. */
function highlighted(text, phrases) {
  const words = [
    ...new Set(
      phrases
        .flatMap((p) => [p, ...p.split(/[\s,.;:()/]+/)])
        .map((w) => w.trim())
        .filter((w) => w.length >= 2),
    ),
  ].sort((a, b) => b.length - a.length);
  if (words.length === 0) return [document.createTextNode(text)];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // Whole words only at their start (Korean particles may follow a word, so the end stays open for Hangul).
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${escaped.join("|")})(?![A-Za-z0-9])`, "giu");
  const out = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    out.push(el("mark", { text: m[0] }));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(document.createTextNode(text.slice(last)));
  return out;
}

function verdictBadge(verdict) {
  return el("span", { class: `badge v-${verdict}`, text: s("verdict")[verdict] ?? verdict });
}

/** The matcher's summary in Korean, built from the result's fields (the API's message is English). */
function matchMessageKo(result) {
  const m = STRINGS.ko.matchSays;
  const code = result.selectedCode ?? result.bestCode;
  const parts = [];
  if (result.verdict === "unsupported") parts.push(result.statements.length === 0 ? m.none : m.unsupported);
  else if (result.verdict === "match") parts.push(fmt(result.selectedCode ? m.match : m.matchBest, { code }));
  else if (result.verdict === "ambiguous" && result.excludedRoleRisk) {
    const risk = result.excludedRoleRisk;
    parts.push(
      fmt(m.partlyExcluded, {
        clauses: risk.statements.map((i) => i + 1).join(", "),
        share: Math.round(risk.share * 100),
        role: risk.role?.ko ?? risk.role?.en ?? "",
      }),
    );
  } else if (result.verdict === "ambiguous")
    parts.push(fmt(m.ambiguous, { code, rival: result.rival?.code ?? "다른 직종" }));
  else if (result.verdict === "mismatch") parts.push(fmt(m.mismatch, { code, best: result.bestCode }));
  else if (result.verdict === "excluded") parts.push(m.excluded);
  if (result.split)
    parts.push(
      fmt(m.split, {
        a: result.split.codes[0],
        wa: Math.round(result.split.weights[0] * 100),
        b: result.split.codes[1],
        wb: Math.round(result.split.weights[1] * 100),
        major: result.split.majorityCode,
      }),
    );
  if (result.generic?.length > 0 && result.verdict !== "unsupported")
    parts.push(fmt(m.generic, { n: result.statements.length, g: result.generic.length }));
  return parts.join(" ");
}

/** The panel's first line: an excluded role is named as excluded under the filed code, never as its best fit. */
function matchHeading(result) {
  const ex = result.verdict === "excluded" ? result.exclusion : undefined;
  if (ex && result.selectedCode) {
    const role = (state.lang === "ko" ? ex.role?.ko : ex.role?.en) ?? ex.role?.en ?? ex.role?.ko ?? "";
    const line = fmt(s("excludedUnder"), { code: result.selectedCode, role });
    const other = result.bestCode && result.bestCode !== result.selectedCode;
    const best = other ? ` · ${s("best")} ${result.bestCode} ${codeName(result.bestCode)}` : "";
    return [role ? line : line.replace(/ ?\(\)/, ""), best];
  }
  return [
    result.selectedCode ? `${s("filedCode")} ${result.selectedCode} · ` : "",
    `${s("best")} ${result.bestCode} ${codeName(result.bestCode)}`,
  ];
}

function renderMatch(result) {
  const target = $("match-result");
  if (!target) return;
  const parts = [];
  parts.push(el("p", {}, verdictBadge(result.verdict), " ", ...matchHeading(result)));
  parts.push(
    state.lang === "ko"
      ? el("p", { class: "hint", text: matchMessageKo(result) })
      : el("p", { class: "hint", text: result.message, lang: "en" }),
  );
  parts.push(
    el(
      "table",
      {},
      el("caption", { class: "visually-hidden", text: s("topCodes") }),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col", text: s("code") }),
          el("th", { scope: "col", text: s("name") }),
          el("th", { scope: "col", text: s("score") }),
        ),
      ),
      el(
        "tbody",
        {},
        result.ranking
          .slice(0, 5)
          .map((r) =>
            el(
              "tr",
              {},
              el("td", { text: r.code }),
              el("td", { text: codeName(r.code) }),
              el("td", { text: r.score.toFixed(3) }),
            ),
          ),
      ),
    ),
  );
  const list = el("ol", { class: "statements" });
  for (const st of result.statements) {
    const evidence = st.evidence.filter((e) => e.code === st.bestCode || e.code === result.selectedCode);
    list.append(
      el(
        "li",
        {},
        el(
          "span",
          {},
          ...highlighted(
            st.text,
            evidence.map((e) => e.matched),
          ),
        ),
        " ",
        st.generic
          ? el("em", { class: "warn", text: s("generic") })
          : el("span", {}, "→ ", verdictBadge(st.verdict), ` ${st.bestCode}`),
      ),
    );
  }
  parts.push(el("h4", { text: s("evidence") }), list);
  if (result.titleTrap)
    parts.push(
      el(
        "p",
        { class: "warn" },
        el("strong", { text: `${s("titleTrap")}: ` }),
        `"${result.titleTrap.title}" → ${result.titleTrap.titleCode}, ${s("duties")} → ${result.titleTrap.dutiesCode}`,
      ),
    );
  // Excluded-role warning: the duties (or, for a partial reading, some of them) read as a role the catalog rules out.
  const excludedRole = result.exclusion ?? result.excludedRoleRisk;
  if (excludedRole) {
    const x = excludedRole;
    parts.push(
      el(
        "div",
        { class: result.exclusion ? "bad" : "warn", role: "note" },
        el("strong", { text: `${s("excluded")}: ` }),
        `${x.role?.[state.lang] ?? x.role?.en ?? ""} (${Math.round((x.share ?? 0) * 100)}%) — `,
        state.lang === "ko" && x.reasonKo
          ? el("span", { text: x.reasonKo })
          : el("span", { lang: "en", text: x.reason ?? "" }),
        x.useCode
          ? ` → ${fmt(s("useInstead"), { code: `${x.useCode} ${codeName(x.useCode)}` })}`
          : ` → ${s("noE7Code")}`,
      ),
    );
  }
  if (result.rival?.question)
    parts.push(
      el(
        "p",
        {},
        el("strong", {
          text: `${fmt(s("question"), { a: result.selectedCode ?? result.bestCode, b: result.rival.code })}: `,
        }),
        result.rival.question[state.lang] ?? result.rival.question.en,
      ),
    );
  target.replaceChildren(...parts);
}

// ---------- generate ----------
async function generateNow() {
  const button = $("generate");
  button.disabled = true;
  $("gen-status").textContent = s("generating");
  $("gen-result").replaceChildren();
  try {
    const lang = $("gen-lang").value;
    const allow = $("gen-allow-out-of-scope").checked ? "&allowOutOfScope=true" : "";
    const res = await fetch(`/api/generate?view=json&ui=${state.lang}${lang ? `&lang=${lang}` : ""}${allow}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(caseToSend(), null, 2),
    });
    const body = await res.json();
    $("gen-status").textContent = "";
    if (body.error) {
      showError($("gen-result"), body.error);
      await validateNow();
      return;
    }
    state.lastGenerate = body;
    renderGenerate(body);
  } finally {
    button.disabled = false;
  }
}

/** A check's internal id is shown in brackets on the English page; the Korean page keeps it in a tooltip only. */
function checkIdText(id) {
  return state.lang === "ko" || !id ? "" : `[${id}] `;
}
function checkIdTitle(id) {
  return state.lang === "ko" && id ? { title: id } : {};
}

function findingsList(findings) {
  if (!findings.length) return el("p", { text: s("none") });
  return el(
    "ul",
    {},
    findings.map((f) =>
      el(
        "li",
        {
          class: f.severity === "error" ? "bad" : f.severity === "warning" ? "warn" : "",
          ...checkIdTitle(f.checkId ?? f.id),
        },
        el("strong", { text: `${s("severity")[f.severity] ?? f.severity} ` }),
        checkIdText(f.checkId ?? f.id),
        f.message ?? "",
        f.file ? ` (${f.file})` : "",
      ),
    ),
  );
}

function crossCheckStatus(c) {
  return el("span", {
    class: c.passed ? "ok" : "bad",
    text: c.passed ? s("passed") : `${s("failed")} (${c.findings})`,
  });
}

function table(headers, rows) {
  return el(
    "table",
    {},
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        headers.map((h) => el("th", { scope: "col", text: h })),
      ),
    ),
    el(
      "tbody",
      {},
      rows.map((r) =>
        el(
          "tr",
          {},
          r.map((c) => el("td", {}, c)),
        ),
      ),
    ),
  );
}

function renderGenerate(body) {
  const out = $("gen-result");
  const parts = [];
  if (body.status === "stopped") {
    parts.push(
      el("p", { class: "bad", role: "alert" }, el("strong", { text: s("stopped") })),
      findingsList(body.findings),
    );
    // The finding names the CLI flag; on the page the same choice is the checkbox above.
    if (body.findings.some((f) => f.checkId === "packet-duties-in-scope"))
      parts.push(el("p", { class: "hint", id: "gen-allow-advice", text: s("allowOnPage") }));
    out.replaceChildren(...parts);
    return;
  }
  parts.push(
    el(
      "p",
      { class: body.consistent ? "ok" : "bad", role: "status" },
      el("strong", { text: body.consistent ? fmt(s("consistent"), { code: body.selectedCode }) : s("notConsistent") }),
    ),
  );
  if (body.packet) {
    parts.push(
      el(
        "p",
        {},
        el("a", {
          class: "file-button",
          href: body.packet.zip,
          download: `e7-packet-${body.selectedCode}.zip`,
          id: "download-zip",
          text: s("downloadZip"),
        }),
      ),
    );
    parts.push(
      el("h2", { text: s("files") }),
      el(
        "ul",
        {},
        body.packet.files.map((f) =>
          el("li", {}, el("a", { href: `${f.url}?download`, download: f.name, text: f.name })),
        ),
      ),
    );
    const pdfs = body.packet.files.filter((f) => f.name.endsWith(".pdf"));
    if (pdfs.length)
      parts.push(
        el("h2", { text: s("preview") }),
        el(
          "div",
          { class: "previews" },
          pdfs.map((f) =>
            el(
              "figure",
              {},
              el("iframe", { src: f.url, title: `${s("preview")}: ${f.name}`, loading: "lazy" }),
              el("figcaption", { text: f.name }),
            ),
          ),
        ),
      );
  }
  const report = body.report;
  if (report) {
    parts.push(el("h2", { text: s("report") }));
    parts.push(
      el(
        "p",
        {},
        `${report.occupation.code} ${state.lang === "ko" ? report.occupation.nameKo : report.occupation.nameEn} · ${report.occupation.subtype} · ${s("best")} ${report.bestCode}`,
      ),
    );
    parts.push(
      el("h3", { text: s("duties") }),
      table(
        ["#", s("share"), s("status"), s("task"), s("best"), s("verdictLabel")],
        report.duties.map((d) => [
          String(d.index + 1),
          `${d.share}%`,
          s("dutyStatus")[d.status] ?? d.status,
          d.task ? (d.task[state.lang] ?? d.task.en) : "—",
          d.bestCode,
          verdictBadge(d.verdict),
        ]),
      ),
    );
    parts.push(
      el("h3", { text: s("documents") }),
      table(
        [s("file"), s("kind"), s("lang"), s("pages"), s("section"), s("best"), s("verdictLabel")],
        report.documents.map((d) => [
          d.file,
          d.kind === "cover-letter" && report.case?.kind === "supplement" && state.lang === "ko"
            ? "보완서류 제출 설명서"
            : (s("documentKind")[d.kind] ?? d.kind),
          s("langName")[d.lang] ?? d.lang,
          d.pages == null ? "—" : String(d.pages),
          d.dutySection.found ? `${s("found")}: ${d.dutySection.heading ?? ""}` : s("notFound"),
          d.bestCode ?? "—",
          d.verdict ? verdictBadge(d.verdict) : "—",
        ]),
      ),
    );
    parts.push(
      el("h3", { text: s("crossChecks") }),
      // The Korean page names each cross-check by its Korean description (the id stays in a tooltip).
      state.lang === "ko"
        ? table(
            [s("check"), s("status")],
            report.crossChecks.map((c) => [el("span", { title: c.id, text: c.description }), crossCheckStatus(c)]),
          )
        : table(
            [s("check"), s("status"), s("description")],
            report.crossChecks.map((c) => [c.id, crossCheckStatus(c), c.description]),
          ),
    );
    parts.push(el("h3", { text: s("findings") }), findingsList([...report.findings, ...report.caseFindings]));
  }
  out.replaceChildren(...parts);
}

// ---------- verify ----------
async function verifyNow(event) {
  event.preventDefault();
  const form = $("verify-form");
  const data = new FormData(form);
  const hasFile = ["contract", "rrs"].some((k) => data.get(k) instanceof File && data.get(k).size > 0);
  if (!hasFile) {
    showError($("ver-result"), { message: s("needFile"), hints: [] });
    return;
  }
  $("verify").disabled = true;
  $("ver-status").textContent = s("verifying");
  $("ver-result").replaceChildren();
  try {
    const res = await fetch(`/api/verify?ui=${state.lang}`, { method: "POST", body: data });
    const body = await res.json();
    $("ver-status").textContent = "";
    if (body.error) {
      showError($("ver-result"), body.error);
      return;
    }
    state.lastVerify = body;
    renderVerify(body);
  } finally {
    $("verify").disabled = false;
  }
}

function renderVerify(result) {
  const parts = [];
  parts.push(
    el(
      "p",
      { class: result.ok ? "ok" : "bad", role: "status" },
      verdictBadge(result.verdict),
      " ",
      el("strong", { text: result.ok ? s("verOk") : s("verNotOk") }),
    ),
  );
  parts.push(
    el("p", {
      text: `${s("filedCode")} ${result.filedCode} = ${codeName(result.selectedCode)} · ${fmt(s("supports"), { code: `${result.bestCode} ${codeName(result.bestCode)}` })}`,
    }),
  );
  for (const doc of result.documents) {
    parts.push(el("h2", { text: `${s("role")[doc.role] ?? doc.role}: ${doc.path}` }));
    parts.push(
      el(
        "p",
        {},
        verdictBadge(doc.verdict),
        ` ${s("best")} ${doc.bestCode} · ${s("section")}: ${doc.dutySection.found ? (doc.dutySection.heading ?? s("found")) : s("notFound")}${doc.pages ? ` · ${doc.pages} ${s("pages")}` : ""}`,
      ),
    );
    parts.push(
      table(
        ["#", s("fits"), s("best"), s("score"), result.selectedCode, s("statement")],
        doc.statements.map((st) => [
          String(st.index + 1),
          el("span", {
            class: st.generic ? "warn" : st.supportsFiledCode ? "ok" : st.verdict === "ambiguous" ? "warn" : "bad",
            text: st.generic
              ? s("generic")
              : st.supportsFiledCode
                ? s("fits")
                : st.verdict === "ambiguous"
                  ? s("partly")
                  : s("verdict.mismatch"),
          }),
          st.generic ? "—" : st.bestCode,
          st.score.toFixed(2),
          st.filedScore.toFixed(2),
          el(
            "span",
            {},
            ...highlighted(
              st.text,
              (st.evidence || []).filter((e) => e.code === st.bestCode).map((e) => e.matched),
            ),
          ),
        ]),
      ),
    );
  }
  if (result.findings.length) {
    parts.push(
      el("h2", { text: s("findings") }),
      el(
        "ul",
        {},
        result.findings.map((f) =>
          el(
            "li",
            { class: f.severity === "error" ? "bad" : "warn", ...checkIdTitle(f.checkId ?? f.id) },
            el("strong", { text: `${s("severity")[f.severity] ?? f.severity} ` }),
            `${checkIdText(f.checkId ?? f.id)}${f.message}`,
            f.fix ? el("div", { class: "hint", text: `${s("fix")}: ${f.fix}` }) : null,
          ),
        ),
      ),
    );
  }
  $("ver-result").replaceChildren(...parts);
}

function setUpDrops() {
  for (const zone of document.querySelectorAll(".drop")) {
    const input = $(zone.dataset.for);
    zone.addEventListener("dragover", (e) => {
      e.preventDefault();
      zone.classList.add("over");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("over"));
    zone.addEventListener("drop", (e) => {
      e.preventDefault();
      zone.classList.remove("over");
      if (!e.dataTransfer?.files?.length) return;
      const dt = new DataTransfer();
      dt.items.add(e.dataTransfer.files[0]);
      input.files = dt.files;
    });
  }
}

// ---------- language ----------
function applyLanguage() {
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = s(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-aria]"))
    node.setAttribute("aria-label", s(node.dataset.i18nAria));
  const toggle = $("lang-toggle");
  toggle.textContent = s("langToggle");
  toggle.setAttribute("lang", state.lang === "ko" ? "en" : "ko");
  toggle.setAttribute("aria-label", state.lang === "ko" ? "Switch to English" : "한국어로 보기");
  if (state.schema) rerender();
  if (state.lastGenerate) renderGenerate(state.lastGenerate);
  if (state.lastVerify) renderVerify(state.lastVerify);
}

// ---------- start ----------
async function loadTemplate(code, kind) {
  const params = new URLSearchParams();
  if (code) params.set("code", code);
  if (kind) params.set("kind", kind);
  const res = await fetch(`/api/template?${params}`);
  const body = await res.json();
  if (body.error) {
    showError($("case-status"), body.error);
    return false;
  }
  state.data = body;
  state.lastValidation = null;
  state.lastMatch = null;
  $("problems").replaceChildren();
  renderForm();
  return true;
}

async function main() {
  const query = new URLSearchParams(location.search).get("lang");
  state.lang =
    query === "en" || query === "ko"
      ? query
      : (navigator.languages || [navigator.language]).some((l) => /^ko\b/i.test(l))
        ? "ko"
        : "en";
  applyLanguage();
  const [schema, codes] = await Promise.all([
    fetch("/api/schema").then((r) => r.json()),
    fetch("/api/codes").then((r) => r.json()),
  ]);
  state.schema = schema;
  state.codes = codes.occupations;
  const offices = await fetch("/api/offices")
    .then((r) => r.json())
    .catch(() => ({ offices: [] }));
  document.body.append(
    el(
      "datalist",
      { id: "office-list" },
      (offices.offices || []).map((o) => el("option", { value: o.id, label: `${o.ko} / ${o.en}` })),
    ),
  );
  $("code-list").replaceChildren(
    ...state.codes.map((o) => el("option", { value: o.code, label: `${o.code} ${o.nameKo} / ${o.nameEn}` })),
  );
  await loadTemplate();
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "ko" ? "en" : "ko";
    applyLanguage();
  });
  $("start-new").addEventListener("click", async () => {
    if (await loadTemplate($("start-code").value.trim(), $("start-kind").value))
      $("case-status").textContent = s("started");
  });
  $("load-case").addEventListener("change", async (e) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      state.data = JSON.parse(await file.text());
    } catch (error) {
      showError($("case-status"), { message: `${file.name}: ${error.message}`, hints: [] });
      return;
    }
    state.lastValidation = null;
    renderForm();
    $("case-status").textContent = fmt(s("loaded"), { name: file.name });
    e.target.value = "";
    scheduleMatch();
    await validateNow();
  });
  $("save-case").addEventListener("click", () => {
    download("case.json", new Blob([`${JSON.stringify(state.data, null, 2)}\n`], { type: "application/json" }));
    $("case-status").textContent = s("saved");
  });
  $("validate-case").addEventListener("click", validateNow);
  $("generate").addEventListener("click", generateNow);
  $("verify-form").addEventListener("submit", verifyNow);
  setUpDrops();
  document.body.dataset.ready = "true";
}

main();
