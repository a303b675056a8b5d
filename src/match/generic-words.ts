/**
 * Words that every occupation's duties use alike ("perform", "prepare", "information", "업무", "수행"): they tell
 * occupations apart far less than their rarity in a ninety-entry catalog suggests, so they count for less.
 */
import { stemWord } from "../text/tokenize.js";

const ENGLISH = [
  // Verbs of any job.
  "perform", "conduct", "carry", "provide", "prepare", "ensure", "make", "take", "give", "keep", "work", "assist", "support", "help",
  "handle", "attend", "participate", "gather", "obtain", "receive", "review", "check", "confirm", "discuss", "confer", "communicate",
  "coordinate", "cooperate", "collaborate", "liaise", "meet", "report", "document", "record", "write", "read", "follow", "comply",
  "determine", "identify", "establish", "set", "organize", "arrange", "oversee", "evaluate", "assess", "examine", "study", "improve",
  "update", "complete", "respond", "resolve", "solve", "deal", "apply", "execute", "achieve", "propose", "recommend", "suggest",
  "explain", "present", "describe", "utilize", "select", "choose", "observe", "adjust", "modify", "change", "create", "produce",
  "involve", "concern", "need", "require", "relate", "regard", "serve", "allow", "enable", "meet", "aim", "focus", "seek", "become",
  "understand", "know", "decide", "direct", "perform", "undertake", "contribute", "engage", "operate", "run", "address", "consider",
  // Nouns and adjectives of any job.
  "task", "duty", "job", "activity", "activities", "procedure", "project", "information", "material", "materials", "result", "results",
  "issue", "issues", "problem", "problems", "need", "needs", "requirement", "purpose", "objective", "objectives", "goal", "goals",
  "method", "methods", "way", "type", "kind", "new", "existing", "company", "companies", "organization", "organizations", "staff",
  "personnel", "team", "department", "stakeholder", "stakeholders", "people", "person", "field", "area", "level", "time", "basis",
  "part", "item", "matter", "detail", "details", "effective", "efficient", "appropriate", "necessary", "specific", "overall",
  "general", "proper", "accurate", "high", "large", "small", "variety", "wide", "range", "number", "possible", "current", "future",
  "other", "others", "different", "several", "certain", "particular", "main", "major", "key", "special", "responsible", "responsibility",
  "based", "order", "accordance", "compliance", "efficiency", "effectiveness", "use", "example", "instance", "form", "aspect",
];

const KOREAN = [
  "수행", "업무", "담당", "작성", "검토", "실시", "진행", "지원", "파악", "확인", "결정", "수립", "제공", "처리", "협의", "참여", "참석",
  "보고", "준비", "활용", "이용", "사용", "필요", "적합", "효율", "유지", "조정", "결과", "내용", "사항", "자료", "문제", "방안", "방법",
  "요구", "업체", "회사", "기업", "부서", "직원", "담당자", "해당", "일정", "기타", "각종", "다양", "전반", "관련", "대상", "위한", "통한",
  "최적", "효과", "적절", "향상", "도출", "구성", "실행", "반영", "종합", "판단", "선정", "요청", "전달", "협력", "협조", "지시", "감독",
];

/** Stems (English) and words or syllable bigrams (Korean) of general work vocabulary. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(ENGLISH.map(stemWord));
export const GENERIC_KOREAN: ReadonlySet<string> = new Set(KOREAN);

/** Weight factor for general work vocabulary, by script. */
export const GENERIC_FACTORS = { latin: 1, hangul: 1 };
