import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
const firstThree = (text: string): string[] =>
  matchDuties(catalog, text)
    .ranking.slice(0, 3)
    .map((entry) => entry.code);

// A network of dealers or distributors is a sales channel; without the sense rule the network engineer (2232) ranked
// first or second on the word "network" alone.
describe("a network of trading partners", () => {
  it("should not read a dealer network as a computer network", () => {
    const ranking = firstThree("Build a dealer network across Southeast Asia for our machine tools.");
    expect(ranking).not.toContain("2232");
    expect(ranking).toContain("2843");
  });
  it("should not read a distributor network as a computer network", () => {
    expect(firstThree("Grow our distributor network in Latin America and close supply agreements.")).not.toContain(
      "2232",
    );
  });
  it("should keep a network with routers and servers a computer network, even for sales offices", () => {
    expect(firstThree("Design the network for our sales offices and configure their routers.")[0]).toBe("2232");
  });
});
