/**
 * Finds the duty section of a contract or statement ("Duties", "Job Description", "Scope of Work", "담당업무", …)
 * and the list of statements under it, up to the next heading; falls back to the whole text with a note.
 */
import { splitDuties } from "../match/split-statements.js";
import type { DutyInput } from "../match/types.js";
import { splitParagraphs } from "./read-plain-text.js";
import type { ExtractedText } from "./types.js";
import { BULLET_CHARS } from "../text/list-bullets.js";

/** One duty clause as read: its number or bullet as written in the document, its text, and its share of working time. */
export interface ReadClause {
  /** The list marker as written ("1.", "(2)", "③", "가.", "-"), or undefined for a plain paragraph. */
  readonly label?: string;
  readonly text: string;
  /** Share of working time stated on the clause, in percent, as read. */
  readonly share?: number;
}

/** Why a line near or in the duty section was not scored. */
export type SkipReason =
  | "heading"
  | "intro sentence"
  | "working hours"
  | "wage"
  | "leave"
  | "contract field"
  | "share line"
  | "cites an occupation code"
  | "translation";

export interface SkippedLine {
  readonly text: string;
  readonly reason: SkipReason;
}

export interface FindDutySectionOptions {
  /**
   * What to score when no duty section is found: "whole-text" scores every paragraph that is not a heading or a
   * contract term (the historic behaviour, used for the tool's own documents); "none" scores nothing.
   */
  readonly fallback?: "whole-text" | "none";
}

export interface DutySection {
  readonly found: boolean;
  /** The heading(s) the statements were found under, as written. */
  readonly heading?: string;
  /** The duty statements (the matcher's splitter over the section: list markers, shares and lead-ins removed). */
  readonly statements: readonly string[];
  /** The same statements with their shares of working time ("(40%)"), for the matcher. */
  readonly duties: readonly DutyInput[];
  /** The same statements with their numbering as written, one per statement. */
  readonly clauses: readonly ReadClause[];
  /** Lines inside the duty section (or, for the whole-text fallback, the document) that were not scored, and why. */
  readonly skipped: readonly SkippedLine[];
  /** Paragraphs outside the duty section (not read as duties). */
  readonly outside: number;
  /** True when no section was found and the whole text was scored. */
  readonly wholeText: boolean;
  /** The section's paragraphs (list markers kept, so shares such as "(40%)" and numbering survive), blank-line separated. */
  readonly text: string;
  /** Why the whole text was used (or nothing was), or other caveats. */
  readonly note?: string;
  /** The note in Korean. */
  readonly noteKo?: string;
}

/** Numbering and decoration before a heading's words: "Article 3.", "제3조", "3.", "III.", "#", "■", "[", "Annex 1:". */
const HEADING_PREFIX =
  /^(?:#{1,6}\s*|[■□▶▷●○◆◇※*•\-–]\s*|[[(<【〈「『]\s*)?(?:(?:article|section|clause|annex|appendix|schedule|exhibit|attachment|part)\s*(?:[\dIVXivx]+|[A-Z](?![\p{L}]))?\s*[.:)\-–—]?\s*|제\s*\d+\s*(?:조|항|장)\s*|(?:별첨|별지|부록|첨부)\s*\d*\s*[.:)\]>】〉」』\-–—]?\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+|\(?[IVX]{1,4}[.)]\s+|[\u2160-\u216B][.)]?\s*|\(?[A-Ha-h][.)]\s+)?/iu;

const DUTY_HEADING_EN =
  /^(?:(?:job\s+)?(?:title|position|role)\s+(?:and|&)\s+)?(?:(?:job|main|key|principal|primary|essential|specific|detailed|assigned|employee'?s?|position)\s+)*(?:duties|responsibilities|description of (?:duties|work|the position)|job description|position description|work description|scope of (?:work|duties|employment|services|(?:the\s+)?(?:role|position|job))|duties and responsibilities|roles? and responsibilities|nature of (?:work|duties)|work to be performed|tasks|job content|work content)\b/i;
/**
 * Korean duty headings, compared with spaces removed: 담당업무, 업무 내용, 직무 내용, 주요 업무, 담당 직무 및 책임, and a
 * 고용사유서's 채용 예정 직무 및 담당 업무, 담당 예정 업무 …
 */
const DUTY_HEADING_KO =
  /^(?:(?:채용|고용)(?:예정)?(?:직종|직무)?(?:및|의)?)?(?:담당|주요|수행|세부|구체적|핵심|종사){0,2}(?:예정)?(?:업무|직무)(?:의)?(?:내용|범위|분장|기술서?|개요|설명)?(?:및.{1,6})?$/u;

/** Names of the other parts of a contract or statement, which end a duty section (a whole label, not a sentence start). */
const OTHER_NAMES =
  "(?:working|work)\\s+(?:hours|time|place|location|days|conditions)|hours of work|place of (?:work|employment)|wages?|salary|remuneration|compensation|pay(?:ment)?|benefits?|allowances?|holidays?|leave|vacation|(?:contract\\s+)?(?:term|period|duration)(?:\\s+of\\s+(?:contract|employment))?|probation(?:ary period)?|termination|(?:social\\s+)?insurance|confidentiality|severance(?:\\s+pay)?|governing law|signatures?|miscellaneous|other (?:terms|matters|conditions)|general provisions|reasons? for (?:recruitment|hiring|employment)|recruitment reasons?|company (?:overview|profile|information)|employer(?: information)?|employee|applicant|candidate|qualifications?|(?:job\\s+|minimum\\s+|preferred\\s+)?requirements|preferred qualifications|skills(?:\\s+required)?|what we offer|about (?:us|the company)|education|experience|career|우대\\s*사항|복리\\s*후생|(?:소정\\s*)?근로\\s*(?:시간|조건)|근로\\s*개시일|근무\\s*(?:시간|장소|일|조건)|취업\\s*장소|임금|급여|보수|연봉|수당|휴일|휴가|계약\\s*기간|근로\\s*계약\\s*기간|수습(?:\\s*기간)?|해지|해고|사회\\s*보험|비밀\\s*유지|퇴직금|기타(?:\\s*사항)?|서명|채용\\s*(?:사유|이유|필요성)|고용\\s*(?:사유|이유)|회사\\s*(?:개요|소개)|자격(?:\\s*요건)?|학력|경력|why\\b.{0,80}|(?:recruitment|hiring)\\s+(?:efforts?|channels?|process)|(?:utili[sz]ation|staffing)\\s+plan|reasons?\\s+for\\s+employment\\s+and\\s+utili[sz]ation\\s+plan|[가-힣\\s]{0,24}(?:사유|이유|노력|현황|경로|활용\\s*계획|자격|인적\\s*사항|이력|경력|학력|요건|첨부(?:\\s*서류)?|제출\\s*서류|구비\\s*서류)";
const OTHER_SECTION = new RegExp(`^(?:${OTHER_NAMES})(?:\\s*(?:and|&|및|·|,)\\s*(?:${OTHER_NAMES}))*$`, "iu");

/** True when a label names another section; Korean labels are also compared without spaces ("근 무 장 소"). */
function isOtherLabel(part: string): boolean {
  return OTHER_SECTION.test(part) || (/[\uAC00-\uD7A3]/u.test(part) && OTHER_SECTION.test(part.replace(/\s+/g, "")));
}

/** True when a label part names a duty section: the heading words plus at most three more ("Duties of the Employee"). */
function isDutyLabel(part: string, bareAllowed = false): boolean {
  const english = part.match(DUTY_HEADING_EN);
  if (english) return part.slice(english[0].length).trim().split(/\s+/).filter(Boolean).length <= 3;
  const squashed = part.replace(/\s+/g, "");
  // A bare "업무" or "직무" is usually a table column ("기간 | 직무 | 회사"), not a heading, unless it labels content.
  if (!bareAllowed && /^(?:업무|직무)$/u.test(squashed)) return false;
  return DUTY_HEADING_KO.test(squashed);
}

/** A Word koreanDigital item number: 일. 이. 삼. … 십. 십일. (followed by a space). */
const KOREAN_DIGIT_MARKER = "(?:[이삼사오육칠팔구]?십[일이삼사오육칠팔구]?|[일이삼사오육칠팔구])[.)]";

const LIST_MARKER = new RegExp(
  `^(?:[${BULLET_CHARS}]\\s*|\\d{1,3}(?:\\.\\d{1,2})+\\.?\\s+|\\(?\\d{1,3}(?:\\.\\d{1,2})*[.)]\\s*|\\(?(?:i{1,3}|iv|vi{0,3}|ix|x)[.)]\\s+|\\(?[a-z][.)]\\s+|[①-⑳]\\s*|\\(?[가-하][.)]\\s*|${KOREAN_DIGIT_MARKER}\\s+|(?:제\\s*\\d+\\s*(?:항|호)\\s*))`,
  "iu",
);

/** A statement's text without its list marker. */
export function stripListMarker(text: string): string {
  return text.replace(LIST_MARKER, "").trim();
}

/** A heading's closing bracket ("【담당업무】" once its opener went with the prefix), kept when it closes a group of its own ("해외영업 (동남아 시장)"). */
function stripClosingBracket(text: string): string {
  const trimmed = text.trim();
  const wrapped = /^[[(<【〈「『（［]\s*([^[\]()<>【】〈〉「」『』（）［］]+?)\s*[\])>】〉」』）］]$/u.exec(trimmed);
  if (wrapped) return wrapped[1]!;
  const opens = trimmed.match(/[[(<【〈「『（［]/gu)?.length ?? 0;
  const closes = trimmed.match(/[\])>】〉」』）］]/gu)?.length ?? 0;
  return closes > opens ? trimmed.replace(/[\])>】〉」』）］]\s*$/u, "").trim() : trimmed;
}

interface HeadingInfo {
  readonly duty: boolean;
  /** Text after "Duties:" on the same line, when the heading carries its content inline. */
  readonly inline?: string;
}

/** Decides whether a paragraph is a heading, and whether it is a duty heading. */
function classifyHeading(paragraph: string): HeadingInfo | undefined {
  const trimmed = paragraph.trim();
  const hasMarkdown = /^#{1,6}\s/.test(trimmed);
  const explicitNumbered =
    /^(?:article|section|clause|annex|appendix|schedule|exhibit|attachment|part)\s*(?:[\dIVXivx]|[A-Z](?![\p{L}]))|^제\s*\d+\s*(?:조|장)|^[\u2160-\u216B][.)]?\s|^[[(<【〈「『]?\s*(?:별첨|별지|부록|첨부)/iu.test(
      trimmed,
    );
  const body = stripClosingBracket(trimmed.replace(HEADING_PREFIX, ""));
  // A finished sentence is text, not a heading ("담당 업무는 … 아래와 같다.").
  if (/[.。!?]$/u.test(body) && !hasMarkdown && !explicitNumbered && !/[:：]/u.test(body)) return undefined;
  // "Duties: build web APIs …" — a label with its content on the same line.
  const colon = body.match(/^([^:：]{2,60})[:：]\s*(.*)$/u);
  const label = (colon ? colon[1]! : body).replace(/[:：]$/u, "").trim();
  const inline = colon?.[2]?.trim() || undefined;
  const labelParts = label.split(/\s*[/|()]\s*/u).filter(Boolean);
  // Bilingual headings ("국민으로 충원하지 못한 사유 / Why a Korean national could not fill the position") are short per language.
  const shortLabel =
    label.length <= 120 &&
    labelParts.every((part) => part.split(/\s+/).length <= 10) &&
    label.split(/\s+/).length <= 20;
  const labelled = colon !== null || hasMarkdown || explicitNumbered;
  if (shortLabel && labelParts.some((part) => isDutyLabel(part, labelled)))
    return { duty: true, ...(inline ? { inline } : {}) };
  const looksLikeHeading =
    hasMarkdown ||
    explicitNumbered ||
    (shortLabel && !/[.。!?]$/u.test(body) && colon !== null && !inline) ||
    (shortLabel && labelParts.some(isOtherLabel) && !/[.。]$/u.test(label)) ||
    (shortLabel &&
      label.length >= 3 &&
      label === label.toUpperCase() &&
      /[A-Z]/.test(label) &&
      !/[\uAC00-\uD7A3]/u.test(label) &&
      !/[.。]$/u.test(label));
  return looksLikeHeading ? { duty: false } : undefined;
}

interface Section {
  readonly heading: string;
  /** Index of the heading paragraph. */
  readonly at: number;
  readonly paragraphs: string[];
  /** Indexes of the document paragraphs the section holds (heading included), to count what lies outside it. */
  readonly indexes: number[];
  /** The text after the heading's colon, when there was one. */
  readonly inline?: string;
}

/** A sentence that introduces the list or describes the document, not a duty: "The Employee performs the duties below." */
const LEAD_IN =
  /^(?:(?:the\s+)?(?:employee|worker|applicant|position|role|job)\s+(?:shall\s+|will\s+|is\s+to\s+)?(?:perform|performs|carry\s+out|carries\s+out|undertake|undertakes|be\s+responsible\s+for|is\s+responsible\s+for)\s+(?:the\s+)?(?:following|duties|tasks|work)\b.*(?:below|following|as\s+follows|listed)|.*\b(?:duties|tasks|responsibilities)\s+(?:are\s+)?(?:as\s+follows|listed\s+below|below)\s*[.:]?$)|^(?:근로자는\s*)?(?:다음|아래)(?:의|과\s*같은|와\s*같은)?\s*(?:업무|직무)/iu;
/**
 * A clause's subject and verb with the list after a colon: "The Employee shall:", "During the employment the Teacher
 * will:", "Your responsibilities will include:". The duties are the items that follow.
 */
const MODAL_LEAD_IN =
  /^(?:[\p{L}\s,'’-]{0,80}\s)?(?:shall|will|must|agrees?\s+to|undertakes?\s+to|is\s+(?:required|expected)\s+to|include|includes|including)(?:\s+(?:be\s+)?(?:responsible\s+for|in\s+charge\s+of|required\s+to|expected\s+to|perform|carry\s+out|undertake|do))?(?:\s+the\s+following)?\s*[:：]$/iu;

/**
 * A sentence that leaves the duties to an annex or schedule ("The Teacher shall perform the duties set out in
 * Schedule A", "담당 업무는 별첨 직무기술서와 같다"): the list is read there, and this sentence is not a duty.
 */
function refersToAnnex(text: string): boolean {
  return (
    text.length <= 240 &&
    /\b(?:duties|tasks|responsibilities|work|functions)\b|업무|직무/iu.test(text) &&
    /\b(?:set\s+out|described|specified|listed|detailed|stated|defined|as\s+per)\s+(?:in\s+)?(?:the\s+)?(?:attached\s+)?(?:schedule|annex|appendix|exhibit|attachment|job\s+description)\b|\bin\s+(?:the\s+)?(?:attached\s+)?(?:schedule|annex|appendix|exhibit)\s+(?:\d{1,2}|[A-Z]\b)|(?:별첨|별지|붙임|첨부(?:한|된)?)\s*(?:\d{1,2}\s*)?(?:의\s*)?(?:(?:직무|업무)\s*(?:기술서|명세서|내용)?\s*)?(?:와|과|에|에서|의)?\s*(?:같|기재|명시|정한|따른|따름|따르|적힌)/iu.test(
      text,
    )
  );
}

/** A short sentence that only announces the list: it names duties and points below ("The duties below are …", "담당 업무는 아래와 같다."). */
function isListIntro(text: string): boolean {
  return (
    text.length <= 200 &&
    /\b(?:duties|tasks|responsibilities)\b|업무|직무/iu.test(text) &&
    /\b(?:below|as follows|the following|listed)\b|(?:아래|다음)\s*(?:표|목록|내용)?(?:와|과)\s*같|아래의|다음의/iu.test(
      lastSentence(text),
    ) &&
    !/[:：]\s*\S/u.test(text.replace(/\([^)]*\)/gu, ""))
  );
}

/**
 * A sentence that introduces the duty list, whatever its verb: "The Employee shall perform the following duties:",
 * "Your responsibilities will include:", "근로자는 다음 각 호의 업무를 수행한다." It names duties or work and points at
 * what follows, and carries no task of its own after a colon.
 */
function isIntroSentence(paragraph: string): boolean {
  const text = stripListMarker(paragraph);
  if (text.length > 220 || /[:：]\s*\S/u.test(text.replace(/\([^)]*\)/gu, ""))) return false;
  // A list item that ends "…, including:" is a duty with sub-items, not the list's lead-in.
  return (MODAL_LEAD_IN.test(text) && !LIST_MARKER.test(paragraph)) || refersToAnnex(text) || namesDutyList(text);
}

/**
 * An intro that names the duties it introduces, and so may open a duty section on its own; "The Employee shall:"
 * introduces whatever list follows (duties, or obligations under another heading) and opens none.
 */
function namesDutyList(text: string): boolean {
  if (LEAD_IN.test(text) || isListIntro(text)) return true;
  const names =
    /\b(?:duties|tasks|responsibilities|functions)\b|업무|직무|\b(?:perform|carry out|undertake)\b.*\bwork\b/iu;
  const points =
    /\b(?:following|as follows|below|listed|include|includes|including)\s*[:.]?\s*$|\bthe following\b|다음\s*각\s*호|다음과\s*같|아래와\s*같|다음의|아래의|(?:다음|아래)\s*(?:표|목록)?\s*(?:의|에\s*적은|에\s*기재된)?\s*(?:업무|직무|사항)/iu;
  return names.test(text) && points.test(lastSentence(text));
}

/**
 * The last sentence of a paragraph. An intro points at what follows in its last sentence; a paragraph that goes on
 * after "다음과 같다." ("… 범위는 다음과 같다. 외국인 투숙객이 …") states the content itself and introduces nothing.
 */
function lastSentence(text: string): string {
  const sentences = text.split(/(?<=[.。!?])\s+(?=\S)/u);
  return sentences[sentences.length - 1]!;
}

/** A bare number heading with no name: "Article 3", "3.", "제3조", "Section 2:". */
const BARE_HEADING =
  /^(?:#{1,6}\s*)?(?:\*\*)?(?:(?:article|section|clause)\s*\d{1,3}|제\s*\d{1,3}\s*조(?:의\s*\d+)?|\d{1,2}|[IVX]{1,4}|[\u2160-\u216B])\s*[.:)]?(?:\*\*)?$/iu;

/** A clause's own article heading with the article's text on the same line: "제3조(담당 업무) 근로자는 …". */
const ARTICLE_WITH_TEXT = /^(제\s*\d{1,3}\s*조(?:의\s*\d+)?\s*[(（［[][^)）］\]]{1,30}[)）］\]])\s*(\S.*)$/u;

/** A line to sign on: blanks to fill ("Employee: ________"), "Signed for the School", "(인)", "(서명)". */
const SIGNATURE_LINE =
  /_{4,}|^(?:signed|signature|for\s+and\s+on\s+behalf\s+of)\b|\((?:인|서명|seal|signature)\)|^(?:서명|날인|서명\s*또는\s*날인)\s*[:：]?/iu;

/** A line that is only a date ("2026년 11월 25일", "2026. 11. 25.", "25 November 2026"), as under a signature. */
const DATE_LINE =
  /^(?:\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|\d{4}\s*[.-]\s*\d{1,2}\s*[.-]\s*\d{1,2}\.?|\d{1,2}\s+[A-Za-z]+\s+\d{4}|[A-Za-z]+\s+\d{1,2},\s*\d{4})$/u;

/** Money on a line: "KRW 4,000,000", "₩3,500,000", "4,000,000 won", "월 400만 원". */
const MONEY = /(?:\bKRW|₩|\bUSD|\$)\s*[\d,.]+|[\d,.]+\s*(?:won\b|KRW\b|만\s*원|천\s*원|원)/iu;

/**
 * Why a line is a contract term rather than a duty: hours, pay or leave stated as terms ("40 hours per week.",
 * "Salary: KRW 4,000,000 per month", "15 days of paid annual leave"). A task about pay or leave ("Calculate
 * monthly wages") is a duty, so a term needs a figure or a term label.
 */
export function contractTermReason(paragraph: string): SkipReason | undefined {
  const text = stripListMarker(paragraph).replace(/^\*\*|\*\*$/g, "");
  if (SIGNATURE_LINE.test(text) || DATE_LINE.test(text)) return "contract field";
  const label = /^([^:：]{1,40})[:：]/u.exec(text)?.[1]?.trim() ?? "";
  if (/^(?:working|work)\s+(?:hours|time|days)|^hours(?: of work)?$|근로\s*시간|근무\s*시간|휴게\s*시간/iu.test(label))
    return "working hours";
  if (/^(?:wages?|salary|pay|remuneration|compensation|base pay)$|^(?:임금|급여|보수|연봉|기본급|월급)/iu.test(label))
    return "wage";
  if (/^(?:leave|annual leave|holidays?|vacation)$|^(?:휴가|연차|휴일)/iu.test(label)) return "leave";
  if (
    /\b(?:is|shall be|will be)\s+(?:employed|hired|engaged|appointed)\s+(?:as|in the position of)\b|\b(?:employs|hires|engages|appoints)\s+(?:the\s+)?[\p{L}]+\s+as\b|(?:으로|로)\s*(?:채용|고용)(?:한다|하며|된다)/iu.test(
      text,
    )
  )
    return "contract field";
  if (
    /^(?:employer|employee|name|address|date|term|contract (?:term|period)|place of work|workplace|signature|position|job title|title|nationality|passport(?: no\.?)?|사업주|사용자|근로자|성명|주소|날짜|일자|계약\s*기간|근무\s*장소|취업\s*장소|서명|직위|직책|직급|국적|여권\s*번호)$/iu.test(
      label,
    )
  )
    return "contract field";
  if (
    /\b\d{1,2}\s*(?:hours?|hrs?)\s*(?:(?:per|a|each|\/)\s*(?:week|day)|weekly|daily)\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:-|–|~|to|until)\s*\d{1,2}[:.]\d{2}|주\s*\d{1,2}\s*시간|1일\s*\d{1,2}\s*시간|\d{1,2}\s*[:시]\s*\d{0,2}\s*분?\s*[~-]\s*\d{1,2}\s*[:시]|(?:monday|mon)\s*(?:to|through|-|–)\s*(?:friday|fri)|월요일\s*(?:부터|~|-)\s*금요일/iu.test(
      text,
    )
  )
    return "working hours";
  // A duty may name a sum ("controls the annual budget of about KRW 9 billion"): a pay term names pay or a pay period.
  if (
    MONEY.test(text) &&
    text.length <= 200 &&
    (/\b(?:per|a|each)\s+(?:month|year|annum|hour)|\bmonthly\b|\bannual\s+(?:salary|pay|wage)|\bsalary\b|\bwages?\b|\bpaid\b|월\s|연봉|임금|급여|지급/iu.test(
      text,
    ) ||
      text.length <= 60)
  )
    return "wage";
  if (
    /\b\d{1,2}\s*(?:working\s+)?days?\s+(?:of\s+)?(?:paid\s+)?(?:annual\s+)?(?:leave|vacation|holidays?)\b|\b(?:paid|annual)\s+leave\s+(?:of|is|:)?\s*\d|\d{1,2}\s*일의?\s*(?:유급\s*)?(?:연차|휴가)|연차\s*(?:유급\s*)?휴가\s*\d{1,2}\s*일|주휴일/iu.test(
      text,
    )
  )
    return "leave";
  return undefined;
}

/** A sentence that cites an occupation code describes the filing, not a duty. */
const CITES_CODE = /(?:occupation|직종)\s*(?:code\s*|코드\s*)?\d{3,6}/iu;
/** What is left of a share line once the matcher read the percentage off it ("Share of working time: about"). */
const SHARE_REMNANT =
  /^(?:(?:approximate\s+)?share\s+of\s+(?:working\s+)?time|time\s+share|share|업무\s*비중|비중)\s*[:：]?\s*(?:about|approx\.?|approximately|약|~)?\s*[.。]?$/iu;

/** The list marker of a paragraph as written ("1.", "(2)", "③", "가.", "-"), if any. */
function listLabel(paragraph: string): string | undefined {
  const found = LIST_MARKER.exec(paragraph);
  return found ? found[0].trim() : undefined;
}

interface ReadParagraphs {
  readonly duties: DutyInput[];
  readonly clauses: ReadClause[];
  readonly skipped: SkippedLine[];
}

/**
 * The duties of some paragraphs: the matcher's splitter per paragraph, then splitter fragments rejoined, lead-ins,
 * contract terms, share remnants and code citations dropped (and reported), and the paragraph's share divided among
 * the statements that are left.
 */
function dutiesOf(paragraphs: readonly string[], headings: ReadonlySet<string> = new Set()): ReadParagraphs {
  const read: ReadParagraphs = { duties: [], clauses: [], skipped: [] };
  for (const paragraph of paragraphs) {
    if (headings.has(paragraph)) {
      read.skipped.push({ text: paragraph, reason: "heading" });
      continue;
    }
    if (TABLE_HEADER.test(paragraph.trim())) {
      read.skipped.push({ text: paragraph, reason: "heading" });
      continue;
    }
    const term = contractTermReason(paragraph);
    if (term) {
      read.skipped.push({ text: paragraph, reason: term });
      continue;
    }
    if (isIntroSentence(paragraph)) {
      read.skipped.push({ text: paragraph, reason: "intro sentence" });
      continue;
    }
    const kept: string[] = [];
    let share: number | undefined;
    for (const duty of splitSlashList(paragraph).flatMap((part) => splitDuties(part))) {
      if (duty.share !== undefined) share = (share ?? 0) + duty.share;
      const unbalanced = (duty.text.match(/\)/g)?.length ?? 0) > (duty.text.match(/\(/g)?.length ?? 0);
      // "(tools: A; products: B)." split at the semicolon leaves "products: B)." behind: it belongs to the statement before.
      if (unbalanced && kept.length > 0) {
        kept[kept.length - 1] = `${kept[kept.length - 1]}; ${duty.text}`;
        continue;
      }
      // A share line whose percentage was read is shown in the share column, not as a skipped line.
      if (SHARE_REMNANT.test(duty.text)) {
        if (duty.share === undefined) read.skipped.push({ text: duty.text, reason: "share line" });
      } else if (LEAD_IN.test(duty.text) || isListIntro(duty.text))
        read.skipped.push({ text: duty.text, reason: "intro sentence" });
      else if (CITES_CODE.test(duty.text)) read.skipped.push({ text: duty.text, reason: "cites an occupation code" });
      // Sub-clause numbers such as "2.1" are not part of the duty.
      else kept.push(duty.text.replace(/^\d{1,2}(?:\.\d{1,2})+\.?\s+/u, ""));
    }
    const label = listLabel(paragraph);
    // A share on a line of its own after a line break in the clause ("(업무 비중 약 25%)") belongs to the clause above.
    const previous = read.duties.length - 1;
    if (kept.length === 0 && share !== undefined && previous >= 0 && read.duties[previous]!.share === undefined) {
      read.duties[previous] = { ...read.duties[previous]!, share };
      read.clauses[previous] = { ...read.clauses[previous]!, share };
      continue;
    }
    for (const text of kept) {
      const duty: DutyInput =
        share === undefined ? { text } : { text, share: Math.round((share / kept.length) * 1000) / 1000 };
      read.duties.push(duty);
      read.clauses.push({
        ...(label ? { label } : {}),
        text,
        ...(duty.share === undefined ? {} : { share: duty.share }),
      });
    }
  }
  return read;
}

/**
 * Korean duties a table cell or a form line separates with " / " ("화면 개발 및 유지보수 / API 개발 및 쿼리 개선"): split
 * when every part is a Korean clause of three words or more, so "HTML / CSS" and a clause with its English translation
 * stay whole. English lists use " / " between words ("HTML / CSS and JavaScript") too often to split them.
 */
function splitSlashList(paragraph: string): string[] {
  const parts = paragraph.split(/\s+\/\s+/u);
  if (parts.length < 2) return [paragraph];
  const clauses = parts.every((part) => part.trim().split(/\s+/u).length >= 3 && clauseLanguage(part) === "ko");
  return clauses ? parts : [paragraph];
}

/** The language a clause is written in, when it is plainly one: Korean, or English with at most a Korean name in it. */
function clauseLanguage(text: string): "ko" | "en" | undefined {
  const hangul = text.match(/[\uAC00-\uD7A3]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (hangul >= 4 && hangul * 2 >= latin) return "ko";
  if (latin >= 10 && hangul * 10 <= latin) return "en";
  return undefined;
}

/**
 * A bilingual list gives each duty twice, once per language: a Korean line and its English line (or columns). When
 * every clause of a section pairs up that way — the languages alternate in the same order, and the second of each pair
 * carries no number of its own or the same number — the second is a translation: it is reported, not scored, and its
 * share (if only it has one) goes to the first. A list whose items are in different languages is left alone.
 */
function dropTranslations(read: ReadParagraphs): ReadParagraphs {
  const { clauses } = read;
  if (clauses.length < 2 || clauses.length % 2 !== 0) return read;
  const first = clauseLanguage(clauses[0]!.text);
  const second = clauseLanguage(clauses[1]!.text);
  if (!first || !second || first === second) return read;
  for (let i = 0; i < clauses.length; i += 2) {
    const [a, b] = [clauses[i]!, clauses[i + 1]!];
    if (clauseLanguage(a.text) !== first || clauseLanguage(b.text) !== second) return read;
    // A bullet marks every item alike, so only a number shared by both lines ("1." split off one paragraph) pairs them.
    if (b.label !== undefined && (b.label !== a.label || !/[\p{L}\p{N}]/u.test(b.label))) return read;
    // Two unnumbered lines in two languages pair up only when the whole list alternates so, in two pairs or more.
    if (a.label === undefined && b.label === undefined && clauses.length < 4) return read;
  }
  const kept: ReadParagraphs = { duties: [], clauses: [], skipped: [...read.skipped] };
  for (let i = 0; i < clauses.length; i += 2) {
    const [a, b] = [clauses[i]!, clauses[i + 1]!];
    // The translation states the same share again, so it is not added; it stands in only when the first has none.
    const share = a.share ?? b.share;
    kept.clauses.push({ ...a, ...(share === undefined ? {} : { share }) });
    kept.duties.push({ ...read.duties[i]!, ...(share === undefined ? {} : { share }) });
    kept.skipped.push({ text: b.text, reason: "translation" });
  }
  return kept;
}

/** Markdown bold around a whole paragraph ("**Duties**") marks a heading; the stars are not part of it. */
function unbold(paragraph: string): string {
  const bold = /^\*\*(.+?)\*\*\s*([:：]?)\s*$/u.exec(paragraph) ?? /^__(.+?)__\s*([:：]?)\s*$/u.exec(paragraph);
  return bold ? `${bold[1]!.trim()}${bold[2] ?? ""}` : paragraph;
}

/** Words after a number that make it a quantity or a version ("3.5 years", "2.1 million"), not a sub-clause number. */
const QUANTITY_WORD =
  /^(?:years?|yrs?|months?|weeks?|days?|hours?|times|million|billion|thousand|percent|per\b|x\b|년|개월|주|일|시간|배|억|만|천)/iu;

/**
 * Where a line-joined paragraph starts a new numbered clause mid-line: after a sentence end, a colon or a share such
 * as "(30%)", a sub-clause number ("3.2", "2.1.1"), "(b)", "②", "제2항" or an item number ("2.") before words.
 * A full stop right after a digit ("2026. 3. 2.") is a date, not a sentence end.
 */
const RUN_ON_CLAUSE =
  /(?:(?<!\d)[.。!?:：;]|[(（]\s*(?:약|about|approx\.?|~)?\s*\d{1,3}(?:\.\d+)?\s*%\s*[)）]|\d%)\s+(?=(\d{1,3}(?:\.\d{1,3}){1,2}\.?\s+|\d{1,2}[.)]\s+|\([a-z]\)\s+|[①-⑳]\s*|제\s*\d{1,2}\s*항\s*|(?:[이삼사오육칠팔구]?십[일이삼사오육칠팔구]?|[일이삼사오육칠팔구])[.)]\s+)(\S+))/giu;

/**
 * A paragraph split where PDF or hard-wrapped text joined numbered clauses onto one line ("… (30%) 3.2 Running …",
 * "…: 3.1 Planning …"), so each clause is read on its own; decimals, versions and dates are left whole.
 */
export function splitRunOnClauses(paragraph: string): string[] {
  const starts: number[] = [];
  for (const found of paragraph.matchAll(RUN_ON_CLAUSE)) {
    const marker = found[1]!;
    const word = found[2]!;
    // A number followed by a unit ("3.5 years") or by another figure is a quantity; a clause starts with words.
    if (QUANTITY_WORD.test(word)) continue;
    if (!/^[\p{L}"'“(（「]/u.test(word)) continue;
    // A bare item number ("2. Running") joined mid-line must start a capitalised or Korean clause.
    if (/^\d{1,2}[.)]\s/u.test(marker) && !/^[\p{Lu}\uAC00-\uD7A3]/u.test(word)) continue;
    starts.push((found.index ?? 0) + found[0].length);
  }
  const parts: string[] = [];
  let from = 0;
  for (const start of starts) {
    parts.push(paragraph.slice(from, start).trim());
    from = start;
  }
  parts.push(paragraph.slice(from).trim());
  return parts.filter(Boolean).flatMap(splitListSequence);
}

const GANADA = "가나다라마바사아자차카타파하";
const KOREAN_DIGIT_SEQUENCE = [
  "일",
  "이",
  "삼",
  "사",
  "오",
  "육",
  "칠",
  "팔",
  "구",
  "십",
  "십일",
  "십이",
  "십삼",
  "십사",
  "십오",
];

/** The marker that follows a list item's own marker in the same list ("가." -> "나.", "②" -> "③", "1)" -> "2)"). */
function nextMarker(marker: string): string | undefined {
  const korean = KOREAN_DIGIT_SEQUENCE.indexOf(marker.slice(0, -1));
  if (korean >= 0 && new RegExp(`^${KOREAN_DIGIT_MARKER}$`, "u").test(marker))
    return korean + 1 < KOREAN_DIGIT_SEQUENCE.length
      ? `${KOREAN_DIGIT_SEQUENCE[korean + 1]}${marker.slice(-1)}`
      : undefined;
  const ganada = /^([가-하])([.)])$/u.exec(marker);
  if (ganada) {
    const at = GANADA.indexOf(ganada[1]!);
    return at >= 0 && at + 1 < GANADA.length ? `${GANADA[at + 1]}${ganada[2]}` : undefined;
  }
  if (/^[①-⑲]$/u.test(marker)) return String.fromCodePoint(marker.codePointAt(0)! + 1);
  const number = /^(\(?)(\d{1,2})([.)])$/u.exec(marker);
  if (number) return `${number[1]}${Number(number[2]) + 1}${number[3]}`;
  return undefined;
}

/**
 * A list item whose next items a PDF's text layer joined onto its line with no sentence end between them
 * ("가. … 유지보수 나. 웹 서비스 … 다. …"): it is split at each next marker of the same list followed by words.
 */
function splitListSequence(paragraph: string): string[] {
  const first = new RegExp(`^(\\(?\\d{1,2}[.)]|[가-하][.)]|[①-⑲]|${KOREAN_DIGIT_MARKER})\\s*`, "u").exec(paragraph);
  if (!first) return [paragraph];
  const parts: string[] = [];
  let rest = paragraph;
  let marker = first[1]!;
  for (;;) {
    const next = nextMarker(marker);
    if (!next) break;
    const escaped = next.replace(/[.()]/gu, "\\$&");
    const found = new RegExp(`\\s${escaped}\\s*(?=[\\p{Lu}\\uAC00-\\uD7A3])`, "u").exec(rest);
    if (!found) break;
    parts.push(rest.slice(0, found.index).trim());
    rest = rest.slice(found.index).trim();
    marker = next;
  }
  parts.push(rest);
  return parts.filter(Boolean);
}

/**
 * The document's paragraphs, trimmed, with "제3조(담당 업무) 근로자는 …" split into its heading and its text, and the
 * indexes of those the document sets as headings (Word heading styles, bold paragraphs, Markdown "**…**").
 */
function paragraphsOf(input: string | ExtractedText): { paragraphs: string[]; emphasised: Set<number> } {
  const read = typeof input === "string" ? splitParagraphs(input) : input.paragraphs;
  const { source, marked } = joinTableRows(read, new Set(typeof input === "string" ? [] : (input.emphasised ?? [])));
  const paragraphs: string[] = [];
  const emphasised = new Set<number>();
  source.forEach((raw, index) => {
    const [first, ...rest] = splitRunOnClauses(raw.trim());
    if (rest.length > 0) {
      if (marked.has(index)) emphasised.add(paragraphs.length);
      paragraphs.push(first!, ...rest);
      return;
    }
    const paragraph = withoutDotLeader(raw.trim());
    if (!paragraph) return;
    const article = ARTICLE_WITH_TEXT.exec(paragraph);
    // Only a sentence after the article's name is split off; "제2조 (Article 2) 담당 업무 / Duties" is one heading.
    if (article && /(?:[다함음임됨][.。]?|[.。])$/u.test(article[2]!) && article[2]!.length > 8) {
      paragraphs.push(article[1]!, article[2]!);
      return;
    }
    const plain = unbold(paragraph);
    if (marked.has(index) || plain !== paragraph) emphasised.add(paragraphs.length);
    paragraphs.push(plain);
  });
  return { paragraphs, emphasised };
}

/**
 * A form line with dot leaders between its label and value ("Salary .......... KRW 78,000,000") reads as a labelled
 * field ("Salary: KRW 78,000,000"), as the same form with colons does.
 */
function withoutDotLeader(paragraph: string): string {
  const leader = /^([^.…·:：]{1,40}?)\s*(?:\.{4,}|…{2,}|·{4,})\s*(.*)$/u.exec(paragraph);
  if (!leader) return paragraph;
  return leader[2] ? `${leader[1]}: ${leader[2]}` : leader[1]!;
}

/** The header row of a duty table, one cell or several joined: "No.", "Duty", "No. Duty", "번호 | 업무 내용 | 비중". */
const TABLE_HEADER =
  /^(?:(?:no\.?|#|number|item|duty|duties|tasks?|description(?: of (?:duties|work))?|details?|share(?: of (?:working )?time)?|time share|%|순번|번호|구분|(?:담당|세부|주요)?\s*(?:업무|직무)(?:\s*내용)?|(?:업무\s*)?비중|비고)\s*[|/,]?\s*)+$/iu;
/** A table cell holding only a row number ("1", "2.") or only a share of working time ("25%", "약 25 %"). */
const ROW_NUMBER_CELL = /^\d{1,2}[.)]?$/u;
const SHARE_CELL = /^(?:약\s*|about\s+|approx\.?\s*)?(\d{1,3}(?:\.\d+)?)\s*%$/iu;

/**
 * Rejoins the cells of a duty table ("No. | Duty | Share") that the readers give one paragraph each: a row number
 * becomes the list marker of the text after it ("1" + "Identify …" -> "1. Identify …") and a share cell becomes
 * the share of the text before it ("… (25%)"), so a row number is not read as a bare heading that ends the section.
 */
function joinTableRows(
  paragraphs: readonly string[],
  marked: ReadonlySet<number>,
): { source: string[]; marked: Set<number> } {
  const source: string[] = [];
  const kept = new Set<number>();
  const isText = (paragraph: string | undefined, index: number): paragraph is string =>
    paragraph !== undefined &&
    !marked.has(index) &&
    !ROW_NUMBER_CELL.test(paragraph.trim()) &&
    !SHARE_CELL.test(paragraph.trim()) &&
    !BARE_HEADING.test(paragraph.trim()) &&
    classifyHeading(paragraph) === undefined;
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!.trim();
    const next = paragraphs[i + 1];
    // A row's category cell ("환자 간호", "기타") before its duty and share cells labels the row; it is no duty, and a
    // name such as "기타" must not end the table as a section heading would.
    if (isRowLabel(paragraphs, i)) continue;
    if (ROW_NUMBER_CELL.test(paragraph) && !marked.has(i) && isText(next, i + 1)) {
      source.push(`${paragraph.replace(/[.)]$/u, "")}. ${next.trim()}`);
      i++;
      continue;
    }
    const share = SHARE_CELL.exec(paragraph);
    const before = source.length - 1;
    if (share && before >= 0 && !/%\s*[)\]]?\s*$/u.test(source[before]!) && isText(source[before], -1)) {
      source[before] = `${source[before]} (${share[1]}%)`;
      continue;
    }
    if (marked.has(i)) kept.add(source.length);
    source.push(paragraphs[i]!);
  }
  return { source, marked: kept };
}

/** A short first cell of a table row whose next cells are a duty and its share: [label][duty][25%]. */
function isRowLabel(paragraphs: readonly string[], at: number): boolean {
  const label = paragraphs[at]!.trim();
  const duty = paragraphs[at + 1]?.trim();
  const share = paragraphs[at + 2]?.trim();
  const before = paragraphs[at - 1]?.trim();
  return (
    duty !== undefined &&
    share !== undefined &&
    SHARE_CELL.test(share) &&
    label.length <= 12 &&
    label.split(/\s+/u).length <= 3 &&
    !/[%.。!?:：\d]/u.test(label) &&
    duty.split(/\s+/u).length >= 4 &&
    !SHARE_CELL.test(duty) &&
    (before === undefined || SHARE_CELL.test(before) || TABLE_HEADER.test(before))
  );
}

/**
 * A bare "직무" / "업무" cell is the label of a form's duty row when a row labelled with another field ("근무장소",
 * "계약기간") came shortly before it and content follows it; elsewhere ("기간 | 직무 | 회사") it is a column name.
 */
function isBareDutyRow(paragraphs: readonly string[], at: number): boolean {
  if (!/^(?:업무|직무)$/u.test(paragraphs[at]!.replace(/\s+/g, ""))) return false;
  const next = paragraphs[at + 1];
  if (next === undefined || classifyHeading(next) !== undefined || BARE_HEADING.test(next)) return false;
  return paragraphs
    .slice(Math.max(0, at - 4), at)
    .some((p) => p.length <= 20 && !/[:：]/u.test(p) && isOtherLabel(p.trim()));
}

/** A paragraph the document sets as a heading, short and not a sentence, heads a section even under an unknown name. */
function isEmphasisedHeading(paragraph: string): boolean {
  return (
    paragraph.length <= 80 &&
    paragraph.split(/\s+/).length <= 8 &&
    !/[.。!?;,]$/u.test(paragraph) &&
    !isIntroSentence(paragraph)
  );
}

/**
 * Finds the duty section(s) of a document and returns their duties. Several duty sections (an English and a Korean
 * one) are combined; a duty heading that is only the document's title is dropped when a real duty section follows.
 * A heading with no name ("Article 3.") followed by an intro sentence ("The Employee shall perform the following
 * duties:") is a duty heading too.
 */
export function findDutySection(input: string | ExtractedText, options: FindDutySectionOptions = {}): DutySection {
  const { paragraphs, emphasised } = paragraphsOf(input);
  const sections: Section[] = [];
  let current: Section | undefined;
  let emptyDutyHeading: string | undefined;
  const subHeadings = new Set<string>();
  /** The last heading that is not a duty heading, while nothing has followed it. */
  let pending:
    | { readonly heading: string; readonly at: number; readonly kind: "numbered" | "other" | "title" }
    | undefined;
  paragraphs.forEach((paragraph, at) => {
    const runIn = runInHeading(paragraph);
    if (!runIn && isIntroSentence(paragraph)) {
      // An intro sentence names the section its heading did not ("Article 3." / "The Employee shall perform the
      // following duties:"), but not under another section's heading ("Working hours").
      if (!current && pending?.kind !== "other" && namesDutyList(stripListMarker(paragraph))) {
        // A short unpunctuated line just before the intro ("Your Role") is its heading, even if not a known one.
        const before = at > 0 ? paragraphs[at - 1]! : undefined;
        const label =
          before !== undefined &&
          before.split(/\s+/).length <= 5 &&
          !/[.。!?;,]$/u.test(before) &&
          !LIST_MARKER.test(before) &&
          !isIntroSentence(before)
            ? { heading: before.replace(/[:：]\s*$/u, ""), at: at - 1 }
            : undefined;
        const heading = pending ?? label ?? { heading: paragraph, at };
        current = { heading: heading.heading, at: heading.at, paragraphs: [], indexes: [heading.at] };
        sections.push(current);
      }
      current?.paragraphs.push(paragraph);
      current?.indexes.push(at);
      pending = undefined;
      return;
    }
    // The header row of a duty table right under the duty heading ("번호 | 업무 내용 | Duties") starts no section.
    const headerCell = (p: string | undefined): boolean => p !== undefined && TABLE_HEADER.test(p.trim());
    if (
      current?.paragraphs.every((p) => headerCell(p)) &&
      headerCell(paragraph) &&
      (headerCell(paragraphs[at - 1]) || headerCell(paragraphs[at + 1]))
    ) {
      current.paragraphs.push(paragraph);
      current.indexes.push(at);
      return;
    }
    // A form's row named only "직무" or "업무" (항목 | 내용) heads the duties in the cell after it, as 담당업무 does.
    if (isBareDutyRow(paragraphs, at)) {
      if (current && current.paragraphs.length === 0) sections.pop();
      current = { heading: paragraph, at, paragraphs: [], indexes: [at] };
      sections.push(current);
      pending = undefined;
      return;
    }
    const bare = BARE_HEADING.test(paragraph);
    // A list item is a statement, unless it is a short label naming a section ("4. Working hours", "3. 업무의 내용: …").
    const heading = bare
      ? { duty: false }
      : (runIn ??
        (LIST_MARKER.test(paragraph) && !isNumberedHeading(paragraph)
          ? undefined
          : current?.inline !== undefined && isFieldLine(paragraph)
            ? { duty: false }
            : classifyHeading(paragraph)));
    // A bold line of no known name inside a duty section groups its duties ("Front end"): skipped, not an end.
    if (!heading && emphasised.has(at) && isEmphasisedHeading(paragraph)) {
      if (current) {
        subHeadings.add(paragraph);
        current.paragraphs.push(paragraph);
        current.indexes.push(at);
      } else pending = { heading: paragraph, at, kind: "title" };
      return;
    }
    if (heading) {
      if (current && current.paragraphs.length === 0 && !heading.duty) emptyDutyHeading = current.heading;
      if (current && current.paragraphs.length === 0) sections.pop();
      current = undefined;
      pending = undefined;
      if (heading.duty) {
        // "Duties: build APIs" is headed "Duties"; "Section 2: Position and Duties" keeps its whole name.
        const name = heading.inline ? paragraph.slice(0, paragraph.lastIndexOf(heading.inline)) : paragraph;
        current = {
          heading: name.replace(/[:：]\s*$/u, "").trim(),
          at,
          paragraphs: heading.inline ? splitInline(heading.inline) : [],
          indexes: [at],
          ...(heading.inline ? { inline: heading.inline } : {}),
        };
        sections.push(current);
      } else {
        const name = paragraph
          .replace(HEADING_PREFIX, "")
          .replace(/[\])>】〉」』:：]\s*$/u, "")
          .trim();
        const kind = name
          ?.split(/\s*[/|()]\s*/u)
          .filter(Boolean)
          .some(isOtherLabel)
          ? "other"
          : bare || /^(?:#{1,6}\s*)?(?:article|section|clause|제\s*\d|\d|[\u2160-\u216B])/iu.test(paragraph)
            ? "numbered"
            : "title";
        pending = { heading: paragraph, at, kind };
      }
      return;
    }
    pending = undefined;
    current?.paragraphs.push(paragraph);
    current?.indexes.push(at);
  });
  if (current && current.paragraphs.length === 0) {
    emptyDutyHeading = current.heading;
    sections.pop();
  }
  // The document's own title ("Job Description", "직무 내용 / Annex") heads a preamble, not the duty list, when a
  // listed duty section follows and the title's "section" lists nothing.
  const listed = (section: Section): boolean => section.paragraphs.some((p) => LIST_MARKER.test(p));
  const titleOnly =
    sections.length > 1 && sections[0]!.at === 0 && !listed(sections[0]!) && sections.slice(1).some(listed);
  const used = titleOnly ? sections.slice(1) : sections;
  // A name after the label with the duties listed on the lines below it heads the list; it is not a duty itself.
  for (const section of used) {
    if (section.inline && isSummaryName(section.inline) && section.paragraphs.slice(1).some((p) => LIST_MARKER.test(p)))
      subHeadings.add(section.inline);
  }
  const sectionParagraphs = used.flatMap((section) => section.paragraphs);
  // Each section on its own, so a Korean duty section and its English twin stay two lists, as before.
  const read = used
    .map((section) => dropTranslations(dutiesOf(section.paragraphs, subHeadings)))
    .reduce<ReadParagraphs>(
      (all, one) => ({
        duties: [...all.duties, ...one.duties],
        clauses: [...all.clauses, ...one.clauses],
        skipped: [...all.skipped, ...one.skipped],
      }),
      { duties: [], clauses: [], skipped: [] },
    );
  if (read.duties.length > 0) {
    return {
      found: true,
      heading: used.map((section) => section.heading).join(" + "),
      statements: read.duties.map((d) => d.text),
      duties: read.duties,
      clauses: read.clauses,
      skipped: read.skipped,
      outside: paragraphs.length - new Set(used.flatMap((section) => section.indexes)).size,
      wholeText: false,
      text: sectionParagraphs.join("\n\n"),
    };
  }
  const why = emptyDutyHeading
    ? `The duty heading "${emptyDutyHeading}" has no statements under it (does it refer to an annex that was not given?)`
    : 'No duty section heading (such as "Duties", "Job Description", "Scope of Work" or "담당업무") and no intro sentence (such as "shall perform the following duties") was found';
  const whyKo = emptyDutyHeading
    ? `담당업무 제목 "${emptyDutyHeading}" 아래에 조항이 없습니다(주어지지 않은 별첨 서류를 가리키는 것은 아닙니까?)`
    : '"담당업무", "업무 내용", "Duties" 같은 담당업무 제목도, "다음 각 호의 업무를 수행한다" 같은 도입 문장도 찾지 못했습니다';
  if (options.fallback === "none") {
    return {
      found: false,
      statements: [],
      duties: [],
      clauses: [],
      skipped: [],
      outside: paragraphs.length,
      wholeText: false,
      text: "",
      note: `${why}; nothing was scored.`,
      noteKo: `${whyKo}.`,
    };
  }
  // The whole text, less what is plainly not a duty: headings, intro sentences and contract terms.
  const body: string[] = [];
  const skipped: SkippedLine[] = [];
  for (const [at, paragraph] of paragraphs.entries()) {
    // The document's title ("Offer letter") is a short first line that ends no sentence.
    const title =
      at === 0 && paragraph.split(/\s+/).length <= 5 && !/[.。!?:：]$/u.test(paragraph) && !LIST_MARKER.test(paragraph);
    const heading =
      title ||
      (emphasised.has(at) && isEmphasisedHeading(paragraph)) ||
      BARE_HEADING.test(paragraph) ||
      (!(LIST_MARKER.test(paragraph) && !isNumberedHeading(paragraph)) && classifyHeading(paragraph) !== undefined);
    if (heading) skipped.push({ text: paragraph, reason: "heading" });
    else body.push(paragraph);
  }
  const whole = dutiesOf(body);
  return {
    found: false,
    statements: whole.duties.map((d) => d.text),
    duties: whole.duties,
    clauses: whole.clauses,
    skipped: [...skipped, ...whole.skipped],
    outside: 0,
    wholeText: true,
    text: body.join("\n\n"),
    note: `${why}; the whole text was checked.`,
    noteKo: `${whyKo}.`,
  };
}

/**
 * A numbered article whose name runs into its text after a full stop, as English contracts often set them: "4. Leave.
 * As provided by …", "2. Duties. The Employee shall …". A known section name makes it a heading; a duty name carries
 * the rest of the line as its content.
 */
function runInHeading(paragraph: string): HeadingInfo | undefined {
  const body = paragraph.replace(/^(?:(?:article|section|clause)\s*)?\(?\d{1,2}[.)]\s*/iu, "");
  if (body === paragraph) return undefined;
  const runIn = /^([^.:：]{2,40})\.\s+(\S.*)$/u.exec(body);
  if (!runIn) return undefined;
  const label = runIn[1]!.trim();
  if (label.split(/\s+/).length > 5) return undefined;
  if (isDutyLabel(label, true)) return { duty: true, inline: runIn[2]! };
  return label
    .split(/\s*[/|()&]\s*|\s+and\s+/u)
    .filter(Boolean)
    .some(isOtherLabel)
    ? { duty: false }
    : undefined;
}

/**
 * A form's field with its value on the line ("Reports to: Managing Director", "Car: company car"): after a duty field
 * ("Duties: A; B; C") the next field is another part of the form, not a duty.
 */
function isFieldLine(paragraph: string): boolean {
  const field = /^([^:：]{1,30})[:：]\s*\S/u.exec(paragraph);
  return field !== null && field[1]!.trim().split(/\s+/).length <= 4 && !/[.。]/u.test(field[1]!);
}

/**
 * A numbered line that is really a section heading: "3. Duties", "4. Working Hours", "5) 임금", or a numbered label
 * with its content inline, as in the Korean standard contract ("3. 업무의 내용 : 웹 플랫폼 개발", "2. 근 무 장 소 : 서울").
 */
function isNumberedHeading(paragraph: string): boolean {
  const stripped = stripListMarker(paragraph);
  const labelled = /^([^:：]{2,30})[:：]/u.exec(stripped);
  const body = (labelled ? labelled[1]! : stripped).replace(/[:：]\s*$/u, "").trim();
  if (body.length > 120 || /[.。]$/u.test(body)) return false;
  const parts = body.split(/\s*[/|()]\s*/u).filter(Boolean);
  return (
    parts.some((part) => isDutyLabel(part, true) || isOtherLabel(part)) &&
    parts.every((part) => part.length <= 60 && part.split(/\s+/).length <= 10)
  );
}

/**
 * Inline duties after a label ("Duties: A; B; C") become one statement per semicolon-separated part. A Korean label's
 * comma list ("3. 업무의 내용 : 거래처 발굴, 수출 상담, 견적 작성") is split too when it holds three or more parts of
 * two words or more; "웹 화면, API 및 서버 개발" (one comma) or "React, Vue로 화면 개발" stays one duty.
 */
function splitInline(text: string): string[] {
  return text
    .split(/\s*[;；]\s*/u)
    .flatMap(splitKoreanCommaList)
    .map((s) => s.trim())
    .filter(Boolean);
}

function splitKoreanCommaList(text: string): string[] {
  const hangul = text.match(/[\uAC00-\uD7A3]/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  if (hangul * 2 < latin) return [text];
  // Commas inside parentheses ("(베트남, 태국)") separate no duties.
  const parts = text.split(/(?<![\d])[,，、]\s+(?![^(（]*[)）])/u).map((part) => part.trim());
  if (parts.length < 3 || parts.some((part) => part.split(/\s+/).length < 2)) return [text];
  return parts;
}

/** A short name after a duty label, such as the job's name ("3. 업무의 내용 : 해외영업 (동남아 시장)"), not a duty. */
function isSummaryName(text: string): boolean {
  return text.split(/\s+/).length <= 4 && !/[.。!?,，;；]|[다함음임됨]$/u.test(text.replace(/\([^)]*\)/gu, "").trim());
}
