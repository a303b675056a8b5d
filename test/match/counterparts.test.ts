import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { counterpartWords } from "../../src/match/term-roles.js";

const catalog = loadCatalog();
const top = (text: string): string | undefined => matchDuties(catalog, text).ranking[0]?.code;

describe("workers the statement works with", () => {
  it("should find agent nouns after with/for/to, in the possessive and before Korean 와/과/에게", () => {
    expect(counterpartWords("Build the pages from the designers' layouts")).toEqual(["designers"]);
    expect(counterpartWords("Interpret for the foreign engineers")).toEqual(["engineers"]);
    expect(counterpartWords("PM·디자이너와 협업한다")).toEqual(["pm", "디자이너"]);
    expect(counterpartWords("Designers create the look of our apps")).toEqual([]);
    expect(counterpartWords("디자이너는 화면을 만든다")).toEqual([]);
    expect(counterpartWords("사장에게 보고하고 임원과 협의한다")).toEqual(["사장", "임원"]);
    expect(counterpartWords("Report the figures to the CEO")).toEqual(["ceo"]);
  });
  it("should not read the executive a statement reports to as the worker's occupation", () => {
    // At full weight 사장 meets 행사장 (an event venue) and the statement went to the event planner (2835).
    expect(top("사장에게 분기별 예산 집행 현황을 보고한다")).toBe("1212");
  });
  it("should rank the web developer first when the designer is only the one worked with", () => {
    // At full weight the syllables of 디자이너 make the statement a designer's (295).
    expect(top("디자이너와 협업하여 웹 페이지 화면을 구현한다")).toBe("2224");
  });
  it("should leave a designer's statement to the designer", () => {
    expect(top("Work with developers to design the look of the app screens")).toBe("295");
  });
});
