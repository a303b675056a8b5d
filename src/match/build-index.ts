/**
 * Builds, once per catalog, the matcher's index: every occupation's scope, tasks, keywords, names and example titles
 * as weighted fields, with term postings for a BM25F-style occupation score and per-field postings for the
 * best-matching single task or scope.
 */
import { catalogSourceDigest } from "../catalog/load-catalog.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import { analyzeWords } from "../text/tokenize.js";
import { builtPostingsStore } from "./built-postings.js";
import { extractTerms, TERM_WEIGHTS } from "./extract-terms.js";
import { type DutyModel, MODEL_PARAMS, textFeatures, trainDutyModel, trainingExamples } from "./duty-model.js";
import { positiveText } from "./positive-text.js";
import { TermIds } from "./term-ids.js";
import type { ComputedPostings, DutyIndex, IndexField, IndexPostings, TermRows } from "./index-types.js";
import type { Evidence } from "./types.js";
import { codeOf } from "../catalog/occupation-lookup.js";

/** Field weights: what a match in each part of an entry is worth. */
export const FIELD_WEIGHTS: Record<Evidence["source"], number> = { task: 1, scope: 1, keyword: 2, title: 0.8 };

/** Weight of a matching-vocabulary term (a keyword-like field, evidence source "keyword"). */
export const VOCABULARY_WEIGHT = 1;

/** Weight of a secondary-duty phrase: such duties (records, handovers, reports) are shared by more occupations. */
export const SECONDARY_VOCABULARY_WEIGHT = 0.8;

/** BM25 saturation (k1) and length normalisation (b) of the whole-entry score. */
export const BM25_PARAMS = { k1: 1.2, b: 0.4 };

const cache = new WeakMap<Catalog, DutyIndex>();

/** The searchable fields of an entry; `withVocabulary` false leaves out its matching vocabulary (a cheap probe). */
function catalogFields(occupation: Occupation, index: number, withVocabulary = true): IndexField[] {
  const fields: IndexField[] = [];
  const add = (source: Evidence["source"], text: string): void => {
    if (text.trim()) fields.push({ occupation: index, source, text, weight: FIELD_WEIGHTS[source] });
  };
  add("scope", positiveText(occupation.scopeEn));
  add("scope", positiveText(occupation.scopeKo));
  for (const task of occupation.tasks) {
    add("task", positiveText(task.en));
    add("task", positiveText(task.ko));
  }
  for (const keyword of [...occupation.keywords.en, ...occupation.keywords.ko]) add("keyword", keyword);
  if (withVocabulary) {
    const { vocabulary, secondaryVocabulary } = occupation;
    for (const term of [...(vocabulary?.en ?? []), ...(vocabulary?.ko ?? [])])
      if (term.trim()) fields.push({ occupation: index, source: "keyword", text: term, weight: VOCABULARY_WEIGHT });
    for (const phrase of [...(secondaryVocabulary?.en ?? []), ...(secondaryVocabulary?.ko ?? [])])
      if (phrase.trim())
        fields.push({ occupation: index, source: "keyword", text: phrase, weight: SECONDARY_VOCABULARY_WEIGHT });
  }
  add("title", occupation.nameEn);
  add("title", occupation.nameKo);
  for (const title of [...occupation.exampleTitles.en, ...occupation.exampleTitles.ko]) add("title", title);
  return fields;
}

/**
 * The occupations a duty can be matched to: every entry with a current code. The E-7-S tracks (high income,
 * high-tech fields) are conditions on pay or field, not duties, so no duty statement can point to them.
 */
function matchableOccupations(catalog: Catalog): Occupation[] {
  return catalog.occupations.filter((occupation) => occupation.code !== null);
}

const HANGUL = /[\uac00-\ud7a3]/u;

/**
 * 1 for a Korean term (a word or syllable pair), 0 for any other: each script of an entry has its own length, since a
 * statement in one language meets only the text of the entry in that language.
 */
const scriptOf = (term: string): number => (HANGUL.test(term) ? 1 : 0);

/** Tokenises every field and builds the postings (the costly part of building an index). */
function computePostings(codes: readonly string[], fields: readonly IndexField[]): ComputedPostings {
  const occupationCount = codes.length;
  // First pass: single English stems, so the second pass can join words written apart.
  const compounds = new Set<string>();
  for (const field of fields)
    for (const token of analyzeWords(field.text))
      if (token.stop) continue;
      else if (token.script === "latin") {
        if (/^[a-z0-9]+$/.test(token.stem)) compounds.add(token.stem);
      } else if (token.stem.length >= 2) compounds.add(token.stem);

  // Second pass: each field's (term, count) pairs in flat lists, then postings in compressed rows. Flat typed
  // arrays instead of a list or map per term keep start-up fast (tens of thousands of terms).
  const termIds = new Map<string, number>();
  const pairTerm: number[] = [];
  const pairCount: number[] = [];
  const pairField: number[] = [];
  const termFieldCount: number[] = [];
  // Entry lengths per script (index occupation * 2 + script), so that a long English text does not discount the
  // Korean terms of the same entry, nor the reverse.
  const lengths = new Float64Array(occupationCount * 2);
  const counts = new Map<string, number>();
  fields.forEach((field, fieldIndex) => {
    counts.clear();
    for (const hit of extractTerms(field.text, compounds))
      counts.set(hit.term, (counts.get(hit.term) ?? 0) + hit.weight);
    for (const [term, count] of counts) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        termFieldCount.push(0);
      }
      pairTerm.push(id);
      pairCount.push(count);
      pairField.push(fieldIndex);
      termFieldCount[id]!++;
      lengths[field.occupation * 2 + scriptOf(term)]! += count * field.weight;
    }
  });
  const termCount = termIds.size;
  const termScript = Int8Array.from(termIds.keys(), scriptOf);
  const fieldRowStart = new Int32Array(termCount + 1);
  for (let id = 0; id < termCount; id++) fieldRowStart[id + 1] = fieldRowStart[id]! + termFieldCount[id]!;
  const postedFields = new Int32Array(pairTerm.length);
  const postedCounts = new Float64Array(pairTerm.length);
  const fill = fieldRowStart.slice(0, termCount);
  // Pairs come in field order, so each row lists its fields in ascending order (one occupation's fields adjacent).
  for (let i = 0; i < pairTerm.length; i++) {
    const at = fill[pairTerm[i]!]!++;
    postedFields[at] = pairField[i]!;
    postedCounts[at] = pairCount[i]!;
  }
  const fieldWeights = new Float64Array(pairTerm.length);
  const occupationRowStart = new Int32Array(termCount + 1);
  const postedOccupations: number[] = [];
  const occupationTf: number[] = [];
  for (let id = 0; id < termCount; id++) {
    let previous = -1;
    for (let at = fieldRowStart[id]!; at < fieldRowStart[id + 1]!; at++) {
      const field = fields[postedFields[at]!]!;
      const tf = postedCounts[at]! * field.weight;
      if (field.occupation === previous) occupationTf[occupationTf.length - 1]! += tf;
      else {
        postedOccupations.push(field.occupation);
        occupationTf.push(tf);
        previous = field.occupation;
      }
      fieldWeights[at] = Math.min(1, Math.min(1, postedCounts[at]!) * field.weight);
    }
    occupationRowStart[id + 1] = postedOccupations.length;
  }
  const averageLength = [0, 0];
  for (let i = 0; i < lengths.length; i++) averageLength[i % 2]! += lengths[i]! / Math.max(1, occupationCount);
  const n = occupationCount;
  const idf = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) {
    const df = occupationRowStart[id + 1]! - occupationRowStart[id]!;
    idf[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }
  const postedScript = new Int8Array(postedOccupations.length);
  for (let id = 0; id < termCount; id++)
    postedScript.fill(termScript[id]!, occupationRowStart[id]!, occupationRowStart[id + 1]!);
  const occupationWeights = Float64Array.from(occupationTf, (tf, i) => {
    const script = postedScript[i]!;
    const length = lengths[postedOccupations[i]! * 2 + script]!;
    return tf / (tf + BM25_PARAMS.k1 * (1 - BM25_PARAMS.b + (BM25_PARAMS.b * length) / averageLength[script]!));
  });
  const occupationPostings = {
    start: occupationRowStart,
    occupations: Int32Array.from(postedOccupations),
    weights: occupationWeights,
  };
  const fieldPostings = { start: fieldRowStart, fields: postedFields, weights: fieldWeights };
  const fieldStart = new Int32Array(occupationCount + 1);
  for (const field of fields) fieldStart[field.occupation + 1]!++;
  for (let o = 0; o < occupationCount; o++) fieldStart[o + 1]! += fieldStart[o]!;
  let maxIdf = 0;
  for (const value of idf) maxIdf = Math.max(maxIdf, value);
  return {
    codes,
    fields,
    fieldStart,
    fieldOccupation: Int32Array.from(fields, (field) => field.occupation),
    termIds: TermIds.of([...termIds.keys()]),
    compounds: TermIds.of([...compounds]),
    idf,
    maxIdf,
    occupationPostings,
    fieldPostings,
    termRows: rowsInMemory(occupationPostings, fieldPostings),
  };
}

/** A term's rows as views into the whole tables, each made once. */
function rowsInMemory(
  byOccupation: ComputedPostings["occupationPostings"],
  byField: ComputedPostings["fieldPostings"],
): (termId: number) => TermRows {
  const made: (TermRows | undefined)[] = [];
  return (termId) => {
    let rows = made[termId];
    if (!rows) {
      const [o0, o1] = [byOccupation.start[termId]!, byOccupation.start[termId + 1]!];
      const [f0, f1] = [byField.start[termId]!, byField.start[termId + 1]!];
      rows = {
        occupations: byOccupation.occupations.subarray(o0, o1),
        occupationWeights: byOccupation.weights.subarray(o0, o1),
        fields: byField.fields.subarray(f0, f1),
        fieldWeights: byField.weights.subarray(f0, f1),
      };
      made[termId] = rows;
    }
    return rows;
  };
}

/**
 * Where built postings are kept between processes: by default the file `npm run build` writes beside the compiled
 * code (read-only; a catalog edited since the build simply misses it and is indexed in memory).
 */
let postingsStore:
  | {
      readonly load: (key: string) => IndexPostings | undefined;
      readonly save: (key: string, postings: ComputedPostings) => void;
      /** A store may also hold the duty model (see duty-model.ts); without these it is trained in memory. */
      readonly loadModel?: (key: string, classes: number) => DutyModel | undefined;
      readonly saveModel?: (key: string, model: DutyModel) => void;
    }
  | undefined = builtPostingsStore;

/** Replaces the postings store (the build step passes a writer; tests may pass none). */
export function setPostingsStore(store: typeof postingsStore): void {
  postingsStore = store;
}

/** Version of the index layout and scoring parameters baked into postings; part of every store key. */
const POSTINGS_VERSION = 6;

/** A text that exercises the tokeniser, so that a change to tokenising also changes the store key. */
const TOKENIZER_PROBE =
  "Designers analysed the web site's organisation, engineering a conference; 웹사이트를 개발하고 운영한다 UI디자인 업무; accounting securities production; IT 운영; 항만 SLA를; checks welds during every shift";
/** A scope with contrasts, so that a change to what positiveText keeps also changes the store key. */
const POSITIVE_TEXT_PROBE =
  "Builds web platforms, not installable application software (2223); 설계(2351)와 달리 도면을 작성한다. Production work (other than repair) is";

/** FNV-1a over the UTF-16 code units, twice with different seeds: a cache key, not a security boundary. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  let second = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    second = Math.imul(second ^ text.charCodeAt(i), 0x811c9dc5) >>> 0;
  }
  return `${hash.toString(16)}${second.toString(16)}-${text.length}`;
}

const fieldKey = (fields: readonly IndexField[]): unknown[] =>
  fields.map((field) => [field.occupation, field.source, field.weight, field.text]);

/**
 * The store key of a catalog's index: the layout version, the parameters, probes of the tokeniser and positiveText,
 * and the catalog. A catalog loaded from the shipped files is named by their digest plus the fields of its first
 * entry without its vocabulary (so that a change to which texts an index holds changes the key too, while the
 * vocabulary file is not parsed), which costs almost nothing; one built
 * from data in memory (test fixtures) by all its fields, which must be derived first.
 */
function storeKey(catalog: Catalog, occupations: readonly Occupation[], fields: () => readonly IndexField[]): string {
  const probe = extractTerms(TOKENIZER_PROBE).map((hit) => `${hit.term}:${hit.weight}`);
  const digest = catalogSourceDigest(catalog);
  const first = occupations[0];
  const content =
    digest === undefined ? fieldKey(fields()) : [digest, first ? fieldKey(catalogFields(first, 0, false)) : []];
  return hashText(
    JSON.stringify([
      POSTINGS_VERSION,
      BM25_PARAMS,
      FIELD_WEIGHTS,
      VOCABULARY_WEIGHT,
      SECONDARY_VOCABULARY_WEIGHT,
      TERM_WEIGHTS,
      probe,
      positiveText(POSITIVE_TEXT_PROBE),
      content,
    ]),
  );
}

/** A text that exercises the model's features, so that a change to them also changes the model's key. */
const MODEL_FEATURE_PROBE = "Designs web sites for clients; 웹사이트를 설계하고 운영한다";

/** The store key of an index's duty model: the index's key, the training parameters and a probe of the features. */
function modelKey(indexKey: string): string {
  const probe = textFeatures(MODEL_FEATURE_PROBE);
  return hashText(JSON.stringify([indexKey, MODEL_PARAMS, [...probe.buckets], [...probe.values]]));
}

/** Every field of postings, for training (a stored index makes each on reading). */
function fieldList(postings: IndexPostings): IndexField[] {
  return Array.from({ length: postings.fields.length }, (_, f) => postings.fields.at(f)!);
}

/** True when stored postings were made for these occupations (a damaged or foreign file is not used). */
function fits(postings: IndexPostings, codes: readonly string[]): boolean {
  return (
    postings.codes.length === codes.length &&
    postings.codes.every((code, i) => code === codes[i]) &&
    postings.fieldStart.length === codes.length + 1 &&
    postings.termIds.size === postings.idf.length
  );
}

function codeOrderOf(codes: readonly string[]): Int32Array {
  const sorted = codes.map((code, i) => ({ code, i })).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const order = new Int32Array(codes.length);
  for (const [rank, entry] of sorted.entries()) order[entry.i] = rank;
  return order;
}

/** Builds the index for a catalog; cached per catalog object, so repeated matching costs nothing extra. */
export function buildIndex(catalog: Catalog): DutyIndex {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const occupations = matchableOccupations(catalog);
  const codes = occupations.map((occupation) => codeOf(occupation));
  let derived: IndexField[] | undefined;
  // Deriving the fields runs positiveText over every scope and task: done only when no stored index fits.
  const deriveFields = (): IndexField[] =>
    (derived ??= occupations.flatMap((occupation, index) => catalogFields(occupation, index)));
  const key = postingsStore ? storeKey(catalog, occupations, deriveFields) : "";
  let postings = postingsStore?.load(key);
  if (!postings || !fits(postings, codes)) {
    const computed = computePostings(codes, deriveFields());
    postingsStore?.save(key, computed);
    postings = computed;
  }
  let model: DutyModel | undefined;
  // Loaded or trained on first use: training reads every field and takes seconds, so only a catalog without a
  // built model (one edited or built in memory) pays it, once per process.
  const dutyModel = (): DutyModel => {
    if (model) return model;
    const storeKey = postingsStore ? modelKey(key) : "";
    model = postingsStore?.loadModel?.(storeKey, codes.length);
    if (!model) {
      model = trainDutyModel(trainingExamples(fieldList(postings)), codes.length);
      postingsStore?.saveModel?.(storeKey, model);
    }
    return model;
  };
  const index: DutyIndex = {
    dutyModel,
    occupations,
    codes,
    fields: postings.fields,
    fieldStart: postings.fieldStart,
    fieldOccupation: postings.fieldOccupation,
    termIds: postings.termIds,
    idf: postings.idf,
    termRows: postings.termRows,
    compounds: postings.compounds,
    codeOrder: codeOrderOf(codes),
    managers: occupations.map((occupation) => occupation.group === "Managers"),
    maxIdf: postings.maxIdf,
  };
  cache.set(catalog, index);
  return index;
}
