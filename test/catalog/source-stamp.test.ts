import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  CATALOG_PATH,
  VOCABULARY_PATH,
  catalogSourceDigest,
  readCatalogFiles,
  writeCatalogStamp,
} from "../../src/catalog/load-catalog.js";

let dir: string;
let catalogPath: string;
let vocabularyPath: string;
let stampPath: string;

const trueDigest = (): string =>
  createHash("sha256").update(readFileSync(catalogPath)).update(readFileSync(vocabularyPath)).digest("hex");

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "e7-stamp-"));
  catalogPath = path.join(dir, "catalog.json");
  vocabularyPath = path.join(dir, "vocabulary.json");
  stampPath = path.join(dir, "source-stamp.json");
  copyFileSync(CATALOG_PATH, catalogPath);
  copyFileSync(VOCABULARY_PATH, vocabularyPath);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the catalog's source digest", () => {
  it("is the SHA-256 of both files when there is no stamp", () => {
    const catalog = readCatalogFiles(catalogPath, vocabularyPath, stampPath);
    expect(catalogSourceDigest(catalog)).toBe(trueDigest());
  });

  it("is the build's stamp, the same digest, when the files are unchanged", () => {
    const stamp = writeCatalogStamp(catalogPath, vocabularyPath, stampPath);
    expect(stamp.digest).toBe(trueDigest());
    expect(catalogSourceDigest(readCatalogFiles(catalogPath, vocabularyPath, stampPath))).toBe(trueDigest());
  });

  it("takes the stamp's digest without hashing while size and modification time agree", () => {
    // A stamp naming another digest shows which path was taken: the files are not read for hashing.
    const stamp = writeCatalogStamp(catalogPath, vocabularyPath, stampPath);
    writeFileSync(stampPath, JSON.stringify({ ...stamp, digest: "stamped" }));
    expect(catalogSourceDigest(readCatalogFiles(catalogPath, vocabularyPath, stampPath))).toBe("stamped");
  });

  it("hashes the files again when the vocabulary was edited after the build", () => {
    const stamp = writeCatalogStamp(catalogPath, vocabularyPath, stampPath);
    writeFileSync(stampPath, JSON.stringify({ ...stamp, digest: "stale" }));
    const edited = readFileSync(vocabularyPath, "utf8").replace('"occupations"', '"occupations" ');
    writeFileSync(vocabularyPath, edited);
    const digest = catalogSourceDigest(readCatalogFiles(catalogPath, vocabularyPath, stampPath));
    expect(digest).not.toBe("stale");
    expect(digest).toBe(trueDigest());
  });

  it("hashes the files again when only the catalog's modification time moved (same size)", () => {
    const stamp = writeCatalogStamp(catalogPath, vocabularyPath, stampPath);
    writeFileSync(stampPath, JSON.stringify({ ...stamp, digest: "stale" }));
    const later = new Date(stamp.catalog.mtimeMs + 5_000);
    utimesSync(catalogPath, later, later);
    expect(catalogSourceDigest(readCatalogFiles(catalogPath, vocabularyPath, stampPath))).toBe(trueDigest());
  });

  it("ignores a stamp that is not JSON", () => {
    writeFileSync(stampPath, "not json");
    expect(catalogSourceDigest(readCatalogFiles(catalogPath, vocabularyPath, stampPath))).toBe(trueDigest());
  });
});
