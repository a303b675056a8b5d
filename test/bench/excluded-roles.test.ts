import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import {
  excludedRoleFigures,
  falselyExcludedLists,
  formatExcludedRoles,
  type RoleList,
} from "../../src/bench/excluded-roles.js";

const catalog = loadCatalog();
const trueWebDeveloper: RoleList = {
  id: "web-true",
  code: "2224",
  lang: "en",
  duties: ["Build responsive web pages in React", "Write the REST APIs behind the site", "Fix front-end bugs"],
};
const tradeClerk: RoleList = {
  id: "trade-clerk",
  code: "2842",
  lang: "en",
  role: "Trade clerk (export/import documentation)",
  duties: [
    "Prepare commercial invoices, packing lists and certificates of origin",
    "Book freight with forwarders and track the containers",
    "File export declarations with customs",
  ],
};

describe("excludedRoleFigures", () => {
  it("counts a list called a match by its id, and a list named as its excluded role", () => {
    // A list that is the code's real work stands in for an excluded role the rule missed: it must show as a match.
    const figures = excludedRoleFigures(catalog, "probe", [{ ...trueWebDeveloper, role: "Web designer" }, tradeClerk]);
    expect(figures.n).toBe(2);
    expect(figures.match).toEqual(["web-true"]);
    expect(figures.named).toBe(1);
    expect(figures.byVerdict.match).toBe(1);
    expect(formatExcludedRoles([figures], []).join("\n")).toMatch(/called a match 1: web-true/);
  });

  it("lists true lists that the rule excludes, and none of a code's real work", () => {
    expect(falselyExcludedLists(catalog, [trueWebDeveloper])).toEqual([]);
    expect(falselyExcludedLists(catalog, [{ ...tradeClerk, id: "clerk-as-true" }])).toEqual(["clerk-as-true"]);
  });
});
