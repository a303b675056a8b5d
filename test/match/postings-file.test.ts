import { describe, expect, it } from "vitest";
import { buildCatalog, loadCatalog } from "../../src/catalog/load-catalog.js";
import { buildIndex, setPostingsStore } from "../../src/match/build-index.js";
import type { ComputedPostings, DutyIndex } from "../../src/match/index-types.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { bytesSource, decodePostings, encodePostings } from "../../src/match/postings-file.js";
import { builtPostingsStore } from "../../src/match/built-postings.js";

/** The bytes of a typed array, for comparisons that stay fast on million-entry arrays. */
const bytes = (a: Float64Array | Int32Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Every term's rows of an index joined into one buffer per array (a stored index reads them from its file). */
function allRows(index: DutyIndex): Record<"occupations" | "occupationWeights" | "fields" | "fieldWeights", Buffer> {
  const parts = { occupations: [], occupationWeights: [], fields: [], fieldWeights: [] } as Record<string, Buffer[]>;
  for (let id = 0; id < index.termIds.size; id++) {
    const rows = index.termRows(id);
    parts.occupations!.push(bytes(rows.occupations));
    parts.occupationWeights!.push(bytes(rows.occupationWeights));
    parts.fields!.push(bytes(rows.fields));
    parts.fieldWeights!.push(bytes(rows.fieldWeights));
  }
  return {
    occupations: Buffer.concat(parts.occupations!),
    occupationWeights: Buffer.concat(parts.occupationWeights!),
    fields: Buffer.concat(parts.fields!),
    fieldWeights: Buffer.concat(parts.fieldWeights!),
  };
}

/** Whether two indexes hold the same rows for every term. */
function sameRows(a: DutyIndex, b: DutyIndex): boolean {
  const [x, y] = [allRows(a), allRows(b)];
  return (["occupations", "occupationWeights", "fields", "fieldWeights"] as const).every(
    (name) => x[name].length > 0 && x[name].equals(y[name]),
  );
}

/**
 * These tests index the whole catalog in memory (tens of seconds in a test worker, more on a busy 2-core machine):
 * they get longer than the suite's 60 s hang guard.
 */
const INDEXING_TIMEOUT = 240_000;

describe("postings store", () => {
  it(
    "should round-trip postings through bytes and match the same way from them",
    () => {
      const saved = new Map<string, Uint8Array>();
      setPostingsStore({
        load: (key) => (saved.has(key) ? decodePostings(saved.get(key)!) : undefined),
        save: (key, postings: ComputedPostings) => saved.set(key, encodePostings(postings)),
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
        expect(bytes(reloaded.idf).equals(bytes(fresh.idf))).toBe(true);
        expect(sameRows(reloaded, fresh)).toBe(true);
        expect([...reloaded.termIds.keys()].join("\n")).toBe([...fresh.termIds.keys()].join("\n"));
        const text = "Plan advertising campaigns (60%)\n웹사이트를 개발한다 (40%)";
        expect(JSON.stringify(matchDuties(second, text))).toBe(JSON.stringify(matchDuties(first, text)));
      } finally {
        setPostingsStore(undefined);
      }
    },
    INDEXING_TIMEOUT,
  );

  it(
    "should read the postings rows and field texts only as they are used",
    () => {
      let saved: ComputedPostings | undefined;
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
        const expected = inMemory.termRows(id);
        expect(expected.fields.length).toBeGreaterThan(10);
        const before = read;
        const rows = stored.termRows(id);
        expect(read - before).toBeLessThan(encoded.length / 100);
        expect(read - before).toBeGreaterThan(0);
        expect([...rows.fields]).toEqual([...expected.fields]);
        expect([...rows.fieldWeights]).toEqual([...expected.fieldWeights]);
        expect([...rows.occupations]).toEqual([...expected.occupations]);
        expect([...rows.occupationWeights]).toEqual([...expected.occupationWeights]);
        // Read once: the second call reads nothing.
        const again = read;
        expect(stored.termRows(id)).toBe(rows);
        expect(read).toBe(again);
        const field = expected.fields[0]!;
        expect(stored.fields.at(field)).toEqual(inMemory.fields.at(field));
      } finally {
        setPostingsStore(undefined);
      }
    },
    INDEXING_TIMEOUT,
  );

  it("should refuse bytes that are not postings", () => {
    expect(decodePostings(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(
      decodePostings(new TextEncoder().encode("\u0004\u0000\u0000\u0000\u0000\u0000\u0000\u0000null")),
    ).toBeUndefined();
  });

  it(
    "should load the postings `npm run build` wrote for the shipped catalog, equal to indexing it in memory",
    () => {
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
        expect(bytes(fromBuild.idf).equals(bytes(inMemory.idf))).toBe(true);
        expect(sameRows(fromBuild, inMemory)).toBe(true);
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
    },
    INDEXING_TIMEOUT,
  );
});
