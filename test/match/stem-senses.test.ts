import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { stemWord } from "../../src/text/tokenize.js";

const catalog = loadCatalog();
const firstThree = (text: string): string[] =>
  matchDuties(catalog, text)
    .ranking.slice(0, 3)
    .map((entry) => entry.code);

describe("words the Porter stemmer merges with another sense", () => {
  it("should keep field nouns apart from their root", () => {
    expect(stemWord("accounting")).not.toBe(stemWord("account"));
    expect(stemWord("production")).not.toBe(stemWord("product"));
    expect(stemWord("securities")).not.toBe(stemWord("security"));
    expect(stemWord("shipping")).not.toBe(stemWord("ship"));
    expect(stemWord("housing")).not.toBe(stemWord("house"));
    expect(stemWord("internal")).not.toBe(stemWord("intern"));
  });
  it("should still join plain inflections", () => {
    expect(stemWord("accounts")).toBe(stemWord("account"));
    expect(stemWord("products")).toBe(stemWord("product"));
    expect(stemWord("productions")).toBe(stemWord("production"));
  });
  it("should not read trading securities as information security", () => {
    // As "secur", securities met every security word of the information-security specialist (2233).
    expect(firstThree("Trade securities for the bank's own account")).not.toContain("2233");
  });
  it("should not read an accounting system as a customer account", () => {
    // As "account", accounting met the technical salesperson's "new accounts" (2843).
    expect(
      firstThree("Specify the design of a new accounting system together with the finance department"),
    ).not.toContain("2843");
  });
});
