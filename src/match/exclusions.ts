/**
 * Exclusions: whether a duty list reads as a role the catalog rules out of an occupation (its excludedTitles, the
 * "Not this occupation" entries, and the scope's "not ..." sentences). The matcher ranks by shared vocabulary, and an
 * excluded role (a trade clerk under overseas sales) shares much of it, so exclusions are decided separately: by the
 * excluded role's own cue words against the occupation's core words (src/data/exclusion-cues.json), plus the
 * excluded title itself as a cue for every entry of the catalog. A job title alone never decides.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Catalog, ExcludedTitle, Occupation } from "../catalog/types.js";
import { DATA_DIR } from "../paths.js";
import { normalizeText } from "../text/normalize-text.js";
import { findOccupation } from "../catalog/occupation-lookup.js";
import { cueIn, employerSettingFor } from "../catalog/employer-settings.js";
import { builtCuesFolderOf, readBuiltCues } from "./built-exclusion-cues.js";
import { escapeRegExp } from "../text/escape-regexp.js";

export const EXCLUSION_CUES_PATH = path.join(DATA_DIR, "exclusion-cues.json");

interface Cues {
  readonly en: readonly string[];
  readonly ko: readonly string[];
}

export interface ExclusionCuesData {
  readonly source: string;
  readonly asOf: string;
  readonly occupations: Readonly<
    Record<
      string,
      { readonly core: Cues; readonly excluded: readonly { readonly title: string; readonly cues: Cues }[] }
    >
  >;
}

/** Shares of the duty weight that decide an exclusion. */
export const EXCLUSION_THRESHOLDS = {
  /** Weight of statements that read as the excluded role needed to call the list excluded ... */
  excludedShare: 0.5,
  /** ... while statements that carry the occupation's core work hold less than this. */
  maxCoreShare: 0.3,
  /** When the job title names the excluded role too, duties that agree with it need less weight. */
  excludedShareWithTitle: 0.34,
  maxCoreShareWithTitle: 0.5,
  /** Below an exclusion, statements reading as the role with this share (and more than the core work) leave no match. */
  riskShare: 0.25,
};

/** A duty list that reads as a role the catalog excludes from the code. */
export interface Exclusion {
  /** The code whose catalog entry excludes the role. */
  readonly code: string;
  /** The excluded role as the catalog names it. */
  readonly role: { readonly en: string; readonly ko: string };
  /** The catalog's reason for the exclusion. */
  readonly reason: string;
  /** The scope sentence that rules the role out, when the scope has one. */
  readonly scopeSentence?: string;
  /** The code that fits the role instead; absent when the catalog gives none (the role is not an E-7 occupation). */
  readonly useCode?: string;
  /** Share of the duty weight that reads as the role, and of the weight that carries the occupation's core work. */
  readonly share: number;
  readonly coreShare: number;
  /** Indexes of the statements that read as the role. */
  readonly statements: readonly number[];
  /** Cue words found in those statements. */
  readonly cues: readonly string[];
  /** True when the job title names the excluded role as well. */
  readonly titleAgrees: boolean;
  /** The word that places the work at a kind of employer the code is not open to ("motel"), and that kind, when that decided it. */
  readonly workplace?: { readonly word: string; readonly kind: { readonly en: string; readonly ko: string } };
}

export interface WeightedStatement {
  readonly text: string;
  readonly weight: number;
}

let cached: ExclusionCuesData | undefined;

/** The shipped cue data, read once per process (validated against schemas/exclusion-cues.schema.json by the tests). */
export function loadExclusionCues(): ExclusionCuesData {
  cached ??= JSON.parse(readFileSync(EXCLUSION_CUES_PATH, "utf8")) as ExclusionCuesData;
  return cached;
}

type OccupationCues = ExclusionCuesData["occupations"][string];

let builtFolder: string | false | undefined;

/** One code's cues: from the build's split file when it was made from this data, else from the whole file. */
function cuesFor(code: string): OccupationCues | undefined {
  if (cached === undefined && builtFolder === undefined) builtFolder = builtCuesFolderOf(EXCLUSION_CUES_PATH) ?? false;
  if (cached === undefined && builtFolder) {
    const entry = readBuiltCues<OccupationCues>(builtFolder, code);
    if (entry !== undefined) return entry ?? undefined;
  }
  return loadExclusionCues().occupations[code];
}

const patterns = new Map<string, RegExp>();

/**
 * An English role name right after a verb of telling or handing over, or after "to", "with" or "by", names someone the
 * worker deals with ("tells the nurse", "reports defects to the quality inspector"), not the worker; "as" in between
 * ("works with patients as a nurse") keeps the role the worker's.
 */
const EN_COUNTERPART_BEFORE =
  "(?:told|(?:tell|inform|notif(?:y|ie)|alert|contact|consult|brief|update|to|with|by)(?:s|es|ed|d|ing)?)\\s(?:(?:the|a|an|our|their|its|his|her|each|every|other|any)\\s)?(?:(?!as\\s)[a-z][a-z&.'-]*\\s){0,2}";
/** ... as does one the worker assists, but only where the occupation excludes no assistant role of its own. */
const EN_ASSISTED_BEFORE =
  "(?:assist|support|help)(?:s|ed|ing)?\\s(?:(?:the|a|an|our|their|its|his|her|each|every|other|any)\\s)?(?:(?!as\\s)[a-z][a-z&.'-]*\\s){0,2}";
/** A role name before "duties", "tasks" or "work" names the work itself ("helps with trade clerk duties"). */
const JOB_ITSELF_AFTER = "(?:e?s|'s)?\\s(?:duties|tasks|work|job|role|position|functions|responsibilities)(?![a-z])";
/**
 * A Korean role name before 에게, 께, 한테, 와 or 과 is someone the worker reports to or works with ("수의사에게 알린다"),
 * and one whose work, schedule or training the worker arranges is someone the worker directs ("디자이너의 업무를 배분").
 */
const KO_COUNTERPART_AFTER =
  "\\s?(?:(?:에게|께|한테|와|과)(?![가-힣])|의\\s?(?:업무|작업|일정|성과|근무|평가|교육|채용|배치))";
/** "수의사 진료 보조", "수의사를 돕는다": the worker assists the role, so it is the role's helper, not the role. */
const KO_ASSISTED_AFTER = "(?:의)?(?:\\s?[가-힣]{1,4}?(?:을|를)?)?\\s?(?:보조|돕|도와|지원)";

/**
 * Latin cues match at a word start (so "negotiat" finds "negotiates"); Hangul cues anywhere (particles attach). A role
 * name (`wholeWord`) named as a counterpart does not match; with `assistedIsCounterpart`, neither does one the worker
 * assists.
 */
function patternOf(cue: string, wholeWord: boolean, assistedIsCounterpart = false): RegExp {
  const key = `${wholeWord ? "w" : "p"}${assistedIsCounterpart ? "a" : ""}${cue}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    const latinStart = /^[a-z0-9]/.test(cue);
    const latinEnd = /[a-z0-9]$/.test(cue);
    const hangulEnd = /[가-힣]$/.test(cue);
    const before = [EN_COUNTERPART_BEFORE, ...(assistedIsCounterpart ? [EN_ASSISTED_BEFORE] : [])];
    const after = [KO_COUNTERPART_AFTER, ...(assistedIsCounterpart ? [KO_ASSISTED_AFTER] : [])];
    const counterpartBefore =
      wholeWord && latinStart
        ? `(?:(?<!(?<![a-z0-9])(?:${before.join("|")}))|(?=${escapeRegExp(cue)}${JOB_ITSELF_AFTER}))`
        : "";
    const counterpartAfter = wholeWord && hangulEnd ? `(?!${after.join("|")})` : "";
    pattern = new RegExp(
      `${latinStart ? "(?<![a-z0-9])" : ""}${counterpartBefore}${escapeRegExp(cue)}${wholeWord && latinEnd ? "(?:e?s)?(?![a-z0-9])" : ""}${counterpartAfter}`,
      "u",
    );
    patterns.set(key, pattern);
  }
  return pattern;
}

/** A cue list ready to test: a plain substring search first (cheap), the word-boundary pattern only on a hit. */
interface CueSet {
  readonly cues: readonly Cue[];
  /** Any cue's text anywhere: one test rules out most statements, which hold none of a role's cues. */
  any?: RegExp;
}

/** One cue; its word-boundary pattern is compiled on its first substring hit (most cues never hit). */
interface Cue {
  readonly cue: string;
  readonly lower: string;
  readonly wholeWord: boolean;
  readonly assistedIsCounterpart: boolean;
  pattern?: RegExp;
}

function cueSet(cues: Cues, names: ReadonlySet<string> = new Set(), assistedIsCounterpart = false): CueSet {
  return {
    cues: [...cues.en, ...cues.ko].map((cue) => ({
      cue,
      lower: cue.toLowerCase(),
      wholeWord: names.has(cue),
      assistedIsCounterpart,
    })),
  };
}

/** Cue words found in a text; the excluded title's own names count only as whole words. */
function cuesIn(text: string, set: CueSet): string[] {
  const found: string[] = [];
  if (set.cues.length === 0) return found;
  set.any ??= new RegExp(set.cues.map((entry) => escapeRegExp(entry.lower)).join("|"));
  if (!set.any.test(text)) return found;
  for (const entry of set.cues) {
    if (!text.includes(entry.lower)) continue;
    entry.pattern ??= patternOf(entry.lower, entry.wholeWord, entry.assistedIsCounterpart);
    if (entry.pattern.test(text)) found.push(entry.cue);
  }
  return found;
}

/**
 * The names an excluded title goes by: "Software developer or programmer" -> ["software developer", "software
 * programmer"]. A lone word beside a longer name takes that name's qualifier ("Architectural or civil CAD drafter"
 * -> "architectural cad drafter"), so that a bare adjective or "cook" does not stand for the whole role.
 */
export function titleAlternatives(entry: Pick<ExcludedTitle, "en" | "ko">): string[] {
  const names = [entry.en.toLowerCase(), entry.ko];
  const parts = names.flatMap((name) => {
    const pieces = name
      .replace(/\([^)]*\)/g, " ")
      .split(/\s+or\s+|[/,·]/)
      .map((piece) => piece.replace(/\s+/g, " ").trim())
      .filter((piece) => piece !== "");
    if (pieces.length < 2) return pieces;
    const latin = /[a-z]/.test(name);
    const lastWords = pieces[pieces.length - 1]!.split(" ");
    const head = lastWords.length > 1 ? lastWords[lastWords.length - 1]! : undefined;
    // A name must name a person: a piece without one ("mobile app", "international school", "카지노 보안") takes the
    // last piece's person ("mobile app developer", "카지노 보안 요원"), or is no name of the role at all.
    const person = latin ? isPersonNoun : isKoreanPersonNoun;
    const named = (piece: string): string[] => {
      if (latin ? piece.split(" ").some(person) : person(piece.split(" ").pop()!)) return [piece];
      return head !== undefined && person(head) && !piece.endsWith(head) ? [`${piece} ${head}`] : [];
    };
    return pieces.flatMap((piece, i) => {
      if (piece.includes(" ")) return named(piece);
      // The head noun comes last and serves every piece before it: "회계·인사·총무 사무원" is three kinds of clerk.
      const later = pieces.slice(i + 1).find((next) => next.includes(" "));
      if (later) {
        const qualifier = later.split(" ").slice(1).join(" ");
        return named(piece.endsWith(qualifier) ? piece : `${piece} ${qualifier}`);
      }
      const first = pieces[0]!;
      return named(i > 0 && first.includes(" ") ? `${first.split(" ")[0]} ${piece}` : piece);
    });
  });
  return [...new Set(parts.filter((part) => (/[a-z]/.test(part) ? part.length >= 4 : part.length >= 2)))];
}

/** English words for a person doing a job ("clerk", "developer", "crew"), singular or plural. */
const PERSON_NOUN =
  /^(?:\w+(?:er|or|ist|ian|ant|ent|eer)|analyst|representative|rating|clerk|crew|staff|head|chef|cook|guide|member|foreman|host|mc|pilot|nurse|agent|diplomat|official|helper|mechanic|butcher|welder|expert|architect|professional|personnel)s?$/;

/** Korean words for a person doing a job end in one of these (사무원, 개발자, 강사, 디자이너, 엔지니어, 매니저, 보스). */
const KOREAN_PERSON_END = /(?:원|자|사|가|인|장|관|공|너|러|트|어|터|스|직|생|저|머|부|서|드|인력)$/u;
const KOREAN_NOT_PERSON = /(?:검사|조사|투자|평가|단가|회사|감사|인사|자가|휴가|인가|도장|환자|시험|보안)$/u;

function isKoreanPersonNoun(word: string): boolean {
  return KOREAN_PERSON_END.test(word) && !KOREAN_NOT_PERSON.test(word);
}

function isPersonNoun(word: string): boolean {
  return (
    (PERSON_NOUN.test(word) &&
      !/^(?:water|paper|center|centre|computer|container|corner|order|letter|layer|matter|number|power|user|other|under|sector|error|floor|door|color|colour|interior|exterior|motor|monitor|tractor|reactor|vector|factor|calendar|department|equipment|management|document|content|component|restaurant|plant|client|event|assistant)s?$/.test(
        word,
      )) ||
    word === "assistant" ||
    word === "assistants"
  );
}

/** A clause's leading label ("Export sales: ...") is a name for the duty, not the duty, so it is not read. */
const LEADING_LABEL = /^[^:：.]{1,40}[:：]\s*(?=\S)/u;

function prepared(text: string): string {
  const normal = normalizeText(text).toLowerCase();
  const label = LEADING_LABEL.exec(normal);
  const body = label && label[0].trim().split(/\s+/).length <= 4 ? normal.slice(label[0].length) : normal;
  return ` ${body} `;
}

/** The scope sentence that says what the occupation is not, nearest to the excluded role's words. */
function scopeSentenceFor(occupation: Occupation, words: readonly string[]): string | undefined {
  const sentences = occupation.scopeEn.split(/(?<=\.)\s+/).filter((sentence) => /\bnot\b|\bno\b|n't\b/.test(sentence));
  let best: { sentence: string; hits: number } | undefined;
  for (const sentence of sentences) {
    const lower = sentence.toLowerCase();
    const hits = words.filter((word) => word.length >= 4 && lower.includes(word.slice(0, 6))).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { sentence, hits };
  }
  return best?.sentence;
}

interface PreparedEntry {
  readonly entry: ExcludedTitle;
  readonly alternatives: readonly string[];
  readonly cues: CueSet;
}

const preparedByOccupation = new WeakMap<
  Occupation,
  { readonly core: CueSet; readonly entries: readonly PreparedEntry[] }
>();

/** An occupation's core cues and excluded entries with their cues, built once per code. */
function preparedEntries(
  occupation: Occupation,
  code: string,
): { readonly core: CueSet; readonly entries: readonly PreparedEntry[] } {
  let built = preparedByOccupation.get(occupation);
  if (!built) {
    const data = cuesFor(code);
    // Where the catalog excludes an assistant (nursing assistant, paralegal), assisting a role may be that very job.
    const assistedIsCounterpart = !occupation.excludedTitles.some(
      (entry) => /\b(?:assistant|helper)\b/i.test(entry.en) || /보조|조무/.test(entry.ko),
    );
    const entries = occupation.excludedTitles.map((entry) => {
      const alternatives = titleAlternatives(entry);
      const curated = data?.excluded.find((e) => e.title === entry.en)?.cues;
      const cues: Cues = {
        en: [...alternatives.filter((a) => /[a-z]/.test(a)), ...(curated?.en ?? [])],
        ko: [...alternatives.filter((a) => !/[a-z]/.test(a)), ...(curated?.ko ?? [])],
      };
      return { entry, alternatives, cues: cueSet(cues, new Set(alternatives), assistedIsCounterpart) };
    });
    built = { core: cueSet(data?.core ?? { en: [], ko: [] }), entries };
    preparedByOccupation.set(occupation, built);
  }
  return built;
}

/**
 * The excluded role the statements read as, under the occupation `code`, or undefined. `title` is the job title:
 * it lowers the weight the duties need when it names the same role, and never decides on its own.
 */
export function findExclusion(
  catalog: Catalog,
  code: string,
  statements: readonly WeightedStatement[],
  title?: string,
): Exclusion | undefined {
  return readExclusions(catalog, code, statements, title).exclusion;
}

/**
 * What the statements read as under `code`, from one reading of their cues. `exclusion`: the excluded role they read
 * as (see findExclusion). `risk`, when there is no exclusion: the role that part of the duties reads as, too little
 * of them for an exclusion, when statements reading as it carry at least `riskShare` of the weight and more than the
 * statements carrying the core work; such a list is not a clear match, since a reviewer who reads those clauses sees
 * the excluded job.
 */
export function readExclusions(
  catalog: Catalog,
  code: string,
  statements: readonly WeightedStatement[],
  title?: string,
): { readonly exclusion?: Exclusion; readonly risk?: Exclusion } {
  const occupation = findOccupation(catalog, code);
  if (!occupation || occupation.excludedTitles.length === 0 || statements.length === 0) return {};
  const { core, entries } = preparedEntries(occupation, code);
  const texts = statements.map((statement) => prepared(statement.text));
  const total = statements.reduce((sum, statement) => sum + statement.weight, 0) || 1;
  const coreCounts = texts.map((text) => cuesIn(text, core).length);
  const entryHits = entries.map(({ cues }) => texts.map((text) => cuesIn(text, cues)));
  // A statement carries the core work when it has core words and reads as no excluded role (see readsAsRole).
  const list = texts.length >= 2;
  let coreWeight = 0;
  texts.forEach((_, i) => {
    const strongest = Math.max(0, ...entryHits.map((hits) => hits[i]!.length));
    if (coreCounts[i]! >= 1 && !readsAsRole(strongest, coreCounts[i]!, list)) coreWeight += statements[i]!.weight;
  });
  const coreShare = coreWeight / total;
  const titleText = title === undefined ? "" : prepared(title);
  const atWorkplace = workplaceExclusion(occupation, code, statements, coreShare, titleText);
  if (atWorkplace) return { exclusion: atWorkplace };
  let exclusion: Exclusion | undefined;
  let risk: Exclusion | undefined;
  entries.forEach(({ entry, alternatives }, e) => {
    const hits = entryHits[e]!;
    const reading = hits.flatMap((cues, i) => (readsAsRole(cues.length, coreCounts[i]!, list) ? [i] : []));
    if (reading.length === 0) return;
    const share = reading.reduce((sum, i) => sum + statements[i]!.weight, 0) / total;
    const titleAgrees = titleText.trim() !== "" && alternatives.some((alternative) => titleText.includes(alternative));
    const needed = titleAgrees ? EXCLUSION_THRESHOLDS.excludedShareWithTitle : EXCLUSION_THRESHOLDS.excludedShare;
    const coreLimit = titleAgrees ? EXCLUSION_THRESHOLDS.maxCoreShareWithTitle : EXCLUSION_THRESHOLDS.maxCoreShare;
    const excludes = share >= needed && coreShare < coreLimit;
    const risks = share >= EXCLUSION_THRESHOLDS.riskShare && share > coreShare;
    const stronger = (found: Exclusion | undefined): boolean => !found || found.share < share;
    if (!(excludes && stronger(exclusion)) && !(risks && stronger(risk))) return;
    const cues = [...new Set(reading.flatMap((i) => hits[i]!))];
    const scopeSentence = scopeSentenceFor(occupation, [...cues, ...alternatives.flatMap((a) => a.split(" "))]);
    const found: Exclusion = {
      code,
      role: { en: entry.en, ko: entry.ko },
      reason: entry.reason,
      ...(scopeSentence ? { scopeSentence } : {}),
      ...(entry.useCode ? { useCode: entry.useCode } : {}),
      share: Math.round(share * 10000) / 10000,
      coreShare: Math.round(coreShare * 10000) / 10000,
      statements: reading,
      cues,
      titleAgrees,
    };
    if (excludes && stronger(exclusion)) exclusion = found;
    if (risks && stronger(risk)) risk = found;
  });
  return exclusion ? { exclusion } : risk ? { risk } : {};
}

/**
 * A duty that names a kind of workplace the code is not open to ("check guests in at the motel's front desk" under
 * 3612) places the whole job there, whatever work the duties describe, since the employer is one: the list reads as
 * the excluded role that kind of employer makes it (rules.json occupationEmployerSettings, ruledOut[].excludedTitle).
 */
function workplaceExclusion(
  occupation: Occupation,
  code: string,
  statements: readonly WeightedStatement[],
  coreShare: number,
  titleText: string,
): Exclusion | undefined {
  for (const ruledOut of employerSettingFor(code)?.ruledOut ?? []) {
    const entry = occupation.excludedTitles.find((e) => e.en === ruledOut.excludedTitle);
    if (!entry) continue;
    const named = statements.map((statement) => cueIn([statement.text], ruledOut.cues));
    const cues = [...new Set(named.filter((cue): cue is string => cue !== undefined))];
    if (cues.length === 0) continue;
    const alternatives = titleAlternatives(entry);
    const scopeSentence = scopeSentenceFor(occupation, [...cues, ...alternatives.flatMap((a) => a.split(" "))]);
    return {
      code,
      role: { en: entry.en, ko: entry.ko },
      reason: entry.reason,
      ...(scopeSentence ? { scopeSentence } : {}),
      ...(entry.useCode ? { useCode: entry.useCode } : {}),
      share: 1,
      coreShare: Math.round(coreShare * 10000) / 10000,
      statements: statements.map((_, i) => i),
      cues,
      titleAgrees: titleText.trim() !== "" && alternatives.some((alternative) => titleText.includes(alternative)),
      workplace: { word: cues[0]!, kind: { en: ruledOut.en, ko: ruledOut.ko } },
    };
  }
  return undefined;
}

/**
 * Whether a statement with `roleCues` of an excluded role's words and `coreCues` of the occupation's reads as the
 * role: with more of the role's words, or, within a list, with as many and at least two. A tie in a list only adds
 * to a share that must reach half the list's weight; a lone statement's tie would decide its verdict by itself, so
 * it keeps the benefit of the doubt.
 */
export function readsAsRole(roleCues: number, coreCues: number, inList: boolean): boolean {
  if (roleCues === 0) return false;
  return roleCues > coreCues || (inList && roleCues >= 2 && roleCues === coreCues);
}

/** One sentence saying what the exclusion means for the filing. */
export function exclusionMessage(catalog: Catalog, exclusion: Exclusion): string {
  const label = (code: string): string => {
    const occupation = findOccupation(catalog, code);
    return occupation ? `${code} ${occupation.nameEn}` : code;
  };
  const instead = exclusion.useCode
    ? `if that is the job, it belongs under ${label(exclusion.useCode)}`
    : "the catalog gives no E-7 code for that role, so it is not an E-7 occupation";
  if (exclusion.workplace !== undefined)
    return `The duties place the work at "${exclusion.workplace.word}", ${exclusion.workplace.kind.en}, which ${label(exclusion.code)} is not open to: ${exclusion.reason} A job there cannot be filed under ${exclusion.code}; if the duties name it by mistake, correct them.`;
  return `The duties read as "${exclusion.role.en}" (${exclusion.role.ko}), which the catalog excludes from ${label(exclusion.code)}: ${exclusion.reason} ${
    exclusion.scopeSentence ? `The scope says: "${exclusion.scopeSentence}" ` : ""
  }Rewrite the duties to show the occupation's core work if the job really is ${exclusion.code}; ${instead}.`;
}
