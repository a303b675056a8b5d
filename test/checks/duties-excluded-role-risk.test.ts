import { dutiesExcludedRoleRisk } from "../../src/checks/duties-excluded-role-risk.js";
import { dutiesFitCode } from "../../src/checks/duties-fit-code.js";
import { findingsFor, testCheck } from "./check-tester.js";
import { describe, expect, it } from "vitest";

/** A nurse's list in which one of three duties is a nursing assistant's work and none shows nursing itself. */
const PARTLY_NURSING_ASSISTANT = [
  { text: "Assist patients with washing, dressing and going to the toilet", share: 40 },
  { text: "Attend the morning handover", share: 30 },
  { text: "Take part in the weekly team meeting", share: 30 },
];

const fileAsNurse = (c: { selectedCode: string; position: { duties: unknown } }): void => {
  c.selectedCode = "2440";
  c.position.duties = PARTLY_NURSING_ASSISTANT;
};

testCheck(dutiesExcludedRoleRisk, {
  valid: [
    { name: "web developer filed as 2224" },
    { name: "mechanical engineer filed as 2351", example: "mechanical-engineer" },
    {
      name: "a nurse's list with one assisting duty beside nursing work",
      change: (c) => {
        c.selectedCode = "2440";
        c.position.duties = [
          { text: "Assess patients, take vital signs and give medication on the ward", share: 40 },
          { text: "Plan nursing care and record it in the electronic chart", share: 30 },
          { text: "Help patients with bathing when the ward is short of staff", share: 30 },
        ];
      },
    },
  ],
  invalid: [
    {
      name: "a nursing assistant's duty outweighing nursing work, filed as 2440",
      change: fileAsNurse,
      findings: [
        {
          messageId: "partlyExcluded",
          severity: "warning",
          path: "/position/duties",
          data: { selectedCode: "2440", role: "Nursing assistant", roleKo: "간호조무사", share: 40, statements: "1" },
        },
      ],
    },
  ],
});

describe("duties-fit-code beside a partly excluded role", () => {
  it("leaves the finding to duties-excluded-role-risk instead of naming a rival occupation", () => {
    expect(findingsFor(dutiesFitCode, { name: "partly a nursing assistant", change: fileAsNurse })).toEqual([]);
  });
});
