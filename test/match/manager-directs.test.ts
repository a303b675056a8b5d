import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { DIRECTS } from "../../src/match/score-statement.js";

const catalog = loadCatalog();
const ranking = (text: string): string[] => matchDuties(catalog, text).ranking.map((entry) => entry.code);

describe("a manager deciding on the work of others", () => {
  it("should read approving, deciding and ordering as a manager's acts", () => {
    expect(DIRECTS.test("Approve the hotel's room rates")).toBe(true);
    expect(DIRECTS.test("Set the annual budget of the plant")).toBe(true);
    expect(DIRECTS.test("사고 예방 대책을 지시한다")).toBe(true);
    expect(DIRECTS.test("Check the room rates on booking sites")).toBe(false);
    expect(DIRECTS.test("객실 요금을 확인한다")).toBe(false);
  });
  it("should rank the manager first when the statement approves its field's plans", () => {
    // Without the decision words the manager prior (0.8) leaves the hotel receptionist (3612) first.
    expect(ranking("Approve the hotel's room rates and online channel sales plans")[0]).toBe("1521");
  });
  it("should keep the manager of a field in sight when the statement names only its workers' work", () => {
    // The construction manager's entry lacks the safety words of its neighbour 2364; it inherits 0.8 of that score.
    expect(
      ranking(
        "Approve the safety inspection plans of our construction sites and decide on accident prevention measures",
      ).slice(0, 3),
    ).toContain("1411");
  });
  it("should leave the worker first for the worker's own statement", () => {
    expect(ranking("Inspect construction sites for accident risks and run safety training for workers")[0]).toBe(
      "2364",
    );
  });
});
