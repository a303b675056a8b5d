import { verifyDocumentsDisagree } from "../../../src/checks/verify/verify-documents-disagree.js";
import { APP_RRS_EN, GENERIC_CONTRACT_EN, WEB_CONTRACT_EN, WEB_RRS_UNNAMED } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyDocumentsDisagree, {
  valid: [
    { name: "a web contract and a web RRS", code: "2224", contract: WEB_CONTRACT_EN, rrs: WEB_RRS_UNNAMED },
    {
      name: "a contract without specific duties is not compared",
      code: "2224",
      contract: GENERIC_CONTRACT_EN,
      rrs: APP_RRS_EN,
    },
  ],
  invalid: [
    {
      name: "a web contract and an app RRS",
      code: "2224",
      contract: WEB_CONTRACT_EN,
      rrs: APP_RRS_EN,
      findings: [{ messageId: "disagree", severity: "error", codes: ["2224", "2223"] }],
    },
  ],
});
