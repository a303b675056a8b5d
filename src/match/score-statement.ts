/**
 * Scores one duty statement against every occupation of the index: a BM25F-style score over the whole entry blended
 * with how much of the statement the single best task or scope sentence covers, both normalised by the statement's
 * own information so that scores lie in [0,1] and mean "share of what the statement says that the entry also says".
 */
import { predictOccupations } from "./duty-model.js";
import type { DutyIndex } from "./index-types.js";
import { extractTerms } from "./extract-terms.js";
import { synonymExpansions } from "./synonyms.js";
import { impliedWords, ROLE_FACTORS, roleFactors, senseWords } from "./term-roles.js";

/** A term of the statement with its weight in the statement and its idf in the catalog (0 when unknown). */
export interface QueryTerm {
  readonly term: string;
  readonly id: number;
  readonly weight: number;
  readonly idf: number;
  readonly surfaces: readonly string[];
}

export interface StatementScore {
  /** Score per occupation (index order), in [0,1]. */
  readonly scores: Float64Array;
  readonly terms: readonly QueryTerm[];
  /** Information the statement carries for matching: summed weight x idf of its terms the catalog knows. */
  readonly information: number;
  /** The part of `information` carried by specific terms (not general work vocabulary). */
  readonly specificInformation: number;
}

/** Scoring parameters; exported so the accuracy bench can report them. */
export const SCORING = {
  /** Share of the whole-entry score in the blend; the rest is the best single field. */
  entryShare: 0.9,
  /** idf given to statement terms the catalog never uses: they dilute the score a little. */
  unknownIdf: 0,
  /** A term repeated in a statement counts at most this much. */
  maxTermWeight: 1.6,
  /** Rare terms say more about an occupation than idf alone credits: term mass is weight x idf^idfPower. */
  idfPower: 1,
  /** Extra factor on synonym terms (on top of SYNONYM_WEIGHT); 0 turns synonyms off. */
  synonymShare: 0.5,
  /** Weight of a word the statement implies (a place abroad implies "overseas") relative to a written word. */
  impliedShare: 1,
  /** Manager codes need duties that manage (direct staff, run a department); without such words they count less. */
  managerPrior: 0.8,
  /** Manager codes when the statement directs people or units (a team, its staff, a department): they count more. */
  leadsPeople: 1.2,
  /**
   * A statement that directs (approves, decides, gives orders) may name the field's work in the words of its workers:
   * a manager code then scores at least this share of its best neighbouring worker code.
   */
  inheritShare: 0.8,
  /**
   * Weight of the trained model's opinion (duty-model.ts) against the word scores. It moves the ranking among the
   * occupations the words already point to; scaled to the statement's best word score, it never makes a match of a
   * statement whose words the catalog does not know.
   */
  modelShare: 0.3,
  modelPower: 0.5,
  modelManagerPrior: 0.8,
};

/**
 * Words that show a statement is about managing people or a department. Korean managers' duties name the people
 * they place and hire (인력, 채용, 배치, 직원) more often than a word for "manage", since 관리 is said of any object.
 */
export const MANAGING =
  /\b(?:manag(?:e|es|ed|ing|ement)|direct(?:s|ed|ing)?|supervis\w*|oversee\w*|head(?:s|ed|ing)?|lead(?:s|ing)?|department\w*|division\w*|staff|executive\w*|director\w*|budget\w*)\b|관리자|총괄|지휘|감독|부서|임원|경영|운영|인력|채용|배치|직원|소속|성과 ?관리|목표 배분/iu;

/**
 * Words that show the statement directs people or organisational units, not just an object: "manage the IT team",
 * "appoint the heads of divisions", "set goals for the team". Managing a thing (accounts, a budget, a pipeline) is
 * said of workers too; managing people is what separates a manager from a worker of the same field.
 */
export const LEADS_PEOPLE =
  /\b(?:manag\w*|direct\w*|lead\w*|led|supervis\w*|oversee\w*|oversaw|head\w*|appoint\w*|hir(?:e|es|ed|ing)|chair\w*)\b(?:\W+\w+){0,4}?\W+(?:teams?|staff|crews?|departments?|divisions?|managers|supervisors|heads|employees|members|workforce|personnel|subordinates|newsroom)\b|인력|직원|팀원|부하|부서원|부문장|팀장|영업사원/iu;

/**
 * Acts of a manager on the work of others: approving, deciding, ordering, setting budgets or targets. A manager's
 * statement often names only the field's work ("reviews the site safety reports and orders prevention measures"), in
 * words its own catalog entry does not hold but its workers' entries do.
 */
export const DIRECTS =
  /\b(?:approv\w*|authori[sz]\w*|sign(?:s|ed)? off|appoint\w*|decid\w*|decision\w*|oversee\w*|oversaw|set(?:s|ting)? (?:the |our |its )?(?:annual |yearly |quarterly )?(?:budgets?|targets?|goals?|polic(?:y|ies)|strateg\w*))\b|총괄|지휘|지시|승인|관장|결재|의사 ?결정|결정한|결정하|결정합/iu;

/** Per manager code, the indexes of its neighbouring non-manager codes (the catalog's adjacent list). */
const workersByIndex = new WeakMap<DutyIndex, readonly (readonly number[])[]>();

function workersOf(index: DutyIndex): readonly (readonly number[])[] {
  let workers = workersByIndex.get(index);
  if (!workers) {
    const at = new Map(index.codes.map((code, i) => [code, i]));
    workers = index.occupations.map((occupation, o) =>
      index.managers[o]
        ? occupation.adjacent.flatMap((entry) => {
            const w = at.get(entry.code);
            return w === undefined || index.managers[w] ? [] : [w];
          })
        : [],
    );
    workersByIndex.set(index, workers);
  }
  return workers;
}

/** The frame of a contract's duty clause ("The Employee shall", "The Worker will be responsible for"), not the duty. */
const CONTRACT_FRAME =
  /^\s*(?:the\s+)?(?:employee|worker|staff member|contractor)\s+(?:shall|will|must|is to|agrees? to)\s+(?:be\s+(?:responsible for|in charge of|tasked with)\s+)?/iu;

/** Recent scores per index and text: a command's checks score the same duty texts more than once. */
const recentScores = new WeakMap<DutyIndex, Map<string, StatementScore>>();
const RECENT_LIMIT = 512;

/**
 * Scores a statement; allocation is limited to the statement's own terms (the index and buffers are reused). The
 * result is shared with later calls for the same text and must not be changed.
 */
export function scoreStatement(
  index: DutyIndex,
  text: string,
  buffers: ScoreBuffers = sharedBuffers(index),
): StatementScore {
  // The tuning parameters are part of the key, so a bench that changes them never gets a score made with others.
  const key = `${JSON.stringify(SCORING)}${JSON.stringify(ROLE_FACTORS)}\u0000${text}`;
  let recent = recentScores.get(index);
  if (!recent) {
    recent = new Map();
    recentScores.set(index, recent);
  }
  const known = recent.get(key);
  if (known) return known;
  const score = computeScore(index, text, buffers);
  if (recent.size >= RECENT_LIMIT) recent.clear();
  recent.set(key, score);
  return score;
}

function computeScore(index: DutyIndex, text: string, buffers: ScoreBuffers): StatementScore {
  const byTerm = new Map<
    string,
    { weight: number; surfaces: string[]; general: boolean; synonym: boolean; origin?: string }
  >();
  const duty = text.replace(CONTRACT_FRAME, "");
  const hits = extractTerms(duty, index.compounds);
  for (const hit of hits) {
    const entry = byTerm.get(hit.term);
    if (entry) {
      entry.weight += hit.weight;
      if (!entry.surfaces.includes(hit.surface)) entry.surfaces.push(hit.surface);
    } else byTerm.set(hit.term, { weight: hit.weight, surfaces: [hit.surface], general: hit.general, synonym: false });
  }
  // Synonyms of the statement's words: they can match, but the statement is not held to say them too.
  const synonyms = synonymExpansions();
  for (const hit of hits) {
    if (!hit.whole) continue;
    for (const synonym of synonyms.get(hit.term) ?? []) {
      if (byTerm.has(synonym.term)) continue;
      byTerm.set(synonym.term, {
        weight: synonym.weight * SCORING.synonymShare,
        surfaces: [hit.surface],
        general: true,
        synonym: true,
        origin: hit.term,
      });
    }
  }
  const addedWords: string[] = [];
  // A word read in its domain's sense is matched as the word for that sense, as if the statement had written it.
  for (const word of senseWords(text, byTerm.keys())) {
    addedWords.push(word);
    for (const hit of extractTerms(word)) {
      if (hit.term.startsWith("~") || byTerm.has(hit.term)) continue;
      byTerm.set(hit.term, { weight: hit.weight, surfaces: [word], general: hit.general, synonym: false });
    }
  }
  for (const word of impliedWords(text)) {
    addedWords.push(word);
    for (const hit of extractTerms(word)) {
      if (hit.term.startsWith("~") || byTerm.has(hit.term)) continue;
      byTerm.set(hit.term, {
        weight: hit.weight * SCORING.impliedShare,
        surfaces: [word],
        general: hit.general,
        synonym: false,
      });
    }
  }
  const { entry, field, touched } = buffers;
  entry.fill(0);
  let touchedCount = 0;
  const terms: QueryTerm[] = [];
  let total = 0;
  let information = 0;
  let specificInformation = 0;
  // Roles follow what the statement wrote: a synonym ("buyer" for "client") must not make it a sales statement.
  const roles = roleFactors(
    text,
    [...byTerm].filter(([, entry]) => !entry.synonym).map(([term]) => term),
  );
  for (const [term, { weight: rawWeight, surfaces, general, synonym, origin }] of byTerm) {
    // A synonym plays the role of the statement's word it stands for.
    const role = synonym ? (origin === undefined ? undefined : roles.get(origin)) : roles.get(term);
    const weight = Math.min(rawWeight, SCORING.maxTermWeight) * (role?.mass ?? 1);
    const id = index.termIds.get(term);
    if (id === undefined) {
      if (synonym) continue;
      terms.push({ term, id: -1, weight, idf: 0, surfaces });
      total += weight * SCORING.unknownIdf;
      continue;
    }
    const idf = index.idf[id]!;
    terms.push({ term, id, weight, idf, surfaces });
    const mass = weight * (SCORING.idfPower === 1 ? idf : idf ** SCORING.idfPower);
    if (!synonym) {
      total += mass;
      information += mass;
      if (!general) specificInformation += mass;
    }
    // A generic analysis word counts in what the statement says, but adds less to any one occupation.
    const found = mass * (role?.found ?? 1);
    const off = role?.offCodes;
    const offFound = found * ROLE_FACTORS.offSense;
    const rows = index.termRows(id);
    for (let i = 0; i < rows.occupations.length; i++) {
      const o = rows.occupations[i]!;
      entry[o]! += (off?.has(index.codes[o]!) ? offFound : found) * rows.occupationWeights[i]!;
    }
    for (let i = 0; i < rows.fields.length; i++) {
      const f = rows.fields[i]!;
      if (field[f] === 0) touched[touchedCount++] = f;
      field[f]! += (off?.has(index.codes[index.fieldOccupation[f]!]!) ? offFound : found) * rows.fieldWeights[i]!;
    }
  }
  const scores = new Float64Array(index.occupations.length);
  if (total > 0) {
    const best = buffers.best;
    best.fill(0);
    for (let i = 0; i < touchedCount; i++) {
      const f = touched[i]!;
      const o = index.fieldOccupation[f]!;
      if (field[f]! > best[o]!) best[o] = field[f]!;
    }
    // Directing people or deciding for others favours manager codes; no word of managing at all counts against them.
    const managerFactor =
      LEADS_PEOPLE.test(text) || DIRECTS.test(text)
        ? SCORING.leadsPeople
        : MANAGING.test(text)
          ? 1
          : SCORING.managerPrior;
    for (let o = 0; o < scores.length; o++) {
      const prior = index.managers[o] ? managerFactor : 1;
      scores[o] = Math.min(1, (prior * (SCORING.entryShare * entry[o]! + (1 - SCORING.entryShare) * best[o]!)) / total);
    }
    if (SCORING.inheritShare > 0 && DIRECTS.test(text)) {
      const workers = workersOf(index);
      const own = Float64Array.from(scores);
      for (let o = 0; o < scores.length; o++)
        for (const w of workers[o]!) scores[o] = Math.max(scores[o]!, SCORING.inheritShare * own[w]!);
    }
    // The model reads the words the statement implies or means in its domain's sense, as the word scores do.
    if (SCORING.modelShare > 0)
      blendModel(index, [duty, ...addedWords].join(" "), scores, managerFactor, buffers.probabilities);
  }
  // Only the fields this statement touched need clearing for the next call.
  for (let i = 0; i < touchedCount; i++) field[touched[i]!] = 0;
  return { scores, terms, information, specificInformation };
}

/**
 * Adds the model's opinion to the word scores of the occupations the words found: each gains modelShare x its
 * probability relative to the likeliest one (to modelPower, which softens it), in units of the best word score, with
 * the manager factor the word scores had; the sum is scaled back so an occupation both agree on keeps its word score.
 */
function blendModel(
  index: DutyIndex,
  text: string,
  scores: Float64Array,
  managerFactor: number,
  probabilities: Float64Array,
): void {
  let best = 0;
  for (let o = 0; o < scores.length; o++) if (scores[o]! > best) best = scores[o]!;
  if (best === 0) return;
  predictOccupations(index.dutyModel(), text, probabilities);
  let likeliest = 0;
  for (let o = 0; o < probabilities.length; o++) if (probabilities[o]! > likeliest) likeliest = probabilities[o]!;
  const { modelShare: share, modelPower: power } = SCORING;
  for (let o = 0; o < scores.length; o++) {
    if (scores[o] === 0) continue;
    const opinion =
      (probabilities[o]! / likeliest) ** power *
      (index.managers[o] ? (managerFactor < 1 ? SCORING.modelManagerPrior : managerFactor) : 1);
    scores[o] = (scores[o]! + share * best * opinion) / (1 + share);
  }
}

/** Scratch arrays reused across calls (matching is synchronous, so one set per index is enough). */
export interface ScoreBuffers {
  readonly entry: Float64Array;
  readonly field: Float64Array;
  readonly best: Float64Array;
  /** The model's probability per occupation. */
  readonly probabilities: Float64Array;
  /** Indexes of the fields with a non-zero entry in `field`. */
  readonly touched: Int32Array;
}

const buffersByIndex = new WeakMap<DutyIndex, ScoreBuffers>();

function sharedBuffers(index: DutyIndex): ScoreBuffers {
  let buffers = buffersByIndex.get(index);
  if (!buffers) {
    buffers = {
      entry: new Float64Array(index.occupations.length),
      field: new Float64Array(index.fields.length),
      best: new Float64Array(index.occupations.length),
      probabilities: new Float64Array(index.occupations.length),
      touched: new Int32Array(index.fields.length),
    };
    buffersByIndex.set(index, buffers);
  }
  return buffers;
}
