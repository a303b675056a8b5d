import { describe, expect, it } from "vitest";
import { halves, marginTable, suggestMinMargin } from "../../src/bench/calibration.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties, SINGLE_STATEMENT, THRESHOLDS } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
// Designing parts in a CAD tool: the mechanical engineer's code (2351) leads the drafter's (2395) by a hair.
const CAD_PARTS = "Design mechanical parts and assemblies in AutoCAD";

describe("a match by a tiny margin", () => {
  it("should be ambiguous, with the rival and a separating question", () => {
    const result = matchDuties(catalog, CAD_PARTS, { selectedCode: "2351" });
    expect(result.margin).toBeLessThan(THRESHOLDS.minMargin);
    expect(result.verdict).toBe("ambiguous");
    expect(result.rival?.code).toBe(result.ranking[1]!.code);
    expect(result.rival?.code).toBe("2395");
    expect(result.rival?.question?.en).toContain("2351");
    expect(result.rival?.question?.en).toContain(result.rival!.code);
    expect(result.rival?.question?.ko).toContain("2351");
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
  // A chief executive's clause: the filed management-support manager's code ranks a few places behind, at about half
  // the score (below the share the wider rule asks for).
  const APPOINTMENTS = "Design the organisational structure and approve senior appointments";

  it("should be ambiguous, not a mismatch, when the filed code is among the first five with a fair share of the first score", () => {
    const result = matchDuties(catalog, [{ text: APPOINTMENTS }], { selectedCode: "1212" });
    const statement = result.statements[0]!;
    const at = statement.ranking.findIndex((entry) => entry.code === "1212");
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(SINGLE_STATEMENT.maxRank);
    expect(statement.ranking[at]!.score / statement.ranking[0]!.score).toBeGreaterThanOrEqual(
      SINGLE_STATEMENT.minRatio,
    );
    expect(statement.ranking[at]!.score / statement.ranking[0]!.score).toBeLessThan(SINGLE_STATEMENT.wideRatio);
    expect(statement.verdict).toBe("ambiguous");
    expect(result.verdict).toBe("ambiguous");
  });

  // A restaurant manager's clause that many service codes share: the filed code sits lower, at most of the first score.
  const KITCHEN_HYGIENE = "Makes sure hygiene rules are observed in the kitchens and settles guest complaints";

  it("should be ambiguous, not a mismatch, when the filed code is among the first ten with most of the first score", () => {
    const result = matchDuties(catalog, [{ text: KITCHEN_HYGIENE }], { selectedCode: "1522" });
    const statement = result.statements[0]!;
    const at = statement.ranking.findIndex((entry) => entry.code === "1522");
    expect(at).toBeGreaterThanOrEqual(SINGLE_STATEMENT.maxRank);
    expect(at).toBeLessThan(SINGLE_STATEMENT.wideRank);
    expect(statement.ranking[at]!.score / statement.ranking[0]!.score).toBeGreaterThanOrEqual(
      SINGLE_STATEMENT.wideRatio,
    );
    expect(statement.verdict).toBe("ambiguous");
  });

  it("should still be a mismatch against a code far down its ranking", () => {
    const result = matchDuties(catalog, [{ text: APPOINTMENTS }], { selectedCode: "2914" });
    expect(result.statements[0]!.verdict).toBe("mismatch");
    expect(result.verdict).toBe("mismatch");
  });

  // A secondary duty that names no field: every code scores low, and the filed hotel manager's code is far down.
  const WEEKLY_SALES = "주간 매출 실적을 정리하여 본사에 보고";

  it("should be ambiguous, not a mismatch, when a clause points weakly everywhere and the filed code holds a share", () => {
    const result = matchDuties(catalog, [{ text: WEEKLY_SALES }], { selectedCode: "1521" });
    const statement = result.statements[0]!;
    const at = statement.ranking.findIndex((entry) => entry.code === "1521");
    expect(at).toBeGreaterThanOrEqual(5);
    expect(statement.ranking[0]!.score).toBeLessThan(SINGLE_STATEMENT.weakBest);
    expect(statement.ranking[at]!.score).toBeGreaterThanOrEqual(
      SINGLE_STATEMENT.weakRatio * statement.ranking[0]!.score,
    );
    expect(statement.verdict).toBe("ambiguous");
  });

  it("should still be a mismatch when the weak clause shares nothing with the filed code", () => {
    expect(matchDuties(catalog, [{ text: WEEKLY_SALES }], { selectedCode: "2914" }).verdict).toBe("mismatch");
  });

  it("should still be a mismatch when the clause points clearly elsewhere, however far the filed code", () => {
    const result = matchDuties(catalog, [{ text: "Records each day's flights in the shift log" }], {
      selectedCode: "7406",
    });
    expect(result.statements[0]!.ranking[0]!.score).toBeGreaterThanOrEqual(SINGLE_STATEMENT.weakBest);
    expect(result.verdict).toBe("mismatch");
  });
});
