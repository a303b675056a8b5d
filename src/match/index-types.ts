/** Types of the matcher's index, apart from the code that builds, stores and reads it, so those import no one another for types. */
import type { Occupation } from "../catalog/types.js";
import type { DutyModel } from "./duty-model.js";
import type { TermIds } from "./term-ids.js";
import type { Evidence } from "./types.js";

/** One searchable piece of an occupation entry. */
export interface IndexField {
  readonly occupation: number;
  readonly source: Evidence["source"];
  readonly text: string;
  /** How much this field counts towards the occupation (titles little, keywords much). */
  readonly weight: number;
}

/**
 * The index's fields by field index. Read-only and indexed by `at`, so a stored index can create a field only when a
 * match shows it as evidence (a few per statement) rather than all of them at start-up; a plain array is one.
 */
export interface IndexFields {
  readonly length: number;
  at(field: number): IndexField | undefined;
}

export interface DutyIndex {
  /** The trained second opinion on a statement's occupation (see duty-model.ts), loaded or trained on first use. */
  readonly dutyModel: () => DutyModel;
  readonly occupations: readonly Occupation[];
  /** Output code of each occupation (current code, or the id for tracks without one). */
  readonly codes: readonly string[];
  readonly fields: IndexFields;
  /** Fields of occupation o are fields fieldStart[o] up to (not including) fieldStart[o + 1]. */
  readonly fieldStart: Int32Array;
  /** Occupation index of each field. */
  readonly fieldOccupation: Int32Array;
  readonly termIds: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
  /** A term's postings (see TermRows); read from the file on first use when the index was stored by the build. */
  readonly termRows: (termId: number) => TermRows;
  /** Single English stems and Korean stems of the catalog, for joining and cutting compounds ("web site", "번역물"). */
  readonly compounds: TermIds;
  /** Rank of each occupation's code in code order (ties in a ranking are listed in this order). */
  readonly codeOrder: Int32Array;
  /** True for occupations in the managers group (E-7-1 codes 1xxx). */
  readonly managers: readonly boolean[];
  /** Largest idf in the index (a term found in one occupation). */
  readonly maxIdf: number;
}

/**
 * What is costly to derive from the catalog, and what the built index file stores: fields, term statistics and the
 * arrays derived from them, so that loading does no work per field or per term beyond decoding.
 */
export interface IndexPostings {
  /** Output code of each occupation the postings were made for (a check that they fit the catalog). */
  readonly codes: readonly string[];
  readonly fields: IndexFields;
  readonly fieldStart: Int32Array;
  readonly fieldOccupation: Int32Array;
  readonly termIds: TermIds;
  readonly compounds: TermIds;
  readonly idf: Float64Array;
  readonly maxIdf: number;
  readonly termRows: (termId: number) => TermRows;
}

/**
 * A term's postings: the occupations whose entries hold it, each with its saturated BM25 term weight (idf not
 * applied), and the fields that hold it (ascending), each with the field's weight for the term (at most 1).
 */
export interface TermRows {
  readonly occupations: Int32Array;
  readonly occupationWeights: Float64Array;
  readonly fields: Int32Array;
  readonly fieldWeights: Float64Array;
}

/** Postings as computed from the catalog: also the whole tables, in compressed rows by term id, which the file stores. */
export interface ComputedPostings extends IndexPostings {
  readonly occupationPostings: {
    readonly start: Int32Array;
    readonly occupations: Int32Array;
    readonly weights: Float64Array;
  };
  readonly fieldPostings: { readonly start: Int32Array; readonly fields: Int32Array; readonly weights: Float64Array };
}
