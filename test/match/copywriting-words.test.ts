import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";

const catalog = loadCatalog();
const top = (text: string): string | undefined => matchDuties(catalog, text).ranking[0]?.code;

// Writing the words of an advertisement is the advertising specialist's work, whatever page the words go on.
describe("Korean ad copy", () => {
  it("should rank the advertising specialist first for writing the copy of a product page", () => {
    // Without 광고 문구 in 2833's keywords, 상세페이지 makes it the designer's (295) statement.
    expect(top("온라인몰 상세페이지에 들어갈 광고 문구를 작성하고 다듬는다")).toBe("2833");
  });
  it("should still rank the designer first for designing the product page", () => {
    expect(top("온라인몰 상세페이지와 배너 이미지를 디자인한다")).toBe("295");
  });
});
