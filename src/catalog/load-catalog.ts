/** Reads the shipped occupation catalog and indexes it by code, id and (edition, code). */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, PACKAGE_ROOT } from "../paths.js";
import type { BilingualList, Catalog, CatalogData, Occupation } from "./types.js";

export const CATALOG_PATH = path.join(DATA_DIR, "catalog.json");
/** The matching vocabulary of the shipped catalog, apart from it (see schemas/vocabulary.schema.json). */
export const VOCABULARY_PATH = path.join(DATA_DIR, "vocabulary.json");
/**
 * Written by `npm run build`: the size and modification time of both data files with their digest, so that a command
 * on unchanged files names them without reading the vocabulary or hashing 3 MB (about 15 ms of every cold start).
 */
export const CATALOG_STAMP_PATH = path.join(PACKAGE_ROOT, "dist", "catalog", "source-stamp.json");

interface VocabularyData {
  readonly occupations: Readonly<Record<string, { readonly main: BilingualList; readonly secondary: BilingualList }>>;
}

let cached: Catalog | undefined;

/** Where each loaded catalog was read from; its digest is made on first use (catalogs built in memory have none). */
interface CatalogSource {
  readonly catalogBytes: Buffer;
  readonly vocabularyBytes: () => Buffer;
  digest?: string;
}
const catalogSources = new WeakMap<Catalog, CatalogSource>();

/** A data file's size and modification time: they change whenever the file is written. */
interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

interface CatalogStamp {
  readonly catalog: FileStamp;
  readonly vocabulary: FileStamp;
  readonly digest: string;
}

function fileStamp(file: string): FileStamp {
  const { size, mtimeMs } = statSync(file);
  return { size, mtimeMs };
}

const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs;

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
  cached = readCatalogFiles(CATALOG_PATH, VOCABULARY_PATH, CATALOG_STAMP_PATH);
  return cached;
}

/** A catalog read from a catalog and a vocabulary file; the vocabulary is read only when needed. */
export function readCatalogFiles(catalogPath: string, vocabularyPath: string, stampPath: string): Catalog {
  const catalogBytes = readFileSync(catalogPath);
  let vocabulary: Buffer | undefined;
  const vocabularyBytes = (): Buffer => {
    vocabulary ??= readFileSync(vocabularyPath);
    return vocabulary;
  };
  const data = JSON.parse(catalogBytes.toString("utf8")) as CatalogData;
  attachVocabulary(data.occupations, vocabularyBytes);
  const catalog = buildCatalog(data);
  // The stamp is checked now, against the files as they were when the catalog was read.
  const digest = stampedDigest(stampPath, catalogPath, vocabularyPath);
  catalogSources.set(catalog, { catalogBytes, vocabularyBytes, ...(digest === undefined ? {} : { digest }) });
  return catalog;
}

/** The digest the build stamped, when both files are still as they were then; otherwise undefined. */
function stampedDigest(stampPath: string, catalogPath: string, vocabularyPath: string): string | undefined {
  try {
    const stamp = JSON.parse(readFileSync(stampPath, "utf8")) as CatalogStamp;
    if (typeof stamp.digest !== "string") return undefined;
    if (!sameStamp(stamp.catalog, fileStamp(catalogPath)) || !sameStamp(stamp.vocabulary, fileStamp(vocabularyPath)))
      return undefined;
    return stamp.digest;
  } catch {
    return undefined;
  }
}

/** Build step: stamps the shipped data files with their digest (see CATALOG_STAMP_PATH). */
export function writeCatalogStamp(
  catalogPath = CATALOG_PATH,
  vocabularyPath = VOCABULARY_PATH,
  stampPath = CATALOG_STAMP_PATH,
): CatalogStamp {
  const catalog = fileStamp(catalogPath);
  const vocabulary = fileStamp(vocabularyPath);
  const digest = digestOf(readFileSync(catalogPath), readFileSync(vocabularyPath));
  const stamp: CatalogStamp = { catalog, vocabulary, digest };
  writeFileSync(stampPath, `${JSON.stringify(stamp)}\n`);
  return stamp;
}

/** node:crypto is loaded here only: a command on stamped files never hashes, and loading it costs a cold start. */
const digestOf = (catalogBytes: Buffer, vocabularyBytes: Buffer): string =>
  process
    .getBuiltinModule("node:crypto")
    .createHash("sha256")
    .update(catalogBytes)
    .update(vocabularyBytes)
    .digest("hex");

/**
 * Gives each occupation its `vocabulary` and `secondaryVocabulary` from the vocabulary file, parsed on first use: a
 * command that finds the index `npm run build` stored never reads them. The properties are not enumerable, so
 * occupations printed as JSON (`codes show --json`) leave them out.
 */
function attachVocabulary(occupations: readonly Occupation[], bytes: () => Buffer): void {
  let parsed: VocabularyData | undefined;
  const entry = (id: string) => {
    parsed ??= JSON.parse(bytes().toString("utf8")) as VocabularyData;
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
  const source = catalogSources.get(catalog);
  if (!source) return undefined;
  source.digest ??= digestOf(source.catalogBytes, source.vocabularyBytes());
  return source.digest;
}
