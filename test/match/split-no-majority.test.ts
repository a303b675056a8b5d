import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();

// Two statements of a mechanical engineer: one leans to technical sales (2843), one to the drafter (2395); the list
// as a whole is mechanical engineering (2351).
const duties = [
  { text: "Analyse what the customer needs from the automated line and quote a drive unit with its price." },
  {
    text: "Calculate the strength and tolerances of each part and instruct the drafters to prepare the detail drawings.",
  },
];

describe("duties split into equal shares", () => {
  it("should name the code the whole list points to, not one half of the split", () => {
    const result = matchDuties(catalog, duties);
    // The split is still reported; with the first-ranked split code as the answer the tool said 2395.
    expect(result.split?.weights).toEqual([0.5, 0.5]);
    expect(result.split?.codes).not.toContain("2351");
    expect(result.ranking[0]?.code).toBe("2351");
    expect(result.bestCode).toBe("2351");
    expect(result.message).toContain("neither holds the majority");
  });

  it("should not call one half of an even split a match when the whole list points elsewhere", () => {
    const half = matchDuties(catalog, duties, { selectedCode: "2395" });
    expect(half.verdict).toBe("ambiguous");
    expect(half.rival?.code).toBe("2351");
    expect(matchDuties(catalog, duties, { selectedCode: "2351" }).verdict).not.toBe("mismatch");
  });

  it("should still give a two-to-one split to its majority code", () => {
    const result = matchDuties(catalog, [...duties, duties[1]!]);
    expect(result.split?.weights[0]).toBeGreaterThan(result.split?.weights[1] ?? 1);
    expect(result.bestCode).toBe(result.split?.majorityCode);
  });
});
