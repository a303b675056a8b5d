import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();

// Two statements of a mechanical engineer: one leans to technical sales (2843), one to the drafter (2395); the list
// as a whole is mechanical engineering (2351). The drafting line scores 2351 nearly as well as 2395, so within the list
// it counts for 2351; the sales line (2351 at about half of 2843) does not.
const duties = [
  { text: "Analyse what the customer needs from the automated line and quote a drive unit with its price." },
  {
    text: "Calculate the strength and tolerances of each part and instruct the drafters to prepare the detail drawings.",
  },
];

describe("duties split into equal shares", () => {
  it("should name the code the whole list points to, not one half of the split", () => {
    const result = matchDuties(catalog, duties);
    expect(result.split?.weights).toEqual([0.5, 0.5]);
    expect(result.split?.codes).toEqual(["2351", "2843"]);
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

  it("should count a statement for the list's leading code only when that code explains it nearly as well", () => {
    const [sales, drafting] = duties.map((duty) => matchDuties(catalog, [duty]).ranking);
    const ratio = (ranking: typeof sales, code: string) =>
      (ranking!.find((entry) => entry.code === code)?.score ?? 0) / ranking![0]!.score;
    expect(ratio(drafting, "2351")).toBeGreaterThanOrEqual(0.6);
    expect(ratio(sales, "2351")).toBeLessThan(0.6);
    // Filed under a code that does not lead the list, the statements keep their own first codes.
    const filedElsewhere = matchDuties(catalog, duties, { selectedCode: "2395" });
    expect(filedElsewhere.split?.codes).toEqual(["2843", "2395"]);
  });
});
