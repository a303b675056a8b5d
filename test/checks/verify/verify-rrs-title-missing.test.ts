import { verifyRrsTitleMissing } from "../../../src/checks/verify/verify-rrs-title-missing.js";
import { APP_RRS_EN, WEB_CONTRACT_EN, WEB_RRS_UNNAMED } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyRrsTitleMissing, {
  valid: [
    { name: "an RRS naming its occupation", code: "2223", rrs: APP_RRS_EN },
    { name: "a contract need not name the occupation", code: "2224", contract: WEB_CONTRACT_EN },
  ],
  invalid: [
    {
      name: "an RRS naming neither the occupation nor a title of it",
      code: "2224",
      rrs: WEB_RRS_UNNAMED,
      findings: [{ messageId: "titleMissing", severity: "warning", file: "rrs.md", data: { nameEn: "Web developer" } }],
    },
  ],
});
