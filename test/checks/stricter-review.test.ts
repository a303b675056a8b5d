import { stricterReview } from "../../src/checks/stricter-review.js";
import { testCheck } from "./check-tester.js";

testCheck(stricterReview, {
  valid: [
    { name: "application developer (not under the review)", example: "application-developer" },
    { name: "management consultant (not under the review)", example: "marketing-consultant" },
  ],
  invalid: [
    { name: "web developer (under the ratio rule)", findings: [{ messageId: "underReview", severity: "info", data: { code: "2224" } }] },
    { name: "interpreter", example: "interpreter", findings: [{ messageId: "underReview", data: { code: "2914" } }] },
    {
      name: "mechanical engineer at a firm of 92 workers (cap 3)",
      example: "mechanical-engineer",
      findings: [{ messageId: "underReview" }, { messageId: "capForFirm", severity: "info", data: { code: "2351", workers: 92, cap: 3 } }],
    },
    {
      name: "mechanical engineer at a firm of 4 workers",
      example: "mechanical-engineer",
      change: (c) => {
        c.employer.regularWorkers = 4;
      },
      findings: [{ messageId: "underReview" }, { messageId: "firmTooSmall", severity: "error", path: "/employer/regularWorkers", data: { workers: 4 } }],
    },
    {
      name: "drafter at a firm of 10 workers",
      example: "drafter",
      change: (c) => {
        c.employer.regularWorkers = 10;
      },
      findings: [{ messageId: "underReview" }, { messageId: "firmTooSmall", severity: "error", data: { code: "2395", workers: 10 } }],
    },
    {
      name: "drafter at a firm of 11 workers counted from insured staff (cap 2)",
      example: "drafter",
      change: (c) => {
        delete c.employer.regularWorkers;
        c.employer.insuredKoreanEmployees = 8;
        c.employer.foreignEmployees = { "E-9": 3 };
      },
      findings: [{ messageId: "underReview" }, { messageId: "capForFirm", data: { workers: 11, cap: 2 } }],
    },
  ],
});
