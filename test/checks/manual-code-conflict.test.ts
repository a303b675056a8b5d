import { manualCodeConflict } from "../../src/checks/manual-code-conflict.js";
import { testCheck } from "./check-tester.js";

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
