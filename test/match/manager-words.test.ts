import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { MANAGING } from "../../src/match/score-statement.js";

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
