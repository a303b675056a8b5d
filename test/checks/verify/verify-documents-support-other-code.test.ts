import { verifyDocumentsSupportOtherCode } from "../../../src/checks/verify/verify-documents-support-other-code.js";
import { APP_RRS_EN, GENERIC_CONTRACT_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyDocumentsSupportOtherCode, {
  valid: [
    { name: "web duties filed as 2224", code: "2224", contract: WEB_CONTRACT_EN },
    { name: "catch-all duties support no code at all", code: "2224", contract: GENERIC_CONTRACT_EN },
  ],
  invalid: [
    {
      name: "web duties filed as 2223 (2224 is under stricter review)",
      code: "2223",
      contract: WEB_CONTRACT_EN,
      findings: [
        {
          messageId: "otherCode",
          severity: "error",
          codes: ["2223", "2224"],
          fix: "(note: 2224 is under stricter review:",
        },
      ],
    },
    {
      name: "app duties filed as 2224",
      code: "2224",
      rrs: APP_RRS_EN,
      findings: [
        { messageId: "otherCode", codes: ["2224", "2223"], fix: "rewrite them toward 2224's scope. Compare the two" },
      ],
    },
  ],
});
