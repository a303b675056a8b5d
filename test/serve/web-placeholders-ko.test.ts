/** The Korean page's placeholder texts (web/placeholders-ko.js) cover every placeholder the starting case holds. */
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { buildStartingCase } from "../../src/case/build-starting-case.js";
// @ts-expect-error web/ is plain browser JavaScript without type declarations.
import { placeholderFor } from "../../web/placeholders-ko.js";

const shownIn = placeholderFor as (placeholder: string | undefined, lang: string) => string | undefined;

/** Every `<…>` placeholder of the starting cases init and the page hand out (kinds, with and without a code, Korean-only duties). */
function placeholders(): string[] {
  const occupation = loadCatalog().byCode.get("2224")!;
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === "string" && /^<[^<>]+>$/.test(value)) found.add(value);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  for (const kind of ["first", "reapplication", "supplement"] as const)
    for (const answers of [
      {},
      { occupation },
      { occupation, duties: [{ text: { ko: "웹 화면을 개발한다" }, share: 100 }] },
    ])
      walk(buildStartingCase("x", { ...answers, kind }));
  return [...found];
}

describe("web/placeholders-ko.js", () => {
  it("should give every English placeholder of the starting case a Korean text", () => {
    const all = placeholders();
    expect(all.length).toBeGreaterThan(60);
    const english = all.filter((p) => !/^<[가-힣]/u.test(p));
    for (const placeholder of english) {
      const korean = shownIn(placeholder, "ko")!;
      expect(korean, placeholder).toMatch(/^<.*>$/s);
      if (placeholder === "<YYYY-MM-DD>") continue;
      expect(korean, placeholder).toMatch(/[가-힣]/u);
      // What is left in Latin letters is a value to type or an example (an id, a code, an enum word, a command).
      const words = korean
        .replace(/(예|한국어): .*$/su, "")
        .replace(/e7-align [^"]*|docs\/case-format\.md|\([^()]*\)/g, "")
        .match(/[A-Za-z]+(?: [A-Za-z]+){2,}/g);
      expect(words, `${placeholder} -> ${korean}`).toBeNull();
    }
    // Korean placeholders (the Korean boxes) are shown as they are.
    for (const placeholder of all.filter((p) => /^<[가-힣]/u.test(p)))
      expect(shownIn(placeholder, "ko")).toBe(placeholder);
  });

  it("should leave the English page's placeholders and an empty one alone", () => {
    for (const placeholder of placeholders()) expect(shownIn(placeholder, "en")).toBe(placeholder);
    expect(shownIn(undefined, "ko")).toBeUndefined();
    expect(shownIn("<duty 2 in English (Korean: 웹 화면을 개발한다)>", "ko")).toBe(
      "<직무 2 영어 문장 (한국어: 웹 화면을 개발한다)>",
    );
  });
});
