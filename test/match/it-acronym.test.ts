import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { analyzeWords } from "../../src/text/tokenize.js";

const catalog = loadCatalog();
const first = (text: string): string | undefined => matchDuties(catalog, text).ranking[0]?.code;

// Lowercased, "IT" was the pronoun "it", a stop word: the statement lost the one word that names its field.
describe("IT in capitals", () => {
  it("should be a word of its own, while the pronoun stays a stop word", () => {
    expect(analyzeWords("IT 운영").find((token) => token.script === "latin")?.stop).toBe(false);
    expect(analyzeWords("file it").find((token) => token.surface === "it")?.stop).toBe(true);
  });
  it("should make heading the IT department the ICT manager's duty", () => {
    // Without it the culture manager (1340) ranked first.
    expect(first("Head the IT department and approve its yearly budget.")).toBe("1350");
  });
  it("should do the same in a Korean statement", () => {
    // Without it the administration manager (1212) ranked first.
    expect(first("IT 부서의 연간 예산과 인력 운영을 총괄한다.")).toBe("1350");
  });
});
