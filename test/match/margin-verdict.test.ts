import { describe, expect, it } from "vitest";
import { halves, marginTable, suggestMinMargin } from "../../src/bench/calibration.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties, THRESHOLDS } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
// A product manager's duties that also speak of teams and budgets: 2831 leads by a hair over the ICT manager (1350).
const ROADMAP = "Managing software product roadmaps, defining features, coordinating development teams and budgets";

describe("a match by a tiny margin", () => {
  it("should be ambiguous, with the rival and a separating question", () => {
    const result = matchDuties(catalog, ROADMAP, { selectedCode: "2831" });
    expect(result.margin).toBeLessThan(THRESHOLDS.minMargin);
    expect(result.verdict).toBe("ambiguous");
    expect(result.rival?.code).toBe(result.ranking[1]!.code);
    expect(result.rival?.code).toBe("1350");
    expect(result.rival?.question?.en).toContain("2831");
    expect(result.rival?.question?.en).toContain(result.rival!.code);
    expect(result.rival?.question?.ko).toContain("2831");
  });

  it("should stay a match when the margin is clear", () => {
    const result = matchDuties(
      catalog,
      "Develop and maintain the company's web storefront in React and Node.js, including its REST APIs and web server",
      { selectedCode: "2224" },
    );
    expect(result.margin).toBeGreaterThanOrEqual(THRESHOLDS.minMargin);
    expect(result.verdict).toBe("match");
  });
});

describe("margin calibration", () => {
  it("should split a file into alternating halves", () => {
    expect(halves([1, 2, 3, 4, 5])).toEqual({ tuning: [1, 3, 5], heldOut: [2, 4] });
  });

  it("should bucket margins and suggest the bound above the last band that is too often wrong", () => {
    const points = [
      { margin: 0.01, right: true },
      { margin: 0.03, right: false },
      { margin: 0.035, right: true },
      { margin: 0.05, right: true },
      { margin: 0.3, right: true },
    ];
    const table = marginTable(points);
    expect(table.find((band) => band.from === 0.02)).toMatchObject({ n: 2, right: 1, shareRight: 0.5 });
    expect(table.reduce((sum, band) => sum + band.n, 0)).toBe(points.length);
    expect(suggestMinMargin(table)).toBe(0.04);
    expect(suggestMinMargin(marginTable(points.filter((p) => p.right)))).toBe(0);
  });
});

describe("a single statement checked against the filed code", () => {
  // A sales-engineering clause of a pump maker: the filed mechanical-engineering code ranks third, well behind.
  const PUMP_QUOTES =
    "Prepare quotations for industrial pumps and visit plant customers to explain their specifications";

  it("should be ambiguous, not a mismatch, when the filed code is among the first three with a fair share of the first score", () => {
    const result = matchDuties(catalog, [{ text: PUMP_QUOTES }], { selectedCode: "2351" });
    const statement = result.statements[0]!;
    const at = statement.ranking.findIndex((entry) => entry.code === "2351");
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(3);
    expect(statement.ranking[at]!.score / statement.ranking[0]!.score).toBeLessThan(0.7);
    expect(statement.verdict).toBe("ambiguous");
    expect(result.verdict).toBe("ambiguous");
  });

  it("should still be a mismatch against a code far down its ranking", () => {
    const result = matchDuties(catalog, [{ text: PUMP_QUOTES }], { selectedCode: "2914" });
    expect(result.statements[0]!.verdict).toBe("mismatch");
    expect(result.verdict).toBe("mismatch");
  });
});
