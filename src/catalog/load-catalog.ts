/** Reads the shipped occupation catalog and indexes it by code, id and (edition, code). */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../paths.js";
import type { BilingualList, Catalog, CatalogData, Occupation } from "./types.js";

export const CATALOG_PATH = path.join(DATA_DIR, "catalog.json");
/** The matching vocabulary of the shipped catalog, apart from it (see schemas/vocabulary.schema.json). */
export const VOCABULARY_PATH = path.join(DATA_DIR, "vocabulary.json");

interface VocabularyData {
  readonly occupations: Readonly<Record<string, { readonly main: BilingualList; readonly secondary: BilingualList }>>;
}

let cached: Catalog | undefined;

/** Digest of the file bytes each loaded catalog was parsed from (catalogs built from data in memory have none). */
const sourceDigests = new WeakMap<Catalog, string>();

/** Builds the lookup indexes over catalog data (pure; used for the shipped file and for test fixtures). */
export function buildCatalog(data: CatalogData): Catalog {
  const byCode = new Map<string, Occupation>();
  const byId = new Map<string, Occupation>();
  const byEditionCode = new Map<string, Occupation>();
  for (const occupation of data.occupations) {
    byId.set(occupation.id, occupation);
    if (occupation.code !== null) {
      byCode.set(occupation.code, occupation);
      byEditionCode.set(`${data.currentEdition}:${occupation.code}`, occupation);
    }
    for (const former of occupation.formerCodes) byEditionCode.set(`${former.edition}:${former.code}`, occupation);
  }
  return { ...data, byCode, byId, byEditionCode };
}

/**
 * The shipped catalog, read once per process. It is validated against schemas/catalog.schema.json by the
 * test suite rather than at run time, which keeps `match` and `codes` quick to start.
 */
export function loadCatalog(): Catalog {
  if (cached) return cached;
  const bytes = readFileSync(CATALOG_PATH);
  const vocabularyBytes = readFileSync(VOCABULARY_PATH);
  const data = JSON.parse(bytes.toString("utf8")) as CatalogData;
  attachVocabulary(data.occupations, vocabularyBytes);
  cached = buildCatalog(data);
  sourceDigests.set(cached, createHash("sha256").update(bytes).update(vocabularyBytes).digest("hex"));
  return cached;
}

/**
 * Gives each occupation its `vocabulary` and `secondaryVocabulary` from the vocabulary file, parsed on first use: a
 * command that finds the index `npm run build` stored never reads them. The properties are not enumerable, so
 * occupations printed as JSON (`codes show --json`) leave them out.
 */
function attachVocabulary(occupations: readonly Occupation[], bytes: Buffer): void {
  let parsed: VocabularyData | undefined;
  const entry = (id: string) => {
    parsed ??= JSON.parse(bytes.toString("utf8")) as VocabularyData;
    return parsed.occupations[id];
  };
  for (const occupation of occupations) {
    Object.defineProperty(occupation, "vocabulary", { get: () => entry(occupation.id)?.main, enumerable: false });
    Object.defineProperty(occupation, "secondaryVocabulary", {
      get: () => entry(occupation.id)?.secondary,
      enumerable: false,
    });
  }
}

/**
 * The SHA-256 of the catalog and vocabulary files a catalog was loaded from, or undefined for one built from data in
 * memory. It names the catalog cheaply, so the matcher can find the index `npm run build` made for exactly these bytes.
 */
export function catalogSourceDigest(catalog: Catalog): string | undefined {
  return sourceDigests.get(catalog);
}
