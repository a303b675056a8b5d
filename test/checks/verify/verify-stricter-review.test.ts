import { verifyStricterReview } from "../../../src/checks/verify/verify-stricter-review.js";
import { APP_RRS_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { describe, expect, it } from "vitest";
import { findingMessage } from "../../../src/checks/messages/localize-finding.js";
import { testVerifyCheck, verifyFindings } from "./verify-tester.js";

testVerifyCheck(verifyStricterReview, {
  valid: [{ name: "2223, not under stricter review", code: "2223", rrs: APP_RRS_EN }],
  invalid: [
    {
      name: "2224, under stricter review",
      code: "2224",
      contract: WEB_CONTRACT_EN,
      findings: [{ messageId: "stricterReview", severity: "warning", codes: ["2224"] }],
    },
  ],
});

describe("the Korean message of verify-stricter-review", () => {
  it("should state the conditions in Korean, not the catalog's English summary", async () => {
    const [finding] = await verifyFindings(verifyStricterReview, {
      name: "2224",
      code: "2224",
      contract: WEB_CONTRACT_EN,
    });
    const ko = findingMessage(finding!, "ko");
    expect(ko).toMatch(
      /^2224 웹 개발자는 국민고용 보호 심사 강화 대상입니다\. 추가 요건: 내국인 고용보험 피보험자 \d+명 이상/,
    );
    expect(ko).not.toContain(String(finding!.data!.summary));
  });
});
