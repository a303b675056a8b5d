import { describe, expect, it } from "vitest";
import { qualification, relatedYears } from "../../src/checks/qualification.js";
import { testCheck } from "./check-tester.js";

describe("relatedYears", () => {
  it("should count overlapping jobs once and only related ones", () => {
    const years = relatedYears(
      [
        { employer: "A", role: "r", startDate: "2018-01-01", endDate: "2020-01-01", duties: "d" },
        { employer: "B", role: "r", startDate: "2019-01-01", endDate: "2021-01-01", duties: "d" },
        {
          employer: "C",
          role: "r",
          startDate: "2021-01-01",
          endDate: "2025-01-01",
          duties: "d",
          relatedToOccupation: false,
        },
      ],
      "0000-01-01",
      "2026-12-01",
    );
    expect(years).toBeCloseTo(3, 1);
  });
  it("should count only the time after the given date", () => {
    expect(
      relatedYears([{ employer: "A", role: "r", startDate: "2018-01-01", duties: "d" }], "2025-12-01", "2026-12-01"),
    ).toBeCloseTo(1, 1);
  });
});

testCheck(qualification, {
  valid: [
    { name: "related bachelor's + 8 years after it" },
    { name: "related master's", example: "system-designer" },
    {
      name: "no degree but 6 years of related work",
      change: (c) => {
        c.applicant.education = [];
        c.applicant.experience[0]!.startDate = "2020-06-01";
      },
    },
  ],
  invalid: [
    {
      name: "related bachelor's with 6 months of work after it",
      change: (c) => {
        c.applicant.education[0]!.completionDate = "2026-03-01";
        c.applicant.experience[0]!.startDate = "2026-03-15";
        c.applicant.experience[0]!.endDate = "2026-09-15";
      },
      findings: [
        {
          messageId: "notMet",
          severity: "error",
          path: "/applicant",
          data: { bachelor: "yes", yearsAfterDegree: 0.5, bachelorPlusYears: 1, experienceOnlyYears: 5 },
        },
      ],
    },
    {
      name: "unrelated degree and 3 years of work",
      change: (c) => {
        c.applicant.education[0]!.relatedToOccupation = false;
        c.applicant.experience[0]!.startDate = "2023-10-01";
      },
      findings: [{ messageId: "notMet", data: { bachelor: "no" } }],
    },
    {
      name: "a Korean bachelor's in an unrelated field with no experience",
      change: (c) => {
        c.applicant.education = [
          {
            degree: "bachelor",
            field: "Business Administration",
            institution: "Yonsei University",
            country: "KR",
            completionDate: "2026-02-20",
            relatedToOccupation: false,
          },
        ];
        c.applicant.experience = [];
      },
      findings: [{ messageId: "koreanDegree", severity: "info" }],
    },
    {
      name: "travel product developer with 6 years of experience only (route barred)",
      example: "mismatch-travel-tech-pm-filed-as-2832",
      change: (c) => {
        c.applicant.education = [];
        c.applicant.experience[0]!.startDate = "2020-01-01";
      },
      findings: [
        { messageId: "ownRule", severity: "info" },
        { messageId: "experienceOnlyBarred", severity: "error", data: { code: "2832" } },
      ],
    },
    {
      name: "a musical instrument maker (7303, 10 years) with 8 years",
      change: (c) => {
        c.selectedCode = "7303";
      },
      findings: [
        { messageId: "ownRule" },
        { messageId: "minYears", severity: "warning", data: { code: "7303", minYears: 10, totalYears: 8.2 } },
      ],
    },
    {
      name: "interpreter with its own rule and a degree + 1 year",
      example: "interpreter",
      findings: [{ messageId: "ownRule", severity: "info", data: { code: "2914" } }],
    },
  ],
});
