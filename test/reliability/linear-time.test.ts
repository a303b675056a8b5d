// Splitting and tokenising duty text must take time proportional to its length, whatever it holds: 200 KB of ", , ,"
// took `match --file` over 40 s because regular expressions ending in "$" were retried at every separator (issue 14).
// Each property compares the CPU time of the same text at two sizes ten times apart: linear work grows ~10x, a
// quadratic one ~100x. CPU time of this process (not wall time) and the best of three runs keep other load out.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { matchDuties } from "../../src/match/match-duties.js";
import { splitDuties } from "../../src/match/split-statements.js";
import { analyzeWords } from "../../src/text/tokenize.js";

const SMALL = 20_000;
const LARGE = 200_000;
/** Linear is 10; quadratic would be ~100. */
const MAX_RATIO = 35;
/**
 * Below this the larger input is too fast for anything quadratic to hide in it (200 KB squared is ~10^10 steps, seconds
 * at least); above it the ratio decides. A low floor made the test flaky: a 1.5 ms small run against 64 ms is noise.
 */
const FLOOR_MS = 250;

/** Best-of-three CPU milliseconds of fn(text). */
function cpuMs(fn: (text: string) => unknown, text: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.cpuUsage();
    fn(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** prefix + unit repeated to about `size` characters + suffix. */
const build = (prefix: string, unit: string, suffix: string, size: number): string =>
  prefix + unit.repeat(Math.ceil(size / unit.length)) + suffix;

function growsLinearly(
  fn: (text: string) => unknown,
  prefix: string,
  unit: string,
  suffix: string,
): { small: number; large: number } {
  fn(build(prefix, unit, suffix, 1000)); // warm up the regular expressions and the JIT
  const small = cpuMs(fn, build(prefix, unit, suffix, SMALL));
  const large = cpuMs(fn, build(prefix, unit, suffix, LARGE));
  return { small, large };
}

const linear = ({ small, large }: { small: number; large: number }): boolean =>
  large < FLOOR_MS || large / Math.max(small, 0.05) < MAX_RATIO;

/** Expects `fn` to take linear time on prefix + unit repeated + suffix, naming the input and both times if not. */
function expectLinear(fn: (text: string) => unknown, prefix: string, unit: string, suffix: string): void {
  const times = growsLinearly(fn, prefix, unit, suffix);
  expect(
    linear(times),
    `${JSON.stringify(prefix)} + ${JSON.stringify(unit)}* + ${JSON.stringify(suffix)}: ${times.small.toFixed(1)} ms -> ${times.large.toFixed(1)} ms`,
  ).toBe(true);
}

/** Pieces that separators, brackets, shares, abbreviations and word characters are made of. */
const PIECE = fc.constantFrom(
  ",",
  " ",
  ", ",
  ".",
  "-",
  " -",
  "–",
  ";",
  ":",
  "]",
  ")",
  "》",
  "[",
  "(",
  "%",
  "40",
  "1.",
  "\n",
  "a",
  "A",
  "가",
  "다.",
  "etc. ",
  "E",
  "#",
  "+",
  "\t",
  "  ",
);
const unitArb = fc.array(PIECE, { minLength: 1, maxLength: 4 }).map((pieces) => pieces.join(""));
const edgeArb = fc.array(PIECE, { maxLength: 3 }).map((pieces) => pieces.join(""));

describe("text processing time grows linearly with the text", () => {
  it("splitDuties", () => {
    fc.assert(
      fc.property(edgeArb, unitArb, edgeArb, (prefix, unit, suffix) => {
        expectLinear(splitDuties, prefix, unit, suffix);
      }),
      { numRuns: 40, endOnFailure: true },
    );
  }, 300_000);

  it("splitDuties on runs of closing brackets before more text (a heading check once tried every bracket)", () => {
    for (const [prefix, unit, suffix] of [
      ["40%", "]", " -1.가"],
      ["", "】", ":"],
      ["자격요건", ")", " x"],
    ] as const) {
      expectLinear(splitDuties, prefix, unit, suffix);
    }
  }, 300_000);

  it("analyzeWords (tokenize)", () => {
    fc.assert(
      fc.property(edgeArb, unitArb, edgeArb, (prefix, unit, suffix) => {
        expectLinear(analyzeWords, prefix, unit, suffix);
      }),
      { numRuns: 40, endOnFailure: true },
    );
  }, 300_000);

  it("matchDuties on the inputs of the report (separators, brackets, dots inside a word)", () => {
    const catalog = loadCatalog();
    const match = (text: string): unknown => matchDuties(catalog, text);
    for (const [prefix, unit, suffix] of [
      ["", ", ", ""],
      ["", ".", ""],
      ["", " -", ""],
      ["", "]", "x"],
      ["a", ".", "a"],
      ["가", ".", "a"],
    ] as const) {
      expectLinear(match, prefix, unit, suffix);
    }
  }, 300_000);
});
