import { stricterReview } from "../../src/checks/stricter-review.js";
import { testCheck } from "./check-tester.js";

testCheck(stricterReview, {
  valid: [
    { name: "application developer (not under the review)", example: "application-developer" },
    { name: "management consultant (not under the review)", example: "marketing-consultant" },
  ],
  invalid: [
    {
      name: "web developer (under the ratio rule)",
      findings: [{ messageId: "underReview", severity: "info", data: { code: "2224" } }],
    },
    { name: "interpreter", example: "interpreter", findings: [{ messageId: "underReview", data: { code: "2914" } }] },
    // The per-employer caps these rules add are tested in occupation-employer-cap.test.ts.
    {
      name: "mechanical engineer",
      example: "mechanical-engineer",
      findings: [{ messageId: "underReview", data: { code: "2351" } }],
    },
  ],
});
