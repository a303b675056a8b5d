import { verifyCommonlyMisusedCode } from "../../../src/checks/verify/verify-commonly-misused-code.js";
import { APP_RRS_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyCommonlyMisusedCode, {
  valid: [{ name: "2224, not a commonly misused number", code: "2224", contract: WEB_CONTRACT_EN }],
  invalid: [
    {
      name: "2223, often filed for web work",
      code: "2223",
      rrs: APP_RRS_EN,
      findings: [{ messageId: "oftenMisused", severity: "info", data: { filed: "2223" } }],
    },
  ],
});
