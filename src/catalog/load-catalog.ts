/** Reads the shipped occupation catalog and indexes it by code, id and (edition, code). */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "../paths.js";
import type { Catalog, CatalogData, Occupation } from "./types.js";

export const CATALOG_PATH = path.join(DATA_DIR, "catalog.json");

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
  cached = buildCatalog(JSON.parse(bytes.toString("utf8")) as CatalogData);
  sourceDigests.set(cached, createHash("sha256").update(bytes).digest("hex"));
  return cached;
}

/**
 * The SHA-256 of the catalog file a catalog was loaded from, or undefined for one built from data in memory. It
 * names the catalog cheaply, so the matcher can find the index `npm run build` made for exactly these bytes.
 */
export function catalogSourceDigest(catalog: Catalog): string | undefined {
  return sourceDigests.get(catalog);
}
