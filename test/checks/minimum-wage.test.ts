import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/checks/load-rules.js";
import { contractYears, minimumWage, paidHoursPerMonth } from "../../src/checks/minimum-wage.js";
import { testCheck, type Draft } from "./check-tester.js";

describe("paidHoursPerMonth", () => {
  const rules = loadRules();
  it("should give the statutory 209 hours for 40 hours a week and count the weekly holiday and overtime", () => {
    expect(paidHoursPerMonth(40, rules)).toBe(209);
    expect(paidHoursPerMonth(20, rules)).toBe(104);
    expect(paidHoursPerMonth(14, rules)).toBe(61);
    expect(paidHoursPerMonth(52, rules)).toBe(287);
  });
});

describe("contractYears", () => {
  it("should list the calendar years from the first to the last day", () => {
    expect(contractYears("2026-02-01", 11)).toEqual({ end: "2026-12-31", years: [2026] });
    expect(contractYears("2026-02-01", 12)).toEqual({ end: "2027-01-31", years: [2026, 2027] });
  });
});

/** A contract inside 2026, the last year whose minimum wage and E-7 notice are on file. */
const in2026 = (c: Draft): void => {
  c.position.startDate = "2026-02-01";
  c.position.contractMonths = 11;
  c.filing.plannedFilingDate = "2026-01-15";
};

testCheck(minimumWage, {
  valid: [
    { name: "42M for 40 hours in 2026", change: in2026 },
    {
      name: "exactly the 2026 minimum for 40 hours (10,320 x 209 x 12)",
      change: (c) => {
        in2026(c);
        c.position.annualSalaryKrw = 25_882_560;
      },
    },
  ],
  invalid: [
    {
      name: "25M for 40 hours in 2026",
      change: (c) => {
        in2026(c);
        c.position.annualSalaryKrw = 25_000_000;
      },
      findings: [
        {
          messageId: "belowMinimumWage",
          severity: "error",
          path: "/position/annualSalaryKrw",
          data: { year: 2026, monthlyHours: 209, minimum: "25,882,560", gap: "882,560" },
        },
      ],
    },
    {
      name: "30M for 52 hours a week (12 hours of overtime at 150%)",
      change: (c) => {
        in2026(c);
        c.position.annualSalaryKrw = 30_000_000;
        c.position.weeklyHours = 52;
      },
      findings: [{ messageId: "belowMinimumWage", data: { hours: 52, monthlyHours: 287, minimum: "35,542,080" } }],
    },
    {
      name: "the example's contract from 2027-01-04 for 24 months",
      findings: [
        {
          messageId: "unknownYear",
          severity: "warning",
          path: "/position/contractMonths",
          data: {
            end: "2029-01-03",
            years: "2027, 2028, 2029",
            missingKo: "최저임금과 E-7 임금 고시는",
            latestWage: 2026,
            latestNotice: "2026-12-31",
          },
        },
      ],
    },
  ],
});

describe("minimum-wage's Korean message for a year not on file", () => {
  // The message reaches the officer-facing checklist, so it says what to do, not where the tool keeps its figures.
  it("should not name the tool or its rules data, and should say to recheck the year's published figures", () => {
    const message = minimumWage.meta.messagesKo?.unknownYear;
    expect(message).toBeDefined();
    expect(message).not.toMatch(/e7-align|규칙 자료/);
    expect(message).toContain("공표");
    expect(message).toContain("다시 확인하십시오");
  });
});
