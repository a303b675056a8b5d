/**
 * Scores one duty statement against every occupation of the index: a BM25F-style score over the whole entry blended
 * with how much of the statement the single best task or scope sentence covers, both normalised by the statement's
 * own information so that scores lie in [0,1] and mean "share of what the statement says that the entry also says".
 */
import { occupationLogits } from "./duty-model.js";
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
  modelShare: 0.5,
  /** The model's probabilities are softened (relative probability to this power): a confident model must not rule. */
  modelPower: 0.5,
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

/** Recent scores per index and text, made with the tuning parameters `tuning` (their JSON). */
const recentScores = new WeakMap<DutyIndex, { tuning: string; scores: Map<string, StatementScore> }>();
const RECENT_LIMIT = 512;

/** The tuning parameters' keys and values when their JSON was last made. */
const tuningSeen: unknown[] = [];
let tuningJson = "";

/**
 * The tuning parameters as JSON. Made again only when a key or value changed: making it on every call took a twentieth
 * of the matcher's time, and a bench may change the parameters between calls.
 */
function tuningKey(): string {
  let at = 0;
  let same = tuningJson !== "";
  for (const table of [SCORING, ROLE_FACTORS] as const) {
    for (const key in table) {
      const value = table[key as keyof typeof table];
      if (same && (tuningSeen[at] !== key || tuningSeen[at + 1] !== value)) same = false;
      tuningSeen[at++] = key;
      tuningSeen[at++] = value;
    }
  }
  if (same && at === tuningSeen.length) return tuningJson;
  tuningSeen.length = at;
  tuningJson = `${JSON.stringify(SCORING)}${JSON.stringify(ROLE_FACTORS)}`;
  return tuningJson;
}

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
  const tuning = tuningKey();
  let recent = recentScores.get(index);
  if (!recent || recent.tuning !== tuning) {
    recent = { tuning, scores: new Map() };
    recentScores.set(index, recent);
  }
  const known = recent.scores.get(text);
  if (known) return known;
  const score = computeScore(index, text, buffers);
  if (recent.scores.size >= RECENT_LIMIT) recent.scores.clear();
  recent.scores.set(text, score);
  return score;
}

/** A term of the statement while it is being read: its summed weight, its surfaces and where it came from. */
interface TermEntry {
  weight: number;
  surfaces: string[];
  general: boolean;
  synonym: boolean;
  origin?: string;
}

/** Per index and off-sense code set, 1 for each occupation whose code is in the set (a Set lookup per posting cost more). */
const offFlagsByIndex = new WeakMap<DutyIndex, WeakMap<ReadonlySet<string>, Uint8Array>>();

function offFlags(index: DutyIndex, codes: ReadonlySet<string>): Uint8Array {
  let bySet = offFlagsByIndex.get(index);
  if (!bySet) {
    bySet = new WeakMap();
    offFlagsByIndex.set(index, bySet);
  }
  let flags = bySet.get(codes);
  if (!flags) {
    flags = new Uint8Array(index.codes.length);
    for (let o = 0; o < flags.length; o++) flags[o] = codes.has(index.codes[o]!) ? 1 : 0;
    bySet.set(codes, flags);
  }
  return flags;
}

/** Scratch copy of the scores for inheriting (matching is synchronous, so one is enough). */
let ownScores = new Float64Array(0);

function computeScore(index: DutyIndex, text: string, buffers: ScoreBuffers): StatementScore {
  // The terms in the order first met, and by term: plain arrays are walked without the entry arrays a Map's iterator
  // makes.
  const byTerm = new Map<string, TermEntry>();
  const termNames: string[] = [];
  const termEntries: TermEntry[] = [];
  const add = (term: string, entry: TermEntry): void => {
    byTerm.set(term, entry);
    termNames.push(term);
    termEntries.push(entry);
  };
  const duty = text.replace(CONTRACT_FRAME, "");
  const hits = extractTerms(duty, index.compounds);
  for (const hit of hits) {
    const entry = byTerm.get(hit.term);
    if (entry) {
      entry.weight += hit.weight;
      if (!entry.surfaces.includes(hit.surface)) entry.surfaces.push(hit.surface);
    } else add(hit.term, { weight: hit.weight, surfaces: [hit.surface], general: hit.general, synonym: false });
  }
  // Synonyms of the statement's words: they can match, but the statement is not held to say them too.
  const synonyms = synonymExpansions();
  for (const hit of hits) {
    if (!hit.whole) continue;
    const list = synonyms.get(hit.term);
    if (list === undefined) continue;
    for (const synonym of list) {
      if (byTerm.has(synonym.term)) continue;
      add(synonym.term, {
        weight: synonym.weight * SCORING.synonymShare,
        surfaces: [hit.surface],
        general: true,
        synonym: true,
        origin: hit.term,
      });
    }
  }
  // Made only when a word is added (a few statements in a hundred): an empty literal that takes strings later changes
  // its map, and the optimised scoring code fell back to the interpreter on every statement that added a word.
  let addedWords: string[] | undefined;
  // A word read in its domain's sense is matched as the word for that sense, as if the statement had written it.
  for (const word of senseWords(text, termNames)) {
    if (addedWords) addedWords.push(word);
    else addedWords = [word];
    for (const hit of extractTerms(word)) {
      if (hit.term.startsWith("~") || byTerm.has(hit.term)) continue;
      add(hit.term, { weight: hit.weight, surfaces: [word], general: hit.general, synonym: false });
    }
  }
  for (const word of impliedWords(text)) {
    if (addedWords) addedWords.push(word);
    else addedWords = [word];
    for (const hit of extractTerms(word)) {
      if (hit.term.startsWith("~") || byTerm.has(hit.term)) continue;
      add(hit.term, {
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
  // The query terms as (term position, id, weight) triples; their objects are made only if evidence is read.
  const queryTerms: number[] = [];
  let total = 0;
  let information = 0;
  let specificInformation = 0;
  // Roles follow what the statement wrote: a synonym ("buyer" for "client") must not make it a sales statement.
  const written: string[] = [];
  for (let t = 0; t < termNames.length; t++) if (!termEntries[t]!.synonym) written.push(termNames[t]!);
  const roles = roleFactors(text, written);
  const fieldOccupation = index.fieldOccupation;
  for (let t = 0; t < termNames.length; t++) {
    const term = termNames[t]!;
    const { weight: rawWeight, general, synonym, origin } = termEntries[t]!;
    // A synonym plays the role of the statement's word it stands for.
    const role = synonym ? (origin === undefined ? undefined : roles.get(origin)) : roles.get(term);
    const weight = Math.min(rawWeight, SCORING.maxTermWeight) * (role?.mass ?? 1);
    const id = index.termIds.get(term);
    if (id === undefined) {
      if (synonym) continue;
      queryTerms.push(t, -1, weight);
      total += weight * SCORING.unknownIdf;
      continue;
    }
    const idf = index.idf[id]!;
    queryTerms.push(t, id, weight);
    const mass = weight * (SCORING.idfPower === 1 ? idf : idf ** SCORING.idfPower);
    if (!synonym) {
      total += mass;
      information += mass;
      if (!general) specificInformation += mass;
    }
    // A generic analysis word counts in what the statement says, but adds less to any one occupation.
    const found = mass * (role?.found ?? 1);
    const off = role?.offCodes;
    const rows = index.termRows(id);
    const occupations = rows.occupations;
    const occupationWeights = rows.occupationWeights;
    const fields = rows.fields;
    const fieldWeights = rows.fieldWeights;
    // Most terms have no off-sense codes: their loops skip the test.
    if (off === undefined) {
      for (let i = 0; i < occupations.length; i++) entry[occupations[i]!]! += found * occupationWeights[i]!;
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i]!;
        if (field[f] === 0) touched[touchedCount++] = f;
        field[f]! += found * fieldWeights[i]!;
      }
    } else {
      const offFound = found * ROLE_FACTORS.offSense;
      const isOff = offFlags(index, off);
      for (let i = 0; i < occupations.length; i++) {
        const o = occupations[i]!;
        entry[o]! += (isOff[o] ? offFound : found) * occupationWeights[i]!;
      }
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i]!;
        if (field[f] === 0) touched[touchedCount++] = f;
        field[f]! += (isOff[fieldOccupation[f]!] ? offFound : found) * fieldWeights[i]!;
      }
    }
  }
  const scores = new Float64Array(index.occupations.length);
  if (total > 0) {
    const best = buffers.best;
    best.fill(0);
    // Each touched field is read once more, for its occupation's best, and cleared for the next call on the way.
    for (let i = 0; i < touchedCount; i++) {
      const f = touched[i]!;
      const value = field[f]!;
      field[f] = 0;
      const o = fieldOccupation[f]!;
      if (value > best[o]!) best[o] = value;
    }
    touchedCount = 0;
    // Directing people or deciding for others favours manager codes; no word of managing at all counts against them.
    const directs = DIRECTS.test(text);
    const managerFactor =
      directs || LEADS_PEOPLE.test(text) ? SCORING.leadsPeople : MANAGING.test(text) ? 1 : SCORING.managerPrior;
    for (let o = 0; o < scores.length; o++) {
      const prior = index.managers[o] ? managerFactor : 1;
      scores[o] = Math.min(1, (prior * (SCORING.entryShare * entry[o]! + (1 - SCORING.entryShare) * best[o]!)) / total);
    }
    if (SCORING.inheritShare > 0 && directs) {
      const workers = workersOf(index);
      if (ownScores.length !== scores.length) ownScores = new Float64Array(scores.length);
      const own = ownScores;
      own.set(scores);
      for (let o = 0; o < scores.length; o++)
        for (const w of workers[o]!) scores[o] = Math.max(scores[o]!, SCORING.inheritShare * own[w]!);
    }
    // The model reads the words the statement implies or means in its domain's sense, and its words' role masses, as
    // the word scores do.
    if (SCORING.modelShare > 0)
      blendModel(
        index,
        addedWords === undefined ? duty : `${duty} ${addedWords.join(" ")}`,
        scores,
        managerFactor,
        buffers.logits,
        wordMasses(termNames, termEntries, roles),
      );
  }
  // Only the fields this statement touched need clearing for the next call (done above when it scored anything).
  for (let i = 0; i < touchedCount; i++) field[touched[i]!] = 0;
  return new ComputedScore(scores, information, specificInformation, index.idf, termNames, termEntries, queryTerms);
}

/**
 * A statement's score whose query terms become objects when first read: only evidence reads them, and the line that
 * made some twenty of them per statement held an eighth of computeScore's samples in CPU profiles.
 */
class ComputedScore implements StatementScore {
  readonly scores: Float64Array;
  readonly information: number;
  readonly specificInformation: number;
  #terms: readonly QueryTerm[] | undefined;
  readonly #idf: Float64Array;
  readonly #names: readonly string[];
  readonly #entries: readonly TermEntry[];
  readonly #queryTerms: readonly number[];

  constructor(
    scores: Float64Array,
    information: number,
    specificInformation: number,
    idf: Float64Array,
    names: readonly string[],
    entries: readonly TermEntry[],
    queryTerms: readonly number[],
  ) {
    this.scores = scores;
    this.information = information;
    this.specificInformation = specificInformation;
    this.#idf = idf;
    this.#names = names;
    this.#entries = entries;
    this.#queryTerms = queryTerms;
  }

  get terms(): readonly QueryTerm[] {
    if (this.#terms === undefined) {
      const terms: QueryTerm[] = [];
      const triples = this.#queryTerms;
      for (let i = 0; i < triples.length; i += 3) {
        const t = triples[i]!;
        const id = triples[i + 1]!;
        const idf = id < 0 ? 0 : this.#idf[id]!;
        terms.push({ term: this.#names[t]!, id, weight: triples[i + 2]!, idf, surfaces: this.#entries[t]!.surfaces });
      }
      this.#terms = terms;
    }
    return this.#terms;
  }
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
  logits: Float64Array,
  wordWeights: ReadonlyMap<string, number>,
): void {
  let best = 0;
  for (let o = 0; o < scores.length; o++) if (scores[o]! > best) best = scores[o]!;
  if (best === 0) return;
  occupationLogits(index.dutyModel(), text, logits, wordWeights);
  let top = Number.NEGATIVE_INFINITY;
  for (let o = 0; o < logits.length; o++) if (logits[o]! > top) top = logits[o]!;
  const { modelShare: share, modelPower: power } = SCORING;
  for (let o = 0; o < scores.length; o++) {
    if (scores[o] === 0) continue;
    // (p / pmax)^power, from the logits: the softmax's normalisation cancels out.
    const opinion = Math.exp(power * (logits[o]! - top)) * (index.managers[o] ? managerFactor : 1);
    // A leading manager's factor (above 1) could lift the sum past 1; scores stay shares.
    scores[o] = Math.min(1, (scores[o]! + share * best * opinion) / (1 + share));
  }
}

/**
 * The role factor of each word the statement wrote, for the model: a function word ("영업", "sells") counts more, and a
 * domain word under a function ("보안" in "보안 솔루션 영업") and a generic analysis word ("requirements") less, as in
 * the word scores; without it the model, trained on phrases where a domain word is rarer than a function word, let the
 * domain decide, and analysis words pulled engineers' statements to the systems analyst.
 */
function wordMasses(
  names: readonly string[],
  entries: readonly TermEntry[],
  roles: ReadonlyMap<string, { readonly mass: number; readonly found: number }>,
): Map<string, number> {
  const masses = new Map<string, number>();
  for (let t = 0; t < names.length; t++) {
    const role = roles.get(names[t]!);
    const factor = role === undefined ? 1 : role.mass * role.found;
    if (factor === 1 || entries[t]!.synonym) continue;
    for (const surface of entries[t]!.surfaces) if (!surface.includes(" ")) masses.set(surface.toLowerCase(), factor);
  }
  return masses;
}

/** Scratch arrays reused across calls (matching is synchronous, so one set per index is enough). */
export interface ScoreBuffers {
  readonly entry: Float64Array;
  readonly field: Float64Array;
  readonly best: Float64Array;
  /** The model's logit per occupation. */
  readonly logits: Float64Array;
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
      logits: new Float64Array(index.occupations.length),
      touched: new Int32Array(index.fields.length),
    };
    buffersByIndex.set(index, buffers);
  }
  return buffers;
}
