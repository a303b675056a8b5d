import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { buildIndex } from "../../src/match/build-index.js";
import { scoreStatement } from "../../src/match/score-statement.js";

const index = buildIndex(loadCatalog());
const scores = (text: string): number[] => [...scoreStatement(index, text).scores];

// "The Employee shall" is how a contract introduces a duty; the word "employee" says nothing about the job.
describe("the frame of a contract's duty clause", () => {
  it("should score a clause the same with or without the contract frame", () => {
    const duty = "review the methodology of junior researchers' work before publication";
    expect(scores(`The Employee shall ${duty}`)).toEqual(scores(duty));
    expect(scores(`The Worker will be responsible for ${duty}`)).toEqual(scores(duty));
  });

  it("should keep the word where it is the duty's object", () => {
    const duty = "administer employee benefits and payroll";
    expect(scores(duty)).not.toEqual(scores("administer benefits and payroll"));
  });
});
