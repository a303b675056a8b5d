import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import type { MatchResult, StatementResult } from "../../src/match/types.js";
import { pickTask, planDuties } from "../../src/render/plan-duties.js";

const catalog = loadCatalog();
const web = catalog.byCode.get("2224")!;

function statement(index: number, verdict: StatementResult["verdict"], generic = false): StatementResult {
  return {
    index,
    text: "",
    weight: 1,
    ranking: [],
    bestCode: verdict === "mismatch" ? "2395" : "2224",
    margin: 0.2,
    generic,
    evidence: [],
    verdict,
  };
}

const match = (statements: StatementResult[]): MatchResult => ({
  statements,
  ranking: [],
  bestCode: "2224",
  margin: 0.2,
  verdict: "match",
  confidence: "high",
  generic: [],
  message: "",
});

describe("pickTask", () => {
  it("should pick the task that shares the most words with the duty", () => {
    const index = pickTask(web, {
      text: "Test the checkout pages across browsers and phones and fix the defects found",
      share: 20,
    });
    expect(web.tasks[index!]!.en).toMatch(/^Test web pages across browsers/);
  });
  it("should read the words of every language of a {ko, en} product", () => {
    const index = pickTask(web, {
      text: "Zzz qqq",
      share: 10,
      products: [{ ko: "결제 페이지", en: "checkout pages across browsers and phones" }],
    });
    expect(web.tasks[index!]!.en).toMatch(/^Test web pages across browsers/);
  });
  it("should pick nothing for a duty that shares no word with any task", () => {
    expect(pickTask(web, { text: "Zzz qqq", share: 10 })).toBeUndefined();
  });
});

describe("planDuties", () => {
  const duties = [
    { text: "Build REST APIs for the web shop in Node.js and connect them to PostgreSQL", share: 50 },
    { text: "Other duties as assigned", share: 10 },
    { text: "Draw 2D detail drawings of machine parts in AutoCAD", share: 40 },
  ];
  it("should anchor matching duties, keep vague ones as written and flag out-of-scope ones", () => {
    const plan = planDuties(
      duties,
      web,
      match([statement(0, "match"), statement(1, "match", true), statement(2, "mismatch")]),
    );
    expect(plan.map((p) => p.status)).toEqual(["anchored", "generic", "out-of-scope"]);
    expect(plan[0]!.task?.en).toMatch(/web APIs/);
    expect(plan[2]).toMatchObject({ bestCode: "2395", verdict: "mismatch" });
    expect(plan[2]!.task).toBeUndefined();
  });
  it("should flag a duty out of scope when its other language reads as another code", () => {
    const inScope = match([statement(0, "match"), statement(1, "match", true), statement(2, "match")]);
    const otherLanguage = match([statement(0, "match"), statement(1, "match", true), statement(2, "mismatch")]);
    const plan = planDuties(duties, web, inScope, [otherLanguage]);
    expect(plan.map((p) => p.status)).toEqual(["anchored", "generic", "out-of-scope"]);
    expect(plan[2]).toMatchObject({ bestCode: "2395", verdict: "mismatch" });
    expect(planDuties(duties, web, inScope)[2]!.status).not.toBe("out-of-scope");
  });
});
