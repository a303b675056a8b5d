import { describe, expect, it } from "vitest";
import { TermIds } from "../../src/match/term-ids.js";

const TERMS = [
  "web",
  "develop",
  "~analyz",
  "웹",
  "웹사이트",
  "web develop",
  "a",
  "",
  "개발",
  "zz",
  "Web",
  "\u{1F600}",
  "\uFF21",
];

describe("TermIds", () => {
  it("should find every term's id and nothing else, like a Map filled in id order", () => {
    const ids = TermIds.of(TERMS);
    const map = new Map(TERMS.map((term, id) => [term, id]));
    for (const term of TERMS) expect(ids.get(term), term).toBe(map.get(term));
    for (const missing of ["webs", "we", "~", "웹사", "개발자", "zzz", "0", "WEB"]) {
      expect(ids.get(missing), missing).toBeUndefined();
      expect(ids.has(missing)).toBe(false);
    }
    expect(ids.size).toBe(map.size);
    expect([...ids.keys()]).toEqual([...map.keys()]);
    expect([...ids.values()]).toEqual([...map.values()]);
    expect([...ids]).toEqual([...map]);
  });

  it("should work from its parts, as the built index file stores them", () => {
    const built = TermIds.of(TERMS);
    const loaded = new TermIds(built.units, built.starts, built.table);
    for (const term of TERMS) expect(loaded.get(term)).toBe(TERMS.indexOf(term));
    expect(loaded.isWhole()).toBe(true);
  });

  it("should refuse parts that do not fit, and end a lookup in a damaged table", () => {
    const built = TermIds.of(TERMS);
    const full = new Int32Array(built.table.length).fill(1);
    expect(new TermIds(built.units, built.starts, full).get("zz")).toBeUndefined();
    expect(new TermIds(built.units, built.starts, built.table.subarray(1)).isWhole()).toBe(false);
    expect(new TermIds(built.units.subarray(1), built.starts, built.table).isWhole()).toBe(false);
  });

  it("should answer for an empty list", () => {
    const ids = TermIds.of([]);
    expect(ids.get("web")).toBeUndefined();
    expect(ids.size).toBe(0);
  });
});
