import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { LEADS_PEOPLE } from "../../src/match/score-statement.js";

const catalog = loadCatalog();
const top = (text: string): string | undefined => matchDuties(catalog, text).ranking[0]?.code;

describe("managing people, not things", () => {
  it("should tell directing a team from managing an object", () => {
    expect(LEADS_PEOPLE.test("Lead a team of market researchers")).toBe(true);
    expect(LEADS_PEOPLE.test("영업사원 15명의 목표를 배분한다")).toBe(true);
    expect(LEADS_PEOPLE.test("Manage key distributor accounts")).toBe(false);
  });
  it("should rank the manager first when the statement leads a team of the field's workers", () => {
    // Without the boost the researchers' own code (2834) wins over their manager (1390).
    expect(top("Supervise a team of market researchers")).toBe("1390");
  });
  it("should leave the researcher's own work to the researcher", () => {
    expect(top("Design questionnaires and analyse survey results for market research clients")).toBe("2834");
  });
});
