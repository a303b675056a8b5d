import { describe, expect, it } from "vitest";
import { buildCatalog, loadCatalog } from "../../src/catalog/load-catalog.js";
import { buildIndex, setPostingsStore } from "../../src/match/build-index.js";
import type { IndexPostings } from "../../src/match/index-types.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { bytesSource, decodePostings, encodePostings } from "../../src/match/postings-file.js";
import { builtPostingsStore } from "../../src/match/built-postings.js";

/** The bytes of a typed array, for comparisons that stay fast on million-entry arrays. */
const bytes = (a: Float64Array | Int32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Reads every term's rows of a stored index (it reads them on first use otherwise). */
function loadAllRows(index: { readonly termIds: { readonly size: number }; loadPostings?: (id: number) => void }) {
  for (let id = 0; id < index.termIds.size; id++) index.loadPostings?.(id);
}

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
      loadAllRows(reloaded);
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

  it("should read the postings rows and field texts only as they are used", () => {
    let saved: IndexPostings | undefined;
    setPostingsStore({ load: () => undefined, save: (_key, postings) => (saved = postings) });
    try {
      const inMemory = buildIndex(buildCatalog(loadCatalog()));
      const encoded = encodePostings(saved!);
      let read = 0;
      const source = bytesSource(encoded);
      const stored = decodePostings({
        size: source.size,
        read: (into, at) => {
          read += into.length;
          source.read(into, at);
        },
      })!;
      // The rows and texts (over half the file) are not read at load.
      expect(read).toBeLessThan(encoded.length / 2);
      const id = inMemory.termIds.get("develop")!;
      const [from, to] = [inMemory.fieldPostings.start[id]!, inMemory.fieldPostings.start[id + 1]!];
      expect(to - from).toBeGreaterThan(10);
      expect([...stored.fieldPostings.fields.subarray(from, to)].every((f) => f === 0)).toBe(true);
      const before = read;
      stored.loadPostings!(id);
      expect(read - before).toBeLessThan(encoded.length / 100);
      expect([...stored.fieldPostings.fields.subarray(from, to)]).toEqual([
        ...inMemory.fieldPostings.fields.subarray(from, to),
      ]);
      expect([...stored.fieldPostings.weights.subarray(from, to)]).toEqual([
        ...inMemory.fieldPostings.weights.subarray(from, to),
      ]);
      const field = inMemory.fieldPostings.fields[from]!;
      expect(stored.fields.at(field)).toEqual(inMemory.fields.at(field));
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
      expect(inMemory.loadPostings).toBeUndefined();
      loadAllRows(fromBuild);
      expect(bytes(fromBuild.idf).equals(bytes(inMemory.idf))).toBe(true);
      for (const table of ["occupationPostings", "fieldPostings"] as const)
        for (const array of ["start", "weights", table === "fieldPostings" ? "fields" : "occupations"] as const) {
          const stored = (fromBuild[table] as unknown as Record<string, Int32Array | Float64Array>)[array]!;
          const derived = (inMemory[table] as unknown as Record<string, Int32Array | Float64Array>)[array]!;
          expect(bytes(stored).equals(bytes(derived)), `${table}.${array}`).toBe(true);
        }
      expect([...fromBuild.termIds.keys()].join("\n")).toBe([...inMemory.termIds.keys()].join("\n"));
      expect([...fromBuild.compounds.keys()].join("\n")).toBe([...inMemory.compounds.keys()].join("\n"));
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
