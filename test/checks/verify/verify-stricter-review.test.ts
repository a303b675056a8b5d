import { verifyStricterReview } from "../../../src/checks/verify/verify-stricter-review.js";
import { APP_RRS_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

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
