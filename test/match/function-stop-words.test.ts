import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { extractTerms } from "../../src/match/extract-terms.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();

// Long dictionary-style sentences carry grammar words ("during", "every", "so", "own") that the stop-word package
// lacks; each was a rare catalog term and added score to the one entry that happened to write it.
describe("grammar words of dictionary sentences", () => {
  it("should make no matching terms of during, every, so and own", () => {
    const terms = extractTerms("during every so own").map((hit) => hit.term);
    expect(terms).toEqual([]);
  });
  it("should rank a sentence the same with or without them", () => {
    const plain = matchDuties(catalog, "Checks own work and records each weld on the shift log.");
    const bare = matchDuties(catalog, "Checks work and records each weld on the shift log.");
    expect(plain.ranking.slice(0, 10).map((entry) => entry.code)).toEqual(
      bare.ranking.slice(0, 10).map((entry) => entry.code),
    );
    expect(plain.ranking[0]!.score).toBeCloseTo(bare.ranking[0]!.score, 10);
  });
});
