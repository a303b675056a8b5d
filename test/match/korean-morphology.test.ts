import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { findExclusion, titleAlternatives } from "../../src/match/exclusions.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { analyzeWords, stemWord } from "../../src/text/tokenize.js";

const catalog = loadCatalog();
const top = (text: string): string | undefined => matchDuties(catalog, text).ranking[0]?.code;

describe("two-syllable nouns that end like a particle", () => {
  it("should keep the noun whole instead of cutting it to one syllable", () => {
    for (const noun of ["항만", "철도", "결함", "상가", "여과", "궤도"]) expect(stemWord(noun)).toBe(noun);
    // Particles that seldom end a two-syllable noun are still stripped, and longer words still lose their particle.
    expect(stemWord("칩을")).toBe("칩");
    expect(stemWord("항만을")).toBe("항만");
    expect(stemWord("회의실로")).toBe("회의실");
  });
  it("should read 위한 and 통한 as function words, not as the syllables 위 and 통", () => {
    const stops = analyzeWords("품질 향상을 위한 교육과 현장을 통한 점검").filter((token) => token.stop);
    expect(stops.map((token) => token.surface)).toEqual(expect.arrayContaining(["위한", "통한"]));
  });
  it("should let a port or a railway name the civil engineer's work", () => {
    expect(top("항만 안벽 공사의 시공 계획을 검토한다.")).toBe("2313");
    expect(top("항만 설계")).toBe("2313");
    expect(top("항만 물류 운영 총괄")).toBe("1512");
  });
});

describe("a Korean ending written onto a Latin word or a number", () => {
  it("should be grammar, not a word of its own", () => {
    const tokens = analyzeWords("SLA를 점검하고 QA하고 3D로 모델링");
    expect(tokens.filter((token) => token.script === "hangul" && !token.stop).map((token) => token.stem)).toEqual([
      "점검",
      "모델링",
    ]);
    // A Korean word after a Latin one is still a word ("UI디자인").
    expect(analyzeWords("UI디자인").find((token) => token.surface === "디자인")?.stop).toBe(false);
  });
});

describe("excluded roles named in Korean", () => {
  it("should give every piece of a Korean title its head noun", () => {
    const names = titleAlternatives({ en: "Accounting, HR or general affairs clerk", ko: "회계·인사·총무 사무원" });
    expect(names).toEqual(expect.arrayContaining(["회계 사무원", "인사 사무원", "총무 사무원"]));
    expect(names).not.toContain("회계");
    expect(names).not.toContain("accounting");
  });
  it("should not read a management statement that names the accounting team as an accounting clerk's", () => {
    const text =
      "대표이사의 지시에 따라 인사, 회계, 구매 부서의 연간 계획을 세우고 부서 간 업무를 조정하며 소속 직원을 지휘한다.";
    expect(findExclusion(catalog, "1212", [{ text, weight: 1 }])).toBeUndefined();
  });
  it("should not read the person the worker reports to as the worker's own role", () => {
    expect(
      findExclusion(catalog, "61395", [{ text: "사육 동물의 이상 행동을 보면 수의사에게 알린다.", weight: 1 }]),
    ).toBeUndefined();
    expect(
      findExclusion(catalog, "61395", [{ text: "수의사와 함께 예방 접종 일정을 짠다.", weight: 1 }]),
    ).toBeUndefined();
    expect(
      findExclusion(catalog, "61395", [{ text: "수의사로서 동물을 진료하고 수술한다.", weight: 1 }])?.role.ko,
    ).toBe("수의사");
  });
});
