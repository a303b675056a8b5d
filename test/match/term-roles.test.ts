import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { impliedWords, ownGoodsWords, roleFactors, senseWords } from "../../src/match/term-roles.js";
import { analyzeWords, stemWord, stripKoreanSuffix } from "../../src/text/tokenize.js";

const catalog = loadCatalog();
const top = (text: string, n = 1): string[] =>
  matchDuties(catalog, text)
    .ranking.slice(0, n)
    .map((entry) => entry.code);

describe("Korean and English morphology", () => {
  it("should keep two-syllable nouns whose last syllable looks like a particle", () => {
    expect(stripKoreanSuffix("회로")).toBe("회로");
    expect(stripKoreanSuffix("평가")).toBe("평가");
    expect(stripKoreanSuffix("제도")).toBe("제도");
    expect(stripKoreanSuffix("회로를")).toBe("회로");
    expect(stripKoreanSuffix("도면을")).toBe("도면");
    expect(stripKoreanSuffix("바꾸거나")).toBe("바꾸");
    expect(stripKoreanSuffix("개선하고자")).toBe("개선");
  });
  it("should strip a particle with its topic marker and polite endings, not only the last syllable", () => {
    expect(stripKoreanSuffix("고객사에서는")).toBe("고객사");
    expect(stripKoreanSuffix("바이어에게는")).toBe("바이어");
    expect(stripKoreanSuffix("배포됩니다")).toBe("배포");
    expect(stripKoreanSuffix("결과는")).toBe("결과");
  });
  it("should stem localise/localization together and apart from local", () => {
    expect(stemWord("localise")).toBe(stemWord("localization"));
    expect(stemWord("localise")).not.toBe(stemWord("local"));
  });
});

describe("term roles", () => {
  it("should weigh a job's function above the domain it is applied to", () => {
    const factors = roleFactors("sell security software", ["sell", "secur", "softwar"]);
    expect(factors.get("sell")!.mass).toBeGreaterThan(1);
    expect(factors.get("secur")!.mass).toBeLessThan(1);
    // Without a function word the domain word keeps its weight.
    expect(roleFactors("monitor security events", ["monitor", "secur", "event"]).get("secur")).toBeUndefined();
  });
  it("should read design next to a chip as engineering, but not design of its packaging's look", () => {
    expect(roleFactors("design RTL blocks for the chip", ["design"]).get("design")?.offCodes?.has("295")).toBe(true);
    expect(roleFactors("design the look of the chip packaging", ["design"]).get("design")).toBeUndefined();
    expect(senseWords("반도체 회로 디자인", ["=디자인"])).toEqual(["설계"]);
    expect(senseWords("브랜드 로고 디자인", ["=디자인"])).toEqual([]);
  });
  it("should discount a phrase of an analysis word and a general word as much as the analysis word", () => {
    const factors = roleFactors("analyse information", ["analyz", "inform", "analyz inform"]);
    expect(factors.get("analyz inform")?.found).toBe(factors.get("analyz")!.found);
    expect(factors.get("analyz")!.found).toBeLessThan(1);
    // A phrase with a word of a field keeps its weight.
    expect(roleFactors("analyse soil", ["analyz", "soil", "analyz soil"]).get("analyz soil")).toBeUndefined();
  });
});

describe("matchDuties: sense and function of words", () => {
  it("should send localisation of app and web UI text to 2914, not to app development", () => {
    expect(top("모바일 앱과 웹 UI 문구를 영어로 현지화한다")).toEqual(["2914"]);
  });
  it("should read finding buyers abroad for a product as sales, not as the product's engineering", () => {
    expect(top("Look for buyers abroad for our cotton yarns and woven fabrics")).toEqual(["2842"]);
  });
  it("should read the employer's own goods as the field the function works in", () => {
    expect(ownGoodsWords("Look for buyers abroad for our cotton yarns and woven fabrics")).toEqual([
      "cotton",
      "yarns",
      "woven",
      "fabrics",
    ]);
    expect(ownGoodsWords("Sell our security appliances to enterprise customers.")).toEqual(["security", "appliances"]);
    expect(ownGoodsWords("자사 원사와 원단의 해외 바이어를 발굴한다")).toEqual(["원사와", "원단의"]);
    expect(ownGoodsWords("Calibrate the furnace thermocouples")).toEqual([]);
    // Without a function word the goods keep their weight: developing our yarns is the textile engineer's work.
    expect(roleFactors("Develop our cotton yarns", ["cotton", "yarn"]).size).toBe(0);
    expect(roleFactors("Sell our cotton yarns", ["sell", "cotton", "yarn"]).get("yarn")?.mass).toBeLessThan(1);
  });
  it("should take a sales party as a whole word, not the syllable pairs inside it", () => {
    expect(roleFactors("바이어 발굴", ["=바이어", "바이", "이어", "발굴"]).get("=바이어")?.mass).toBeGreaterThan(1);
    // "이어" of 레이어 (layer) or 이어폰 (earphone) is not 바이어.
    expect(roleFactors("레이어 편집", ["=레이어", "레이", "이어", "편집"]).size).toBe(0);
  });
  it("should keep interpreting for buyers as interpreting: the function word outranks whom it is done for", () => {
    expect(top("바이어 상담 시 통역 지원")).toEqual(["2914"]);
    expect(top("해외 거래처와의 화상회의를 통역한다")).toEqual(["2914"]);
  });
  it("should not let generic analysis words pull an engineer's statement to 2221", () => {
    expect(top("Analyse requirements for the conveyor, develop the design and specify components")).toEqual(["2351"]);
  });
  it("should not read dietary fibre in feed and food as textiles", () => {
    expect(top("사료와 식품의 조섬유, 조단백질 함량을 분석한다", 3)).not.toContain("2392");
  });
  it("should not read semiconductor circuit 디자인 as visual design", () => {
    const ranking = top("반도체 회로 디자인", 3);
    expect(ranking[0]).toBe("2342");
    expect(ranking).not.toContain("295");
  });
});

describe("matchDuties: a single statement against the filed code", () => {
  it("should call a plausible clause of the filed occupation ambiguous, not mismatch", () => {
    const text = "Draw mechanical parts and assemblies in SolidWorks";
    expect(matchDuties(catalog, text).bestCode).not.toBe("2351");
    expect(matchDuties(catalog, text, { selectedCode: "2351" }).verdict).toBe("ambiguous");
  });
  it("should still call a clause of another occupation mismatch", () => {
    expect(
      matchDuties(catalog, "Draw mechanical parts and assemblies in SolidWorks", { selectedCode: "2914" }).verdict,
    ).toBe("mismatch");
  });
});

describe("matchDuties: implied words", () => {
  it("should read moving text into a language as translating it", () => {
    expect(impliedWords("매뉴얼을 영어와 스페인어로 옮기고 표현을 다듬는다")).toEqual(["번역"]);
    expect(impliedWords("Renders the user manuals into plain English")).toEqual(["translation"]);
    expect(impliedWords("창고의 자재를 다른 위치로 옮긴다")).toEqual([]);
    expect(impliedWords("Turn customer feedback into product requirements")).toEqual([]);
    expect(matchDuties(catalog, "회사 매뉴얼을 일본어로 옮긴다").ranking[0]?.code).toBe("2914");
  });

  it("should read a place abroad as overseas work", () => {
    const text = "중동 유통사에 자사 화장품을 판매하고 거래를 관리한다";
    const withPlace = matchDuties(catalog, text).ranking;
    const withoutPlace = matchDuties(catalog, text.replace("중동 ", "")).ranking;
    expect(withPlace[0]?.code).toBe("2842");
    expect(withoutPlace[0]?.code).not.toBe("2842");
    expect(impliedWords("Win new distributors in Europe")).toEqual(["overseas"]);
    expect(impliedWords("유럽 거래처 발굴")).toEqual(["해외"]);
    expect(impliedWords("Win new distributors in Seoul")).toEqual([]);
  });
});

describe("Korean loanword spellings", () => {
  it("should fold common variants to the standard spelling, inside compounds too", () => {
    const stems = (text: string): string[] => analyzeWords(text).map((token) => token.stem);
    expect(stems("컨텐츠 제작")).toEqual(stems("콘텐츠 제작"));
    expect(stems("게임컨셉 아트")).toEqual(stems("게임콘셉트 아트"));
    expect(stems("컨셉트")).toEqual(["콘셉트"]);
    expect(stems("데이타 분석")).toEqual(stems("데이터 분석"));
  });
});

describe("hardware as the object of firmware work", () => {
  it("should read a controller or board next to firmware as where the software runs, not as hardware design", () => {
    expect(top("Write firmware for the SSD controller and debug it on new boards")).toEqual(["2222"]);
    expect(top("SSD 컨트롤러 펌웨어를 개발하고 새 보드에서 시험한다.")).toEqual(["2222"]);
  });
  it("should keep hardware design when the statement designs circuits or boards", () => {
    expect(top("Design the PCB of a new server board and bring up its firmware")).toEqual(["2211"]);
    expect(top("서버 메인보드 회로를 설계하고 시제품 보드를 시험한다.")).toEqual(["2211"]);
  });
});
