import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  builtTitleTerms,
  computeTitleTerms,
  readTitleTermsTable,
  TITLE_TERMS_FILE,
  titleTermsTable,
} from "../../src/catalog/built-title-terms.js";
import { buildCatalog, CATALOG_PATH, loadCatalog } from "../../src/catalog/load-catalog.js";
import { searchOccupations, setTitleTermsFile } from "../../src/catalog/search-occupations.js";
import type { CatalogData } from "../../src/catalog/types.js";

const freshCatalog = () => buildCatalog(JSON.parse(readFileSync(CATALOG_PATH, "utf8")) as CatalogData);
const dir = mkdtempSync(path.join(tmpdir(), "e7-title-terms-"));
afterAll(() => {
  setTitleTermsFile(TITLE_TERMS_FILE);
  rmSync(dir, { recursive: true, force: true });
});

describe("built title terms (dist/catalog/title-terms.json)", () => {
  it("should equal what the runtime computes from the shipped catalog (run `npm run build` after a change)", () => {
    const built = readTitleTermsTable();
    expect(built, "the build wrote no usable title-terms file").toBeDefined();
    expect(built).toEqual(titleTermsTable(loadCatalog().occupations));
  });

  it("should decode every occupation's entry to the computed terms", () => {
    const table = readTitleTermsTable();
    for (const occupation of loadCatalog().occupations) {
      expect(table && builtTitleTerms(table, occupation), occupation.id).toEqual(computeTitleTerms(occupation));
    }
  });

  it("should not use an entry made from other titles, and search the edited title instead", () => {
    const catalog = freshCatalog();
    const table = readTitleTermsTable();
    const occupation = catalog.occupations.find((entry) => entry.code !== null)!;
    const edited = { ...occupation, exampleTitles: { ...occupation.exampleTitles, en: ["Zyxwv Quorble Engineer"] } };
    expect(table && builtTitleTerms(table, edited)).toBeUndefined();
    const withEdit = buildCatalog({
      ...catalog,
      occupations: catalog.occupations.map((entry) => (entry === occupation ? edited : entry)),
    });
    setTitleTermsFile(TITLE_TERMS_FILE);
    const found = searchOccupations(withEdit, "Zyxwv Quorble Engineer");
    expect(found.candidates[0]?.occupation.id).toBe(occupation.id);
    expect(found.candidates[0]?.score).toBe(1);
  });

  it("should ignore a file made by another tokeniser or a damaged file", () => {
    const table = readTitleTermsTable()!;
    const stale = path.join(dir, "stale.json");
    writeFileSync(stale, JSON.stringify({ ...table, probe: ["other"] }));
    expect(readTitleTermsTable(stale)).toBeUndefined();
    const damaged = path.join(dir, "damaged.json");
    writeFileSync(damaged, "{");
    expect(readTitleTermsTable(damaged)).toBeUndefined();
    expect(readTitleTermsTable(path.join(dir, "missing.json"))).toBeUndefined();
  });

  it("should find the same candidates with the built table as without it", () => {
    const queries = [
      "Web Developer",
      "웹 개발자",
      "CAD drafter",
      "marketing",
      "게임 클라이언트 프로그래머",
      "interpreter",
    ];
    setTitleTermsFile(TITLE_TERMS_FILE);
    const built = freshCatalog();
    const withTable = queries.map((query) => searchOccupations(built, query, 8));
    setTitleTermsFile(undefined);
    const computed = freshCatalog();
    const withoutTable = queries.map((query) => searchOccupations(computed, query, 8));
    const summary = (results: typeof withTable) =>
      results.map((result) => ({
        ambiguous: result.titleIsAmbiguous,
        questions: result.questions,
        candidates: result.candidates.map((c) => [c.occupation.id, c.score, c.matchedOn]),
      }));
    expect(summary(withTable)).toEqual(summary(withoutTable));
    expect(withTable.every((result) => result.candidates.length > 0)).toBe(true);
  });
});
