import { describe, expect, it } from "vitest";
import { manualCodeConflict } from "../../src/checks/manual-code-conflict.js";
import { findingMessage } from "../../src/checks/messages/localize-finding.js";
import { findingsFor, testCheck } from "./check-tester.js";

testCheck(manualCodeConflict, {
  valid: [
    { name: "web developer 2224: one number everywhere" },
    { name: "application developer 2223", example: "application-developer" },
  ],
  invalid: [
    {
      name: "data specialist filed as the list-table 2231",
      change: (c) => {
        c.selectedCode = "2231";
      },
      findings: [{ messageId: "conflict", severity: "warning", path: "/selectedCode", data: { code: "2231" } }],
    },
    {
      name: "data specialist filed as the criteria-page 2241",
      change: (c) => {
        c.selectedCode = "2241";
      },
      findings: [{ messageId: "criteriaPageNumber", severity: "warning", data: { typed: "2241", code: "2231" } }],
    },
    {
      name: "care worker filed as 42110",
      change: (c) => {
        c.selectedCode = "42110";
      },
      findings: [{ messageId: "criteriaPageNumber", data: { typed: "42110", code: "42210" } }],
    },
    {
      name: "shipbuilding welder 7406 (criteria page still 7430)",
      change: (c) => {
        c.selectedCode = "7406";
      },
      findings: [{ messageId: "conflict", data: { code: "7406" } }],
    },
  ],
});

describe("manual-code-conflict in Korean", () => {
  for (const code of ["42210", "42110", "7406", "441"]) {
    it(`should explain ${code} in Korean, naming the office, with no English sentence`, () => {
      const [finding] = findingsFor(manualCodeConflict, {
        name: code,
        change: (c) => {
          c.selectedCode = code;
        },
      });
      const korean = findingMessage(finding!, "ko");
      expect(korean).toContain("서울출입국·외국인청");
      expect(korean).not.toMatch(/[A-Za-z]{3,}/);
      expect(finding!.message).toContain("Seoul Immigration Office");
      expect(finding!.message).not.toMatch(/confirm with seoul/);
    });
  }
});
