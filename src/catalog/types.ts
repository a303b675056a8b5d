/** Types of the occupation catalog; they mirror schemas/catalog.schema.json (a test keeps the two in step). */

export type Subtype = "E-7-1" | "E-7-2" | "E-7-3" | "E-7-4" | "E-7-S";

export interface Bilingual {
  readonly en: string;
  readonly ko: string;
}

export interface BilingualList {
  readonly en: readonly string[];
  readonly ko: readonly string[];
}

export interface FormerCode {
  readonly code: string;
  /** Id of the list edition the code belongs to (see Catalog.editions). */
  readonly edition: string;
  readonly note?: string;
}

export interface ExcludedTitle {
  readonly en: string;
  readonly ko: string;
  readonly reason: string;
  /** The reason in Korean (합니다체). */
  readonly reasonKo: string;
  readonly useCode?: string;
}

export interface AdjacentCode {
  readonly code: string;
  /** The question whose answer tells the two occupations apart; it names both codes. */
  readonly question: Bilingual;
}

export interface StricterReview {
  readonly applies: boolean;
  readonly summary: string;
  readonly foreignRatioPercent?: number | null;
  readonly perEmployerCap?: string;
  readonly employerConditions?: readonly string[];
}

export interface Recommendation {
  readonly status: "required" | "optional" | "none" | "conditional";
  readonly by?: string;
  /** The recommending body's official Korean name; present whenever `by` is. */
  readonly byKo?: string;
  readonly note: string;
  /** The note in Korean: on every conditional entry, and on required ones whose note adds to "mandatory". */
  readonly noteKo?: string;
}

export interface Qualification {
  readonly general: boolean;
  readonly experienceOnlyAllowed?: boolean;
  readonly minYearsExperience?: number;
  readonly note: string;
  /** The note in Korean; present on every occupation with its own rule (general false). */
  readonly noteKo?: string;
}

export interface Occupation {
  /** Stable key: the current code, or "E-7-S1"/"E-7-S2" for tracks without a code. */
  readonly id: string;
  readonly code: string | null;
  readonly formerCodes: readonly FormerCode[];
  readonly subtype: Subtype;
  readonly group: string;
  readonly nameKo: string;
  readonly nameEn: string;
  readonly scopeEn: string;
  readonly scopeKo: string;
  readonly tasks: readonly Bilingual[];
  readonly keywords: BilingualList;
  /**
   * Words and short phrases that duty statements of this occupation use, for matching only (never printed): written
   * for every occupation in one pass from knowledge of the work, blind to the dev-set statements. On the shipped
   * catalog it is read from src/data/vocabulary.json on first use and is not enumerable: a copy made by spreading an
   * occupation must name it.
   */
  readonly vocabulary?: BilingualList;
  /**
   * Phrases of the occupation's secondary, everyday duties in its own terms (its records, reports, handovers,
   * counterparts), for matching only: weighed below the main vocabulary, since such duties are shared more widely.
   */
  readonly secondaryVocabulary?: BilingualList;
  readonly exampleTitles: BilingualList;
  readonly excludedTitles: readonly ExcludedTitle[];
  readonly adjacent: readonly AdjacentCode[];
  readonly stricterReview: StricterReview;
  readonly recommendation: Recommendation;
  readonly qualification: Qualification;
  readonly salaryFloorNote?: string;
  /** The wage rule in Korean; present whenever salaryFloorNote is. */
  readonly salaryFloorNoteKo?: string;
  readonly uncertain: readonly string[];
  readonly sources: readonly string[];
}

export interface Edition {
  readonly id: string;
  readonly nameEn: string;
  readonly nameKo: string;
  readonly description: string;
  readonly validFrom?: string;
  readonly validTo?: string;
}

export interface MisusedCode {
  readonly code: string;
  readonly usedFor: string;
  readonly correctCode: string;
  readonly note: string;
}

/** A number printed on the manual's criteria page that differs from its list table, with the list-table code(s) it stands for. */
export interface CriteriaPageCode {
  readonly number: string;
  readonly listCodes: readonly string[];
  readonly note: string;
  readonly source: string;
}

export interface SourceRef {
  readonly title: string;
  /** The citation in Korean (the official Korean title where there is one). */
  readonly titleKo: string;
  readonly url?: string;
  readonly note?: string;
}

export interface CatalogData {
  readonly catalogVersion: string;
  readonly asOf: string;
  readonly currentEdition: string;
  readonly editions: readonly Edition[];
  readonly sources: Readonly<Record<string, SourceRef>>;
  readonly misusedCodes?: readonly MisusedCode[];
  readonly criteriaPageCodes?: readonly CriteriaPageCode[];
  readonly occupations: readonly Occupation[];
}

/** The catalog with its lookup indexes, built once per process. */
export interface Catalog extends CatalogData {
  /** Occupations that have a current code, keyed by it. */
  readonly byCode: ReadonlyMap<string, Occupation>;
  readonly byId: ReadonlyMap<string, Occupation>;
  /** Every (edition, code) pair: "ksco7-list:2742" -> occupation. */
  readonly byEditionCode: ReadonlyMap<string, Occupation>;
}
