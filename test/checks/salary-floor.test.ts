import { describe, expect, it } from "vitest";
import { loadRules } from "../../src/checks/load-rules.js";
import { salaryFloor, wagePeriodFor } from "../../src/checks/salary-floor.js";
import { testCheck } from "./check-tester.js";

describe("wagePeriodFor", () => {
  const periods = loadRules().wageFloors;
  it("should pick the period in force on the date", () => {
    expect(wagePeriodFor(periods, "2025-06-01")).toMatchObject({ period: { id: "wage-2025" }, current: true });
    expect(wagePeriodFor(periods, "2026-12-31")).toMatchObject({ period: { id: "wage-2026" }, current: true });
  });
  it("should fall back to the latest earlier period and flag it", () => {
    expect(wagePeriodFor(periods, "2027-03-01")).toMatchObject({ period: { id: "wage-2026" }, current: false });
    expect(wagePeriodFor(periods, "2026-01-15")).toMatchObject({ period: { id: "wage-2025" }, current: false });
    expect(wagePeriodFor(periods, "2024-01-01")).toBeUndefined();
  });
});

testCheck(salaryFloor, {
  valid: [
    { name: "42M for an E-7-1 job in December 2026" },
    {
      name: "exactly the 2026 E-7-1 floor",
      change: (c) => {
        c.position.annualSalaryKrw = 31_120_000;
      },
    },
    {
      name: "30M in June 2025, above that year's 28.67M",
      change: (c) => {
        c.position.annualSalaryKrw = 30_000_000;
        c.filing.plannedFilingDate = "2025-06-02";
      },
    },
  ],
  invalid: [
    {
      name: "30M in December 2026, below 31.12M",
      change: (c) => {
        c.position.annualSalaryKrw = 30_000_000;
      },
      findings: [
        {
          messageId: "belowFloor",
          severity: "error",
          path: "/position/annualSalaryKrw",
          data: {
            subtype: "E-7-1",
            floor: "31,120,000",
            period: "wage-2026",
            gap: "1,120,000",
            periodSource: "MOJ-WAGE-2026",
          },
        },
      ],
    },
    {
      name: "a placeholder-like zero salary",
      change: (c) => {
        c.position.annualSalaryKrw = 0;
      },
      findings: [{ messageId: "belowFloor", data: { salary: "0" } }],
    },
    {
      name: "a 2027 filing date with no notice on file",
      change: (c) => {
        c.filing.plannedFilingDate = "2027-02-15";
      },
      findings: [
        { messageId: "staleNotice", severity: "warning", data: { period: "wage-2026", validTo: "2026-12-31" } },
      ],
    },
    {
      name: "a transmission-line worker (76231) paid 40M, under the occupation's 42M",
      change: (c) => {
        c.selectedCode = "76231";
        c.position.annualSalaryKrw = 40_000_000;
      },
      findings: [
        { messageId: "belowOccupationFloor", severity: "error", data: { code: "76231", floor: "42,000,000" } },
      ],
    },
    {
      name: "a customer-service clerk (3620), whose pay rule is in the catalog",
      change: (c) => {
        c.selectedCode = "3620";
      },
      findings: [{ messageId: "occupationNote", severity: "info", data: { code: "3620" } }],
    },
    {
      name: "a 2024 filing date before any notice on file",
      change: (c) => {
        c.filing.plannedFilingDate = "2024-05-01";
      },
      findings: [{ messageId: "noNotice", severity: "warning" }],
    },
  ],
});
