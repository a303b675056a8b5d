import { describe, expect, it } from "vitest";
import { stricterReview } from "../../src/checks/stricter-review.js";
import { findingMessage } from "../../src/checks/messages/localize-finding.js";
import { findingsFor, testCheck } from "./check-tester.js";

testCheck(stricterReview, {
  valid: [
    { name: "application developer (not under the review)", example: "application-developer" },
    { name: "management consultant (not under the review)", example: "marketing-consultant" },
  ],
  invalid: [
    {
      name: "web developer (under the ratio rule)",
      findings: [
        {
          messageId: "underReview",
          severity: "info",
          // The Korean message states the catalog's figures in Korean, not its English summary.
          data: {
            code: "2224",
            summaryKo: "",
            conditionsKo: "내국인 고용보험 피보험자 5명 이상, 외국인 전문인력은 내국인 피보험자의 20% 이내",
          },
        },
      ],
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

describe("stricter-review in Korean for an occupation open to one kind of employer", () => {
  it("should name the employer kind from the rules data, not only 'the occupation's employer rule'", () => {
    const [finding] = findingsFor(stricterReview, {
      name: "3612",
      change: (c) => {
        c.selectedCode = "3612";
      },
    });
    const korean = findingMessage(finding!, "ko");
    expect(korean).toContain("추가 요건: 고용업체가 「관광진흥법」에 따라 등록한 관광호텔");
    expect(korean).toContain("에 해당해야 하는 등 직종별 요건");
  });
});
