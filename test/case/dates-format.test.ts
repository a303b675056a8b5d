import { describe, expect, it } from "vitest";
import { formatDate, formatMonths, printedDates } from "../../src/case/dates.js";

describe("formatDate, printedDates, formatMonths", () => {
  it("should print dates as Korean and English documents write them", () => {
    expect(formatDate("2026-12-01", "ko")).toBe("2026. 12. 1.");
    expect(formatDate("2027-01-04", "en")).toBe("4 January 2027");
  });

  it("should find every printed form again as an ISO date, with or without spaces", () => {
    expect(printedDates("작성일 2026. 12. 1. 시작 2027.1.4.부터, dated 4 January 2027 and 2026-11-16")).toEqual([
      "2026-11-16",
      "2026-12-01",
      "2027-01-04",
      "2027-01-04",
    ]);
    expect(printedDates("외국인체류 안내매뉴얼 2026.9 p.230")).toEqual([]);
  });

  it("should write durations in years and months, never as decimals", () => {
    expect(formatMonths(98, "ko")).toBe("8년 2개월");
    expect(formatMonths(24, "ko")).toBe("2년");
    expect(formatMonths(5, "ko")).toBe("5개월");
    expect(formatMonths(13, "en")).toBe("1 year 1 month");
    expect(formatMonths(24, "en")).toBe("2 years");
  });
});
