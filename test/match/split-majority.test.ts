import { describe, expect, it } from "vitest";
import { type Scored, splitOf } from "../../src/match/match-duties.js";

/** A statement whose first-ranked code is `code`; only the fields splitOf reads are real. */
const statementFor = (code: string): Scored => ({ ranking: [{ code, score: 1 }], generic: false }) as unknown as Scored;

describe("the majority of duties split between codes", () => {
  it("should go to the code the whole list ranks higher when the shares are equal", () => {
    const split = splitOf([statementFor("2112"), statementFor("2231")], [1, 1], [{ code: "2231" }, { code: "2112" }]);
    expect(split?.codes).toEqual(["2231", "2112"]);
    expect(split?.majorityCode).toBe("2231");
  });

  it("should go to the larger share even when the whole list ranks the other code first", () => {
    const split = splitOf(
      [statementFor("2112"), statementFor("2112"), statementFor("2231")],
      [1, 1, 1],
      [{ code: "2231" }, { code: "2112" }],
    );
    expect(split?.majorityCode).toBe("2112");
    expect(split?.weights).toEqual([0.6667, 0.3333]);
  });

  it("should not call one code's duties split", () => {
    expect(splitOf([statementFor("2224"), statementFor("2224")], [1, 1], [{ code: "2224" }])).toBeUndefined();
  });
});
