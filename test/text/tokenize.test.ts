import { describe, expect, it } from "vitest";
import { analyzeWords, foldSpelling, stemWord, stripKoreanSuffix, tokenize } from "../../src/text/tokenize.js";

describe("foldSpelling", () => {
  it("should fold British spellings to American ones", () => {
    expect(
      ["analyse", "organise", "organisation", "colour", "programme", "centre", "catalogue", "optimising"].map(
        foldSpelling,
      ),
    ).toEqual(["analyze", "organize", "organization", "color", "program", "center", "catalog", "optimizing"]);
  });
  it("should leave true -ise words alone", () => {
    for (const word of [
      "advise",
      "advertise",
      "supervise",
      "enterprise",
      "merchandise",
      "expertise",
      "exercise",
      "revise",
    ])
      expect(foldSpelling(word)).toBe(word);
  });
  it("should make British and American forms stem alike", () => {
    expect(stemWord("analysed")).toBe(stemWord("analyzed"));
    expect(stemWord("organisation")).toBe(stemWord("organization"));
  });
  it("should join word families the Porter stemmer leaves apart", () => {
    expect(stemWord("specification")).toBe(stemWord("specify"));
    expect(stemWord("analysis")).toBe(stemWord("analyse"));
    expect(stemWord("programmer")).toBe(stemWord("programming"));
    expect(stemWord("inspector")).toBe(stemWord("inspection"));
    expect(stemWord("maintenance")).toBe(stemWord("maintain"));
    expect(stemWord("auditor")).toBe(stemWord("audit"));
    expect(stemWord("statistician")).toBe(stemWord("statistical"));
    expect(stemWord("application")).not.toBe(stemWord("apply"));
    expect(stemWord("architecture")).not.toBe(stemWord("architect"));
  });
  it("should give words named like Object members a string stem", () => {
    for (const word of ["constructor", "tostring", "valueof", "hasownproperty"])
      expect(typeof stemWord(word)).toBe("string");
  });
});

describe("analyzeWords", () => {
  it("should strip Korean particles and endings", () => {
    expect(analyzeWords("웹사이트를 개발하고 서버에서 운영한다").map((token) => token.stem)).toEqual([
      "웹사이트",
      "개발",
      "서버",
      "운영",
    ]);
    expect(stripKoreanSuffix("개발자들의")).toBe("개발자");
  });
  it("should strip past-tense endings and -적인, but not words that end in 인", () => {
    expect(analyzeWords("자재를 선정하였다 구조적인 검토").map((token) => token.stem)).toEqual([
      "자재",
      "선정",
      "구조적",
      "검토",
    ]);
    expect(stripKoreanSuffix("개인")).toBe("개인");
  });
  it("should split mixed-script words and mark phrase breaks", () => {
    const tokens = analyzeWords("UI디자인, web design");
    expect(tokens.map((token) => [token.surface, token.script])).toEqual([
      ["ui", "latin"],
      ["디자인", "hangul"],
      ["web", "latin"],
      ["design", "latin"],
    ]);
    expect(tokens[2]!.breakBefore).toBe(true);
  });
  it("should mark stop words", () => {
    expect(
      analyzeWords("the design of systems")
        .filter((token) => token.stop)
        .map((token) => token.surface),
    ).toEqual(["the", "of"]);
  });
});

describe("tokenize", () => {
  it("should keep its shape: stemmed words and Korean bigrams", () => {
    expect(tokenize("Developing websites")).toEqual({ words: ["develop", "websit"], bigrams: [] });
    expect(tokenize("웹사이트를")).toEqual({ words: ["웹사이트"], bigrams: ["웹사", "사이", "이트"] });
  });
});
