import { describe, expect, it } from "vitest";
import { gniFor, gniWageFloor } from "../../src/checks/gni-wage-floor.js";
import { loadRules } from "../../src/checks/load-rules.js";
import { testCheck } from "./check-tester.js";

describe("gniFor", () => {
  const figures = loadRules().gniPerCapita;
  it("should take the previous year's GNI once it is published", () => {
    expect(gniFor(figures, "2026-12-07")).toMatchObject({ figure: { year: 2025, krw: 52_416_000 }, current: true });
    expect(gniFor(figures, "2026-02-01")).toMatchObject({ figure: { year: 2024 }, current: false });
    expect(gniFor(figures, "2028-01-10")).toMatchObject({ figure: { year: 2025 }, current: false });
  });
});

testCheck(gniWageFloor, {
  valid: [
    { name: "web developer: no GNI rule" },
    {
      name: "aquaculture technician paid 80% of the 2025 GNI (41,932,800)",
      change: (c) => {
        c.selectedCode = "6301";
        c.position.annualSalaryKrw = 41_932_800;
      },
    },
    {
      name: "auto-parts worker paid 70% of the 2025 GNI (36,691,200)",
      change: (c) => {
        c.selectedCode = "S85411";
        c.position.annualSalaryKrw = 36_691_200;
      },
    },
  ],
  invalid: [
    {
      name: "aquaculture technician paid 40M (the 31.12M notice floor would pass)",
      change: (c) => {
        c.selectedCode = "6301";
        c.position.annualSalaryKrw = 40_000_000;
      },
      findings: [
        {
          messageId: "belowGniFloor",
          severity: "error",
          path: "/position/annualSalaryKrw",
          data: { percent: 80, gniYear: 2025, floor: "41,932,800", gap: "1,932,800" },
        },
      ],
    },
    {
      name: "shipbuilding welder at the new-entrant pay",
      change: (c) => {
        c.selectedCode = "7406";
        c.position.annualSalaryKrw = 26_000_000;
      },
      findings: [{ messageId: "newEntrantOnly", severity: "warning", data: { entrantFloor: "25,890,000", years: 3 } }],
    },
    {
      name: "auto-body worker in 2028 before the 2027 GNI is on file",
      change: (c) => {
        c.selectedCode = "S75104";
        c.position.annualSalaryKrw = 30_000_000;
        c.filing.plannedFilingDate = "2028-01-10";
      },
      findings: [
        { messageId: "staleGni", severity: "warning", data: { wantedYear: 2027, gniYear: 2025 } },
        { messageId: "belowGniFloor", data: { percent: 70 } },
      ],
    },
  ],
});
