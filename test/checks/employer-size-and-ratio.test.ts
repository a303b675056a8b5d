import { describe, expect, it } from "vitest";
import { countsTowardsRatio, employerSizeAndRatio } from "../../src/checks/employer-size-and-ratio.js";
import { loadRules } from "../../src/checks/load-rules.js";
import { testCheck } from "./check-tester.js";

describe("countsTowardsRatio", () => {
  it("should count E-1 to E-7-3 and not E-7-4, E-9, H-2 or F-*", () => {
    const rules = loadRules();
    expect(["E-7-1", "E-7-2", "E-7-3", "E-7", "E-2", "E-1"].map((s) => countsTowardsRatio(s, rules))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ["E-7-4", "E-8", "E-9", "E-10", "H-2", "F-2", "F-4", "F-5", "F-6", "D-10"].map((s) =>
        countsTowardsRatio(s, rules),
      ),
    ).toEqual(Array(10).fill(false));
  });
});

testCheck(employerSizeAndRatio, {
  valid: [
    { name: "web developer: 23 Koreans, 2 E-7 + this hire (3 <= 4)" },
    {
      name: "E-9 and F-6 staff do not count",
      change: (c) => {
        c.employer.foreignEmployees = { "E-7-1": 3, "E-9": 10, "F-6": 4 };
      },
    },
    {
      name: "the high-tech exception raises the ratio to 50%",
      change: (c) => {
        c.employer.insuredKoreanEmployees = 10;
        c.employer.foreignEmployees = { "E-7-1": 4 };
        c.employer.ratioException = "high-tech-recommendation";
      },
    },
    {
      name: "an E-7-4 hire is counted against E-7-4 workers only (8 E-7-1 staff do not count)",
      change: (c) => {
        c.selectedCode = "S700";
        c.employer.foreignEmployees = { "E-7-1": 8, "E-7-4": 1 };
      },
    },
    {
      name: "a designer (295) is judged by its own cap, not the 20% ratio",
      example: "advertising-specialist",
      change: (c) => {
        c.selectedCode = "295";
        c.employer.insuredKoreanEmployees = 10;
        c.employer.foreignEmployees = { "E-7-1": 2 };
      },
    },
  ],
  invalid: [
    {
      name: "E-7-4: 6 E-7-4 workers + this hire against 23 Koreans (S700's own 30%: 6)",
      change: (c) => {
        c.selectedCode = "S700";
        c.employer.foreignEmployees = { "E-7-1": 1, "E-7-4": 6 };
      },
      findings: [
        {
          messageId: "ratioExceeded",
          data: {
            after: 7,
            percent: 30,
            allowed: 6,
            statuses: "6 E-7-4 + this hire",
            basis: " (S700's own ratio, counting E-7-4 workers only)",
          },
        },
      ],
    },
    {
      name: "shipbuilding welder (7406): the occupation's own 30% replaces 20%",
      change: (c) => {
        c.selectedCode = "7406";
        c.employer.insuredKoreanEmployees = 20;
        c.employer.foreignEmployees = { "E-7-3": 6 };
      },
      findings: [{ messageId: "ratioExceeded", data: { after: 7, percent: 30, allowed: 6 } }],
    },
    {
      name: "an E-7-1 professional outside the review",
      example: "application-developer",
      findings: [{ messageId: "notApplicable", severity: "info", data: { code: "2223" } }],
    },
    {
      name: "4 Koreans at a domestic-market firm",
      change: (c) => {
        c.employer.insuredKoreanEmployees = 4;
        c.employer.mainlyDomesticMarket = true;
        c.employer.foreignEmployees = {};
      },
      // Below 5 Koreans the 20% ratio leaves room for no one either.
      findings: [
        {
          messageId: "tooFewKoreans",
          severity: "error",
          path: "/employer/insuredKoreanEmployees",
          data: { koreans: 4, minimum: 5 },
        },
        { messageId: "ratioExceeded", data: { after: 1, allowed: 0 } },
      ],
    },
    {
      name: "4 Koreans at an exporting firm",
      change: (c) => {
        c.employer.insuredKoreanEmployees = 4;
        c.employer.mainlyDomesticMarket = false;
        c.employer.foreignEmployees = {};
      },
      findings: [{ messageId: "tooFewKoreansExport", severity: "warning" }, { messageId: "ratioExceeded" }],
    },
    {
      name: "4 Koreans at a venture founded 3 years ago",
      change: (c) => {
        c.employer.insuredKoreanEmployees = 4;
        c.employer.mainlyDomesticMarket = true;
        c.employer.foundedDate = "2023-12-01";
        c.employer.ratioException = "startup-fdi-or-venture";
        c.employer.foreignEmployees = {};
      },
      findings: [
        { messageId: "sizeWaived", severity: "info", data: { until: "2028-12-01" } },
        { messageId: "ratioExceeded" },
      ],
    },
    {
      name: "4 E-7 staff + this hire against 23 Koreans (limit 4)",
      change: (c) => {
        c.employer.foreignEmployees = { "E-7-1": 3, "E-2": 1, "F-6": 5 };
      },
      findings: [
        {
          messageId: "ratioExceeded",
          severity: "error",
          path: "/employer/foreignEmployees",
          data: { after: 5, koreans: 23, percent: 20, allowed: 4 },
        },
      ],
    },
    {
      name: "the 50% exception is still exceeded",
      change: (c) => {
        c.employer.insuredKoreanEmployees = 10;
        c.employer.foreignEmployees = { "E-7-1": 5 };
        c.employer.ratioException = "high-tech-recommendation";
      },
      findings: [{ messageId: "ratioExceeded", data: { after: 6, percent: 50, allowed: 5 } }],
    },
  ],
});
