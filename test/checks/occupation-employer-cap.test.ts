import { occupationEmployerCap } from "../../src/checks/occupation-employer-cap.js";
import { describe, expect, it } from "vitest";
import { findingMessage } from "../../src/checks/messages/localize-finding.js";
import { findingsFor, testCheck } from "./check-tester.js";

testCheck(occupationEmployerCap, {
  valid: [
    { name: "web developer: no cap of its own (the 20% ratio applies)" },
    { name: "application developer: no cap of its own", example: "application-developer" },
  ],
  invalid: [
    {
      name: "mechanical engineer at a firm of 92 workers (cap 3; 2 E-7 + this hire)",
      example: "mechanical-engineer",
      findings: [{ messageId: "capForFirm", severity: "info", data: { code: "2351", cap: 3 } }],
    },
    {
      name: "mechanical engineer at a firm of 4 workers",
      example: "mechanical-engineer",
      change: (c) => {
        c.employer.regularWorkers = 4;
      },
      findings: [
        {
          messageId: "firmTooSmall",
          severity: "error",
          path: "/employer/regularWorkers",
          data: { count: 4, basis: "regular workers" },
        },
      ],
    },
    {
      name: "drafter at a firm of 10 workers",
      example: "drafter",
      change: (c) => {
        c.employer.regularWorkers = 10;
      },
      findings: [{ messageId: "firmTooSmall", severity: "error", data: { code: "2395", count: 10 } }],
    },
    {
      name: "drafter at a firm of 11 workers counted from insured staff (cap 2)",
      example: "drafter",
      change: (c) => {
        delete c.employer.regularWorkers;
        c.employer.insuredKoreanEmployees = 8;
        c.employer.foreignEmployees = { "E-9": 3 };
      },
      findings: [{ messageId: "capForFirm", data: { cap: 2, countText: " with 11 regular workers" } }],
    },
    {
      name: "designer (295) at a firm of 42 insured Koreans: cap 1 instead of the 20% ratio",
      example: "advertising-specialist",
      change: (c) => {
        c.selectedCode = "295";
        c.employer.foreignEmployees = {};
      },
      findings: [
        {
          messageId: "capForFirm",
          severity: "info",
          data: { code: "295", cap: 1, countText: " with 42 insured Korean employees" },
        },
      ],
    },
    {
      name: "designer (295) at a firm of 60 insured Koreans with 2 E-7 staff already (cap 2)",
      example: "advertising-specialist",
      change: (c) => {
        c.selectedCode = "295";
        c.employer.insuredKoreanEmployees = 60;
      },
      findings: [
        {
          messageId: "capMayBeExceeded",
          severity: "warning",
          path: "/employer/foreignEmployees",
          data: { after: 3, cap: 2 },
        },
      ],
    },
    {
      name: "designer (295) at a firm of 4 insured Koreans",
      example: "advertising-specialist",
      change: (c) => {
        c.selectedCode = "295";
        c.employer.insuredKoreanEmployees = 4;
      },
      findings: [
        { messageId: "firmTooSmall", severity: "error", path: "/employer/insuredKoreanEmployees", data: { count: 4 } },
      ],
    },
    {
      name: "travel product developer (2832): 2 E-7 staff + this hire is above the 2 per firm (3 under conditions)",
      example: "mismatch-travel-tech-pm-filed-as-2832",
      findings: [
        {
          messageId: "capMayBeExceeded",
          severity: "warning",
          data: { after: 3, cap: 2, code: "2832", raised: " (3 under the conditions named)" },
        },
      ],
    },
    {
      name: "travel product developer (2832) with no E-7 staff: within the 2 per firm",
      example: "mismatch-travel-tech-pm-filed-as-2832",
      change: (c) => {
        c.employer.foreignEmployees = { "F-4": 1 };
      },
      findings: [{ messageId: "capForFirm", data: { cap: 2, countText: "" } }],
    },
  ],
});

describe("the Korean messages of occupation-employer-cap", () => {
  it("should carry no English phrase from the data: the count's basis, the statuses and the raised cap in Korean", () => {
    const [forFirm] = findingsFor(occupationEmployerCap, { name: "drafter's cap", example: "drafter" });
    expect(findingMessage(forFirm!, "ko")).toContain(
      "이 업체는 상시 근로자 41명 기준으로 외국인 제도사를 최대 2명까지",
    );
    const [exceeded] = findingsFor(occupationEmployerCap, {
      name: "2832 above the cap",
      example: "mismatch-travel-tech-pm-filed-as-2832",
    });
    const ko = findingMessage(exceeded!, "ko");
    expect(ko).toContain("3명(E-7-1 2명, 이번 채용 1명)이 되어");
    expect(ko).toContain("2명(요건 충족 시 3명)을 넘습니다");
    for (const english of ["with ", "this hire", "under the conditions", "regular workers"])
      expect(ko).not.toContain(english);
  });
});
