import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
const ranking = (text: string): string[] => matchDuties(catalog, text).ranking.map((entry) => entry.code);

// "Drive" opens many job-posting bullets in the sense of pushing work forward; the catalog writes it only for disk
// drives, motor drives and drive tests, so without the sense rule the word alone pulled such bullets to the computer
// hardware, telecom and vehicle engineers.
describe("drive as pushing work forward", () => {
  it("should not read a posting's 'drive' as a disk, telecom or vehicle drive", () => {
    for (const text of ["Drive customer onboarding", "Drive vendor audits"]) {
      const firstThree = ranking(text).slice(0, 3);
      for (const code of ["2211", "2212", "S2353"]) expect(firstThree, text).not.toContain(code);
    }
  });
  it("should keep disk drives with the computer hardware engineer", () => {
    expect(ranking("Develop controllers for hard disk drives and test their read speed")[0]).toBe("2211");
  });
  it("should keep electric-vehicle drives with the vehicle engineer", () => {
    expect(ranking("Develop the electric vehicle drive system and its battery control")[0]).toBe("S2353");
  });
});
