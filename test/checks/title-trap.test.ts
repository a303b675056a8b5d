import { titleTrap } from "../../src/checks/title-trap.js";
import { describe, expect, it } from "vitest";
import { findingMessage } from "../../src/checks/messages/localize-finding.js";
import { findingsFor, testCheck, type Draft } from "./check-tester.js";

testCheck(titleTrap, {
  valid: [{ name: "web developer titled Web Developer" }, { name: "drafter titled CAD Drafter", example: "drafter" }],
  invalid: [
    {
      name: "web duties titled Mobile App Developer",
      change: (c) => {
        c.position.title.en = "Mobile App Developer";
      },
      findings: [
        {
          messageId: "trap",
          severity: "warning",
          path: "/position/title/en",
          data: { titleCode: "2223", dutiesCode: "2224" },
        },
      ],
    },
    {
      name: "web duties titled Marketing Manager",
      change: (c) => {
        c.position.title.en = "Marketing Manager";
      },
      findings: [{ messageId: "trap", data: { titleCode: "2815", dutiesCode: "2224" } }],
    },
    {
      name: "drafting duties titled Mechanical Engineer and filed as 2351",
      example: "mismatch-cad-drafter-filed-as-2351",
      findings: [{ messageId: "trap", data: { titleCode: "2351", dutiesCode: "2395" } }],
    },
  ],
});

describe("the Korean message of title-trap", () => {
  it("should give its advice in Korean, in either case", () => {
    const cases = [
      { name: "drafting duties titled Mechanical Engineer", example: "mismatch-cad-drafter-filed-as-2351" },
      {
        name: "web duties titled Marketing Manager",
        change: (c: Draft) => {
          c.position.title.en = "Marketing Manager";
        },
      },
    ];
    for (const testCase of cases) {
      const [finding] = findingsFor(titleTrap, testCase);
      const ko = findingMessage(finding!, "ko");
      expect(ko).not.toContain(String(finding!.data!.advice));
      expect(ko).toMatch(/직무명을 (쓰십시오|붙이십시오)/);
    }
  });
});
