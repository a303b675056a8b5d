import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkBusinessRegistrationNumber } from "../../src/case/business-registration-number.js";

describe("checkBusinessRegistrationNumber", () => {
  it.each(["220-81-61901", "2208161901", "120-81-89142", "105-86-80453"])("should accept %s", (brn) => {
    expect(checkBusinessRegistrationNumber(brn).valid).toBe(true);
  });

  it("should name the expected check digit", () => {
    expect(checkBusinessRegistrationNumber("220-81-61902")).toEqual({
      valid: false,
      reason: "checkDigit",
      digits: "2208161902",
      expected: 1,
    });
  });

  it.each(["220-81-6190", "22-081-61901", "220 81 61901", "abc-de-fghij", ""])(
    "should reject the format of %j",
    (brn) => {
      expect(checkBusinessRegistrationNumber(brn)).toEqual({ valid: false, reason: "format" });
    },
  );

  it("should accept exactly one check digit for any nine digits", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }), (nine) => {
        const valid = Array.from(
          { length: 10 },
          (_, d) => checkBusinessRegistrationNumber(`${nine.join("")}${d}`).valid,
        );
        expect(valid.filter(Boolean)).toHaveLength(1);
      }),
    );
  });
});
