import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { extractTerms } from "../../src/match/extract-terms.js";
import { buildIndex } from "../../src/match/build-index.js";
import { splitKoreanCompound } from "../../src/match/korean-compounds.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { wordsOnly } from "../helpers/words-only.js";

const catalog = loadCatalog();
const top = (text: string): string | undefined => matchDuties(catalog, text).ranking[0]?.code;

describe("Korean compounds the catalog never writes", () => {
  const known = new Set(["중계", "소프트웨어", "지역", "공급망", "관리"]);
  it("should cut a compound into known words", () => {
    expect(splitKoreanCompound("중계소프트웨어", known)).toEqual([
      { at: 0, piece: "중계" },
      { at: 2, piece: "소프트웨어" },
    ]);
    expect(splitKoreanCompound("공급망관리", known)?.map((cut) => cut.piece)).toEqual(["공급망", "관리"]);
    // One syllable left over is a noun suffix ("-별", "-용").
    expect(splitKoreanCompound("지역별", known)?.map((cut) => cut.piece)).toEqual(["지역"]);
  });
  it("should leave known, short and uncovered words alone", () => {
    expect(splitKoreanCompound("소프트웨어", known)).toBeUndefined();
    expect(splitKoreanCompound("지역", known)).toBeUndefined();
    expect(splitKoreanCompound("공정별관", known)).toBeUndefined();
  });
  it("should count a compound as the known words it holds", () => {
    const hits = extractTerms("중계소프트웨어를 개발한다", known);
    expect(hits.find((hit) => hit.term === "=소프트웨어")?.whole).toBe(true);
    expect(hits.find((hit) => hit.term === "중계")?.whole).toBe(true);
    // A two-syllable word in it weighs as the word, more than a syllable pair inside a longer word.
    expect(hits.find((hit) => hit.term === "중계")!.weight).toBeGreaterThan(
      hits.find((hit) => hit.term === "소프")!.weight,
    );
    expect(extractTerms("중계소프트웨어를 개발한다").some((hit) => hit.term === "=소프트웨어")).toBe(false);
  });
  it("should give a derived noun its stem's synonyms (번역물 is translation work)", () => {
    const index = buildIndex(catalog);
    expect(extractTerms("번역물", index.compounds).find((hit) => hit.term === "번역")?.whole).toBe(true);
    expect(top("번역물의 정확성과 일관성을 검토하여 수정한다.")).toBe("2914");
  });
});

describe("the frame of a Korean job posting", () => {
  const terms = (text: string): string[] => extractTerms(text).map((hit) => hit.term);
  it("should not read 'who joins, who is wanted' as duty words", () => {
    const frame = terms("당사에 입사하시면 업무를 담당하게 됩니다. 경력자 우대, 담당하실 분을 모십니다");
    for (const word of ["입사", "당사", "담당", "업무", "=됩니다", "우대", "=경력자", "=모십니다", "하시", "시면"])
      expect(frame).not.toContain(word);
  });
  it("should not join 입사 후 into 사후 (after-sales)", () => {
    expect(terms("입사 후 제품을 판매한다")).not.toContain("사후");
  });
  it("should strip honorific endings of postings", () => {
    expect(terms("개발하실 분")).toContain("개발");
    expect(terms("개발하실 분")).not.toContain("=개발하실");
  });
  it("should rank a statement the same with or without the posting frame", () => {
    const plain = "결함 보고를 처리하고 정비 이력을 관리합니다.";
    expect(top(plain)).toBe("7521");
    expect(top(`당사에 입사하시면 ${plain}`)).toBe("7521");
    expect(top("지역별 매장 매출과 인력 현황을 관리한다.")).toBe("1522");
    expect(top("입사 후 지역별 매장 매출과 인력 현황을 관리한다.")).toBe("1522");
  });
});

describe("two-syllable Korean words", () => {
  it("should weigh a two-syllable word (판매, 영업, 설계) more than a syllable pair inside a longer word", () => {
    const hits = extractTerms("판매 소프트웨어");
    const sale = hits.find((hit) => hit.term === "판매")!;
    const pair = hits.find((hit) => hit.term === "소프")!;
    expect(sale.weight).toBeGreaterThan(pair.weight);
  });
  it("should let the function of a job outweigh the long loan words of its domain", () => {
    // At half weight, 판매 lost to 호텔/객실 words of the hotel clerk and to the sales rep.
    expect(top("호텔 객실 판매 전략을 승인한다")).toBe("1521");
    // The weight of 판매 is a matter of the word scores, so the model's opinion is left out.
    expect(wordsOnly(() => top("클라우드 소프트웨어 라이선스를 판매한다"))).toBe("2843");
    expect(top("클라우드 소프트웨어 라이선스를 기업 고객에게 판매한다")).toBe("2843");
  });
});
