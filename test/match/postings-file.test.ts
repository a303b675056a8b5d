import { describe, expect, it } from "vitest";
import { buildCatalog, loadCatalog } from "../../src/catalog/load-catalog.js";
import { buildIndex, setPostingsStore } from "../../src/match/build-index.js";
import type { IndexPostings } from "../../src/match/index-types.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { decodePostings, encodePostings } from "../../src/match/postings-file.js";
import { builtPostingsStore } from "../../src/match/built-postings.js";

describe("postings store", () => {
  it("should round-trip postings through bytes and match the same way from them", () => {
    const saved = new Map<string, Uint8Array>();
    setPostingsStore({
      load: (key) => (saved.has(key) ? decodePostings(saved.get(key)!) : undefined),
      save: (key, postings: IndexPostings) => saved.set(key, encodePostings(postings)),
    });
    try {
      const data = loadCatalog();
      const first = buildCatalog(data);
      const fresh = buildIndex(first);
      expect(saved.size).toBe(1);
      const second = buildCatalog(data);
      const reloaded = buildIndex(second);
      expect(reloaded === fresh).toBe(false);
      // Byte by byte, and identity as a boolean: a matcher given the index itself formats it, which takes seconds.
      const bytes = (a: Float64Array | Int32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
      expect(bytes(reloaded.idf).equals(bytes(fresh.idf))).toBe(true);
      expect(bytes(reloaded.fieldPostings.fields).equals(bytes(fresh.fieldPostings.fields))).toBe(true);
      expect(bytes(reloaded.fieldPostings.weights).equals(bytes(fresh.fieldPostings.weights))).toBe(true);
      expect([...reloaded.termIds.keys()].join("\n")).toBe([...fresh.termIds.keys()].join("\n"));
      expect(reloaded.fieldPostings.fields.length).toBeGreaterThan(0);
      const text = "Plan advertising campaigns (60%)\n웹사이트를 개발한다 (40%)";
      expect(JSON.stringify(matchDuties(second, text))).toBe(JSON.stringify(matchDuties(first, text)));
    } finally {
      setPostingsStore(undefined);
    }
  });

  it("should refuse bytes that are not postings", () => {
    expect(decodePostings(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(
      decodePostings(new TextEncoder().encode("\u0004\u0000\u0000\u0000\u0000\u0000\u0000\u0000null")),
    ).toBeUndefined();
  });

  it("should load the postings `npm run build` wrote for the shipped catalog, equal to indexing it in memory", () => {
    let loaded = false;
    setPostingsStore({
      load: (key) => {
        const postings = builtPostingsStore.load(key);
        loaded = postings !== undefined;
        return postings;
      },
      save: () => {},
    });
    try {
      // The loaded catalog itself: the build's file is named by the catalog file's digest.
      const fromBuild = buildIndex(loadCatalog());
      expect(loaded, "dist/match/postings-*.bin is missing or stale: run npm run build").toBe(true);
      setPostingsStore(undefined);
      const inMemory = buildIndex(buildCatalog(loadCatalog()));
      expect([...fromBuild.idf]).toEqual([...inMemory.idf]);
      expect([...fromBuild.occupationPostings.weights]).toEqual([...inMemory.occupationPostings.weights]);
      expect([...fromBuild.fieldPostings.weights]).toEqual([...inMemory.fieldPostings.weights]);
      expect([...fromBuild.termIds.keys()]).toEqual([...inMemory.termIds.keys()]);
      expect([...fromBuild.compounds.keys()]).toEqual([...inMemory.compounds.keys()]);
      // Every field, read through the stored index's lazy fields and compared with the ones derived in memory.
      const all = (index: typeof fromBuild): unknown[] =>
        Array.from({ length: index.fields.length }, (_, f) => index.fields.at(f));
      expect(fromBuild.fields.length).toBe(inMemory.fields.length);
      expect(all(fromBuild)).toEqual(all(inMemory));
      expect(fromBuild.fields.at(fromBuild.fields.length)).toBeUndefined();
      expect([...fromBuild.fieldOccupation]).toEqual([...inMemory.fieldOccupation]);
      const text = "Plan advertising campaigns (60%)\n웹사이트를 개발한다 (40%)";
      expect(JSON.stringify(matchDuties(loadCatalog(), text))).toBe(
        JSON.stringify(matchDuties(buildCatalog(loadCatalog()), text)),
      );
    } finally {
      setPostingsStore(undefined);
    }
  });
});
