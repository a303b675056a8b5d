import { verifyRrsCodeMissing } from "../../../src/checks/verify/verify-rrs-code-missing.js";
import { APP_RRS_EN, WEB_CONTRACT_EN, WEB_RRS_UNNAMED } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyRrsCodeMissing, {
  valid: [
    { name: "an RRS stating its code", code: "2223", rrs: APP_RRS_EN },
    { name: "a contract need not state the code", code: "2224", contract: WEB_CONTRACT_EN },
  ],
  invalid: [
    {
      name: "an RRS stating no code",
      code: "2224",
      rrs: WEB_RRS_UNNAMED,
      findings: [{ messageId: "codeMissing", severity: "warning", file: "rrs.md", codes: ["2224"] }],
    },
  ],
});
