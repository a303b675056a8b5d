/**
 * Builds, once per catalog, the matcher's index: every occupation's scope, tasks, keywords, names and example titles
 * as weighted fields, with term postings for a BM25F-style occupation score and per-field postings for the
 * best-matching single task or scope.
 */
import type { Catalog, Occupation } from "../catalog/types.js";
import { extractTerms } from "./extract-terms.js";
import { positiveText } from "./positive-text.js";
import type { Evidence } from "./types.js";

/** One searchable piece of an occupation entry. */
export interface IndexField {
  readonly occupation: number;
  readonly source: Evidence["source"];
  readonly text: string;
  /** How much this field counts towards the occupation (titles little, keywords much). */
  readonly weight: number;
  /** The field's terms with their summed occurrence weights. */
  readonly terms: ReadonlyMap<string, number>;
}

export interface DutyIndex {
  readonly occupations: readonly Occupation[];
  /** Output code of each occupation (current code, or the id for tracks without one). */
  readonly codes: readonly string[];
  readonly fields: readonly IndexField[];
  /** Fields of occupation o are fields[fieldStart[o]] up to (not including) fields[fieldStart[o + 1]]. */
  readonly fieldStart: Int32Array;
  /** Occupation index of each field. */
  readonly fieldOccupation: Int32Array;
  readonly termIds: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
  /** Postings by term id: occupation indexes and their saturated BM25 term weight (idf not applied). */
  readonly occupationPostings: readonly { readonly occupations: Int32Array; readonly weights: Float64Array }[];
  /** Postings by term id: field indexes and the field's weight for the term (at most 1: one field covers a term once). */
  readonly fieldPostings: readonly { readonly fields: Int32Array; readonly weights: Float64Array }[];
  /** Single English stems of the catalog, for joining words written apart ("web site"). */
  readonly compounds: ReadonlySet<string>;
  /** True for occupations in the managers group (E-7-1 codes 1xxx). */
  readonly managers: readonly boolean[];
  /** Largest idf in the index (a term found in one occupation). */
  readonly maxIdf: number;
}

/** Field weights: what a match in each part of an entry is worth. */
export const FIELD_WEIGHTS: Record<Evidence["source"], number> = { task: 1, scope: 1, keyword: 2, title: 0.8 };

/** BM25 saturation (k1) and length normalisation (b) of the whole-entry score. */
export const BM25_PARAMS = { k1: 1.2, b: 0.5 };

const cache = new WeakMap<Catalog, DutyIndex>();

function catalogFields(occupation: Occupation, index: number): { occupation: number; source: Evidence["source"]; text: string }[] {
  const fields: { occupation: number; source: Evidence["source"]; text: string }[] = [];
  const add = (source: Evidence["source"], text: string): void => {
    if (text.trim()) fields.push({ occupation: index, source, text });
  };
  add("scope", positiveText(occupation.scopeEn));
  add("scope", positiveText(occupation.scopeKo));
  for (const task of occupation.tasks) {
    add("task", positiveText(task.en));
    add("task", positiveText(task.ko));
  }
  for (const keyword of [...occupation.keywords.en, ...occupation.keywords.ko]) add("keyword", keyword);
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

/** Builds the index for a catalog; cached per catalog object, so repeated matching costs nothing extra. */
export function buildIndex(catalog: Catalog): DutyIndex {
  const cached = cache.get(catalog);
  if (cached) return cached;
  const occupations = matchableOccupations(catalog);
  const raw = occupations.flatMap((occupation, index) => catalogFields(occupation, index));

  // First pass: single English stems, so the second pass can join words written apart.
  const compounds = new Set<string>();
  for (const field of raw) for (const hit of extractTerms(field.text)) if (/^[a-z0-9]+$/.test(hit.term)) compounds.add(hit.term);

  const fields: IndexField[] = raw.map((field) => {
    const terms = new Map<string, number>();
    for (const hit of extractTerms(field.text, compounds)) terms.set(hit.term, (terms.get(hit.term) ?? 0) + hit.weight);
    return { ...field, weight: FIELD_WEIGHTS[field.source], terms };
  });

  const termIds = new Map<string, number>();
  const occupationTf: Map<number, number>[] = [];
  const fieldTf: Map<number, number>[] = [];
  const lengths = new Float64Array(occupations.length);
  fields.forEach((field, fieldIndex) => {
    for (const [term, count] of field.terms) {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
        occupationTf.push(new Map());
        fieldTf.push(new Map());
      }
      const byOccupation = occupationTf[id]!;
      byOccupation.set(field.occupation, (byOccupation.get(field.occupation) ?? 0) + count * field.weight);
      fieldTf[id]!.set(fieldIndex, Math.min(1, Math.min(1, count) * field.weight));
      lengths[field.occupation]! += count * field.weight;
    }
  });
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, occupations.length);
  const n = occupations.length;
  const idf = new Float64Array(termIds.size);
  const occupationPostings = occupationTf.map((byOccupation, id) => {
    const df = byOccupation.size;
    idf[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const entries = [...byOccupation];
    return {
      occupations: Int32Array.from(entries.map(([occupation]) => occupation)),
      weights: Float64Array.from(entries.map(([occupation, tf]) => tf / (tf + BM25_PARAMS.k1 * (1 - BM25_PARAMS.b + (BM25_PARAMS.b * lengths[occupation]!) / averageLength)))),
    };
  });
  const fieldPostings = fieldTf.map((byField) => ({
    fields: Int32Array.from(byField.keys()),
    weights: Float64Array.from(byField.values()),
  }));
  const fieldStart = new Int32Array(occupations.length + 1);
  for (const field of fields) fieldStart[field.occupation + 1]!++;
  for (let o = 0; o < occupations.length; o++) fieldStart[o + 1]! += fieldStart[o]!;
  let maxIdf = 0;
  for (const value of idf) maxIdf = Math.max(maxIdf, value);
  const index: DutyIndex = {
    occupations,
    codes: occupations.map((occupation) => occupation.code ?? occupation.id),
    fields,
    fieldStart,
    fieldOccupation: Int32Array.from(fields.map((field) => field.occupation)),
    termIds,
    idf,
    occupationPostings,
    fieldPostings,
    compounds,
    managers: occupations.map((occupation) => occupation.group === "Managers"),
    maxIdf,
  };
  cache.set(catalog, index);
  return index;
}
