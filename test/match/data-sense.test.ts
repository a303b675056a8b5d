import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
const first = (text: string, n = 1): string[] =>
  matchDuties(catalog, text)
    .ranking.slice(0, n)
    .map((entry) => entry.code);

// Data of a test, a survey or a process, and samples prepared in a lab, belong to that field's work; without the sense
// rule the data specialist (2231) took them on "데이터" and "전처리".
describe("data named by the field it comes from", () => {
  it("should not read an engineer's test data as data science", () => {
    expect(first("시험 데이터를 정리하여 시제품의 내구성을 평가한다.")).not.toContain("2231");
  });
  it("should not read preparing lab specimens as data preprocessing", () => {
    expect(first("검체 전처리와 시약 준비를 담당한다.", 2)).not.toContain("2231");
  });
  it("should keep data work with data-science tools the data specialist's", () => {
    expect(first("Build ETL pipelines and analyse sales data with SQL.")).toEqual(["2231"]);
    expect(first("고객 데이터를 분석하여 이탈 예측 모델을 만든다.")).toEqual(["2231"]);
  });
});
