import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { DIRECTING, MANAGING } from "../../src/match/score-statement.js";

const catalog = loadCatalog();
const top = (text: string): string | undefined => matchDuties(catalog, text).ranking[0]?.code;

describe("Korean words of managing people", () => {
  it("should read placing and hiring staff as managing work", () => {
    expect(MANAGING.test("주방 인력 배치와 식자재 원가를 관리한다.")).toBe(true);
    expect(MANAGING.test("교원 채용 계획을 세운다.")).toBe(true);
    expect(MANAGING.test("식자재 원가를 관리한다.")).toBe(false);
  });
  it("should rank the food-service manager first for a statement about placing kitchen staff", () => {
    // Without the Korean staffing words the manager prior lets the cook (451) win this statement.
    expect(top("주방 인력 배치와 식자재 원가를 관리한다.")).toBe("1522");
  });
  it("should leave a cook's statement without staffing words to the cook", () => {
    expect(top("주방에서 식자재를 손질하고 메뉴를 조리한다.")).not.toBe("1522");
  });
});

describe("Korean words of deciding and approving", () => {
  it("should read approving, deciding and receiving reports as managing work", () => {
    expect(MANAGING.test("객실 판매 전략을 승인한다")).toBe(true);
    expect(MANAGING.test("클라우드 구매 의사결정")).toBe(true);
    expect(MANAGING.test("현장 점검 결과를 보고받아 대책을 세운다")).toBe(true);
    expect(MANAGING.test("객실 판매 전략을 세운다")).toBe(false);
  });
});

describe("a statement that heads a unit", () => {
  it("should give the manager code a clear lead over the worker of the same field", () => {
    // Without the lead, the application developer (2223) is within 0.01 of the IT manager and the verdict a tie.
    const result = matchDuties(catalog, "전산 투자 예산과 소프트웨어 구매를 결재한다");
    expect(result.ranking[0]?.code).toBe("1350");
    expect(result.ranking[0]!.score - result.ranking[1]!.score).toBeGreaterThan(0.02);
  });
  it("should not lift manager codes for statements without words of heading a unit", () => {
    expect(DIRECTING.test("소프트웨어 구매 요청서를 작성한다")).toBe(false);
    expect(top("소프트웨어 구매 요청서를 작성한다")).not.toBe("1350");
  });
});

describe("a manager heading the work of its field", () => {
  it("should rank the manager above the worker of its field when the statement heads the unit", () => {
    // The cook (451) has the kitchen words; the food-service manager (1522) is adjacent to it and heads the kitchen.
    const ranking = matchDuties(catalog, "식당의 메뉴와 주방 인력 배치를 총괄한다").ranking;
    expect(ranking[0]?.code).toBe("1522");
    expect(ranking[0]!.score).toBeGreaterThan(ranking.find((entry) => entry.code === "451")!.score);
  });
  it("should leave the worker's own statement to the worker", () => {
    expect(top("주방에서 메뉴를 조리하고 식자재를 손질한다")).toBe("451");
  });
});
