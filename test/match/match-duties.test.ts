import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { E7Error } from "../../src/errors.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties, withFields } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
const codedOccupations = catalog.occupations.filter((o) => o.code !== null).length;
const best = (text: string): string => matchDuties(catalog, text).bestCode;
const rankOf = (text: string, code: string): number =>
  matchDuties(catalog, text).ranking.findIndex((entry) => entry.code === code);

describe("matchDuties: seed scenarios of issue 3", () => {
  it("should send web platform work to 2224 web developer, not 2223", () => {
    expect(best("develop and maintain the company's web platform")).toBe("2224");
    expect(rankOf("develop and maintain the company's web platform", "2224")).toBeLessThan(
      rankOf("develop and maintain the company's web platform", "2223"),
    );
  });
  it("should send advertising campaigns and media buys to 2833", () =>
    expect(best("plan and run advertising campaigns, manage media buys")).toBe("2833"));
  it("should send market research and consumer data to 2834", () =>
    expect(best("conduct market research and analyse consumer data")).toBe("2834"));
  it("should send market entry advice to leadership to 2815", () =>
    expect(best("advise leadership on market entry strategy")).toBe("2815"));
  it("should send CAD drawings from engineers' specifications to 2395, not 2351", () =>
    expect(best("produce CAD drawings from engineers' specifications")).toBe("2395"));
  it("should send mechanical design to 2351", () =>
    expect(best("design mechanical systems and components")).toBe("2351"));
  it("should not send a travel-tech software roadmap to 2832", () =>
    expect(best("manage the software product roadmap")).not.toBe("2832"));
  it("should send tour packages and itineraries to 2832", () =>
    expect(best("develop tour packages and itineraries")).toBe("2832"));
});

describe("matchDuties: ranking", () => {
  it("should rank every coded occupation with scores in [0,1], best first", () => {
    const result = matchDuties(catalog, "Build REST APIs and web pages for the online shop");
    expect(result.ranking).toHaveLength(codedOccupations);
    for (const [i, entry] of result.ranking.entries()) {
      expect(entry.score).toBeGreaterThanOrEqual(0);
      expect(entry.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(entry.score).toBeLessThanOrEqual(result.ranking[i - 1]!.score);
    }
    expect(result.margin).toBeCloseTo(result.ranking[0]!.score - result.ranking[1]!.score, 3);
    expect(result.statements[0]!.ranking).toHaveLength(codedOccupations);
  });

  it("should give evidence that names statement words and catalog text", () => {
    const [statement] = matchDuties(catalog, "develop and maintain the company's web platform").statements;
    const evidence = statement!.evidence.filter((e) => e.code === "2224");
    expect(evidence.length).toBeGreaterThan(0);
    expect(
      evidence.some((e) => e.matched.includes("web platform") && ["task", "keyword", "scope"].includes(e.source)),
    ).toBe(true);
  });

  it("should match Korean duties", () => {
    expect(best("웹사이트와 웹 플랫폼을 개발하고 유지보수한다")).toBe("2224");
    expect(best("광고 캠페인을 기획하고 매체를 구매한다")).toBe("2833");
    expect(best("해외 시장조사를 위해 설문지를 설계하고 소비자 데이터를 분석한다")).toBe("2834");
    expect(best("여행 상품과 여행 일정을 개발한다")).toBe("2832");
  });

  it("should match mixed English and Korean duties", () => {
    const result = matchDuties(
      catalog,
      "웹 플랫폼의 프런트엔드를 개발한다. Build REST APIs with Node.js for the web platform.",
    );
    expect(result.bestCode).toBe("2224");
    expect(result.statements).toHaveLength(2);
    expect(result.statements.every((statement) => statement.bestCode === "2224")).toBe(true);
  });

  it("should be deterministic", () => {
    const text = "Plan advertising campaigns (50%)\nDesign posters and logos (50%)";
    expect(JSON.stringify(matchDuties(catalog, text, { selectedCode: "2833" }))).toBe(
      JSON.stringify(matchDuties(catalog, text, { selectedCode: "2833" })),
    );
  });
});

describe("matchDuties: verdicts", () => {
  it("should say match when the filed code leads clearly", () => {
    const result = matchDuties(catalog, "develop and maintain the company's web platform", { selectedCode: "2224" });
    expect(result.verdict).toBe("match");
    expect(result.selectedCode).toBe("2224");
    expect(result.statements[0]!.verdict).toBe("match");
  });

  it("should say mismatch and name the better code", () => {
    const result = matchDuties(catalog, "develop and maintain the company's web platform", { selectedCode: "2223" });
    expect(result.verdict).toBe("mismatch");
    expect(result.bestCode).toBe("2224");
    expect(result.message).toContain("2224");
  });

  it("should say ambiguous with the rival and the catalog's separating question", () => {
    const result = matchDuties(catalog, "analyse data", { selectedCode: "2231" });
    expect(result.verdict).toBe("ambiguous");
    expect(result.rival?.code).toBe("2834");
    expect(result.rival?.question?.en).toMatch(/2834/);
    expect(result.rival?.question?.ko).toBeTruthy();
  });

  it("should say unsupported for generic duties in English and Korean", () => {
    for (const text of [
      "perform duties as assigned",
      "support the team",
      "기타 회사가 지시하는 업무",
      "Perform other duties as assigned by the manager.\nSupport the team.",
    ]) {
      const result = matchDuties(catalog, text, { selectedCode: "2224" });
      expect(result.verdict, text).toBe("unsupported");
      expect(result.confidence).toBe("low");
      expect(result.generic.length).toBe(result.statements.length);
    }
  });

  it("should still rank codes by the words of generic duties, without calling any of them a match", () => {
    const result = matchDuties(catalog, "연구 결과 보고", { selectedCode: "2112" });
    expect(result.verdict).toBe("unsupported");
    expect(result.ranking[0]!.score).toBeGreaterThan(0);
    // Research words lead to research codes, not to the catalog's first entries (the managers).
    const top = result.ranking.slice(0, 5).map((entry) => entry.code);
    expect(top).toContain("2112");
    expect(top.some((code) => code.startsWith("1"))).toBe(false);
  });

  it("should resolve a code given in a former list edition to the current code", () => {
    const result = matchDuties(catalog, "develop and maintain the company's web platform", {
      selectedCode: "2228",
      edition: "ksco6-list",
    });
    expect(result.selectedCode).toBe("2224");
    expect(result.verdict).toBe("match");
  });

  it("should throw a clean E7Error for an unknown code", () => {
    expect(() => matchDuties(catalog, "develop web pages", { selectedCode: "9999" })).toThrow(E7Error);
  });
});

describe("matchDuties: whole-document rules", () => {
  it("should flag generic statements and decide on the specific ones", () => {
    const result = matchDuties(
      catalog,
      "- Develop and maintain the company's web platform\n- Perform other duties as assigned\n- Support the team",
      { selectedCode: "2224" },
    );
    expect(result.generic).toEqual([1, 2]);
    expect(result.verdict).toBe("match");
    expect(result.statements[1]!.generic).toBe(true);
    expect(result.statements[1]!.verdict).toBe("unsupported");
  });

  it("should report a split when two codes each hold at least 30% and name the majority", () => {
    const text =
      "Develop and maintain the company's web platform (60%)\nPlan and run advertising campaigns, manage media buys (40%)";
    const result = matchDuties(catalog, text);
    expect(result.split).toEqual({ codes: ["2224", "2833"], weights: [0.6, 0.4], majorityCode: "2224" });
    expect(matchDuties(catalog, text, { selectedCode: "2224" }).verdict).toBe("match");
    const minority = matchDuties(catalog, text, { selectedCode: "2833" });
    expect(minority.verdict).toBe("ambiguous");
    expect(minority.rival?.code).toBe("2224");
  });

  it("should not report a split below 30%", () => {
    const text =
      "Develop and maintain the company's web platform (80%)\nPlan and run advertising campaigns, manage media buys (20%)";
    const result = matchDuties(catalog, text, { selectedCode: "2224" });
    expect(result.split).toBeUndefined();
    expect(result.verdict).toBe("match");
  });

  it("should weigh statements by their shares", () => {
    const heavy = matchDuties(catalog, [
      { text: "Plan and run advertising campaigns, manage media buys", share: 70 },
      { text: "Develop and maintain the company's web platform", share: 30 },
    ]);
    expect(heavy.bestCode).toBe("2833");
    expect(heavy.statements.map((s) => s.weight)).toEqual([0.7, 0.3]);
  });

  it("should report the title trap when the title points elsewhere, without changing the verdict", () => {
    const result = matchDuties(catalog, "develop and maintain the company's web platform", {
      selectedCode: "2224",
      title: "Marketing manager",
    });
    expect(result.verdict).toBe("match");
    expect(result.titleTrap?.dutiesCode).toBe("2224");
    expect(result.titleTrap?.titleCode).not.toBe("2224");
    expect(
      matchDuties(catalog, "develop and maintain the company's web platform", { title: "Web developer" }).titleTrap,
    ).toBeUndefined();
  });

  it("should give high confidence only with a clear lead on specific evidence", () => {
    const clear = matchDuties(
      catalog,
      "Design user interfaces and build the front end and back end of the company website in React and Node.js; run the web servers.",
    );
    expect(clear.bestCode).toBe("2224");
    expect(clear.confidence).toBe("high");
    expect(matchDuties(catalog, "analyse information").confidence).toBe("low");
  });
});

describe("matchDuties: totality", () => {
  it("should answer any string without crashing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const result = matchDuties(catalog, text);
        expect(result.ranking).toHaveLength(codedOccupations);
        expect(["match", "ambiguous", "mismatch", "unsupported"]).toContain(result.verdict);
      }),
      { numRuns: 300 },
    );
  });

  it("should handle empty, emoji, control characters and a megabyte of text", () => {
    expect(matchDuties(catalog, "").verdict).toBe("unsupported");
    expect(matchDuties(catalog, "😀🚀 \u0000\u0007\u001b[31m \uFEFF\u202E").verdict).toBe("unsupported");
    const big = "develop and maintain the company's web platform and ".repeat(20_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(matchDuties(catalog, big).bestCode).toBe("2224");
    const many = matchDuties(catalog, "Develop and maintain the company's web platform. ".repeat(2_000));
    expect(many.statements).toHaveLength(2_000);
    expect(many.bestCode).toBe("2224");
  });

  it("should refuse malformed statement lists with an E7Error", () => {
    expect(() => matchDuties(catalog, [{ text: 3 } as never])).toThrow(E7Error);
    expect(() => matchDuties(catalog, [{ text: "web", share: 140 }])).toThrow(E7Error);
  });
});

describe("matchDuties: evidence found when read", () => {
  const text = "Develop and maintain the company's web platform in React";

  it("should give the same evidence when read, in JSON and in a copy with other fields", () => {
    const [statement] = matchDuties(catalog, text, { selectedCode: "2224" }).statements;
    const json = JSON.parse(JSON.stringify(statement)) as { evidence: { code: string }[] };
    expect(json.evidence.length).toBeGreaterThan(0);
    expect(json.evidence.some((evidence) => evidence.code === "2224")).toBe(true);
    expect(statement!.evidence).toEqual(json.evidence);
    const copy = withFields(statement!, { index: 7 });
    expect(copy.index).toBe(7);
    expect(statement!.index).toBe(0);
    expect(copy.evidence).toBe(statement!.evidence);
    expect(copy.verdict).toBe(statement!.verdict);
  });

  it("should leave a generic statement without evidence", () => {
    const [statement] = matchDuties(catalog, "Perform other duties as assigned").statements;
    expect(statement!.generic).toBe(true);
    expect(statement!.evidence).toEqual([]);
  });
});
