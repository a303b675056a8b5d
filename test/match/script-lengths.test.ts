import { describe, expect, it } from "vitest";
import { buildCatalog, loadCatalog } from "../../src/catalog/load-catalog.js";
import type { Occupation } from "../../src/catalog/types.js";
import { buildIndex } from "../../src/match/build-index.js";
import { scoreStatement } from "../../src/match/score-statement.js";
import { wordsOnly } from "../helpers/words-only.js";

const shipped = loadCatalog();
const base = shipped.byCode.get("7406")!;

/** A catalog of entries alike in Korean; `englishTasks` sets how much English text each has. */
function catalogOf(englishTasks: readonly number[]) {
  const occupations: Occupation[] = englishTasks.map((count, i) => ({
    ...structuredClone(base),
    id: `90${i}`,
    code: `90${i}`,
    formerCodes: [],
    adjacent: [],
    excludedTitles: [],
    nameKo: "선박 용접공",
    nameEn: "Ship welder",
    scopeKo: "선박 블록의 강판과 배관을 도면에 따라 용접한다.",
    scopeEn: "Welds the steel plates and pipes of ship blocks to drawings.",
    keywords: { ko: ["용접", "선박 블록"], en: ["welding"] },
    exampleTitles: { ko: ["선박 용접공"], en: ["Ship welder"] },
    tasks: [
      { ko: "선박 블록의 강판을 용접한다", en: "Weld the steel plates of ship blocks" },
      ...Array.from({ length: count }, (_, t) => ({
        ko: "",
        en: `Inspect and record the ${["gauges", "fittings", "valves", "seams", "joints", "brackets"][t % 6]} of section ${t}`,
      })),
    ],
  }));
  // An unrelated entry, so that the welding words are not in every entry.
  const other = shipped.byCode.get("2914")!;
  return buildCatalog({ ...structuredClone(shipped), occupations: [...occupations, structuredClone(other)] });
}

/** The word scores alone: entry length is a matter of the word scores, and the trained model is left out. */
function wordScores(index: ReturnType<typeof buildIndex>, text: string): Float64Array {
  return wordsOnly(() => scoreStatement(index, text).scores);
}

// Each language of an entry has its own length: a statement in one language meets only that language's text.
describe("entry length per script", () => {
  it("should not discount an entry's Korean words for the length of its English text", () => {
    const index = buildIndex(catalogOf([0, 12]));
    const scores = wordScores(index, "선박 블록 강판 용접");
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores[1]).toBeCloseTo(scores[0]!, 10);
  });

  it("should still discount English words of the longer English text", () => {
    const index = buildIndex(catalogOf([0, 12]));
    const scores = wordScores(index, "Weld steel plates of ship blocks");
    expect(scores[1]!).toBeLessThan(scores[0]!);
  });
});
