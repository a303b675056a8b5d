// Property: the matcher is total over arbitrary Unicode. For any text (or list of duties with any shares) it
// returns a ranking of every catalog occupation, scores in [0,1], best first, and a verdict, or a typed input error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { E7Error } from "../../src/errors.js";
import { matchDuties } from "../../src/match/match-duties.js";
import type { MatchResult, ScoredOccupation } from "../../src/match/types.js";

const catalog = loadCatalog();
/** Every occupation with a code on the current list (the E-7-S tracks have none and are not ranked). */
const CODES = catalog.occupations.flatMap((o) => (o.code ? [o.code] : [])).sort();

/** Words that stress the tokenizer: catalog vocabulary, Korean, Object.prototype names, template syntax. */
const WORDS = [
  "develop",
  "maintain",
  "web",
  "platform",
  "React",
  "server",
  "design",
  "marketing",
  "translate",
  "CAD",
  "drawings",
  "tour",
  "products",
  "웹",
  "개발",
  "유지보수",
  "마케팅",
  "통역",
  "설계",
  "도면",
  "을",
  "를",
  "하고",
  "및",
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
  "{{constructor}}",
  "{{#each}}",
  "${x}",
  "<script>",
  "&amp;",
  "1.",
  "①",
  "-",
  "•",
  "(a)",
  ";",
  "\n",
  "\n\n",
  "\t",
  "\u200b",
  "\u202e",
  "\ufeff",
  "\u0000",
  "\u0007",
  "\ud800",
  "🚀",
  "👩‍💻",
  "e\u0301",
  "ﬁ",
  "Ａ",
  "ß",
  "İ",
  "ǅ",
];

const textArb = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(" ")),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join("")),
);

const dutiesArb = fc.array(
  fc.record({
    text: textArb,
    share: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true })), {
      nil: undefined,
    }),
  }),
  { minLength: 1, maxLength: 8 },
);

function expectRanking(ranking: readonly ScoredOccupation[]): void {
  expect(ranking.map((r) => r.code).sort()).toEqual(CODES);
  for (const [i, entry] of ranking.entries()) {
    expect(Number.isFinite(entry.score)).toBe(true);
    expect(entry.score).toBeGreaterThanOrEqual(0);
    expect(entry.score).toBeLessThanOrEqual(1);
    if (i > 0) expect(entry.score).toBeLessThanOrEqual(ranking[i - 1]!.score);
  }
}

function expectResult(result: MatchResult): void {
  expectRanking(result.ranking);
  expect(CODES).toContain(result.bestCode);
  expect(["match", "ambiguous", "mismatch", "unsupported", "excluded"]).toContain(result.verdict);
  expect(Number.isFinite(result.margin)).toBe(true);
  for (const statement of result.statements) {
    expectRanking(statement.ranking);
    expect(statement.weight).toBeGreaterThanOrEqual(0);
    expect(statement.weight).toBeLessThanOrEqual(1);
  }
  expect(typeof result.message).toBe("string");
}

/** Runs the matcher; typed input errors (too many statements, empty text) are allowed, anything else fails. */
function matchOrTypedError(input: Parameters<typeof matchDuties>[1], selectedCode?: string): void {
  let result: MatchResult;
  try {
    result = matchDuties(catalog, input, selectedCode ? { selectedCode } : {});
  } catch (error) {
    expect(error, String(error)).toBeInstanceOf(E7Error);
    expect((error as E7Error).exitCode).toBe(2);
    return;
  }
  expectResult(result);
}

describe("matchDuties over arbitrary Unicode", () => {
  it("should rank every occupation for any text", () => {
    fc.assert(
      fc.property(textArb, fc.option(fc.constantFrom(...CODES), { nil: undefined }), (text, code) =>
        matchOrTypedError(text, code),
      ),
      { numRuns: 100 },
    );
  });

  it("should rank every occupation for any list of duties and shares", () => {
    fc.assert(
      fc.property(dutiesArb, fc.option(fc.constantFrom(...CODES), { nil: undefined }), (duties, code) =>
        matchOrTypedError(duties, code),
      ),
      { numRuns: 50 },
    );
  });

  it("should give the same result for the same input (no hidden state between calls)", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        let first: string;
        try {
          first = JSON.stringify(matchDuties(catalog, text));
        } catch (error) {
          expect(error).toBeInstanceOf(E7Error);
          return;
        }
        expect(JSON.stringify(matchDuties(catalog, text))).toBe(first);
      }),
      { numRuns: 40 },
    );
  });
});
