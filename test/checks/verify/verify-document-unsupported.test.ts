import { verifyDocumentUnsupported } from "../../../src/checks/verify/verify-document-unsupported.js";
import { GENERIC_CONTRACT_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { NO_DUTY_SECTION } from "./texts.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyDocumentUnsupported, {
  valid: [
    { name: "specific web duties", code: "2224", contract: WEB_CONTRACT_EN },
    { name: "nothing read (verify-no-duty-section says why)", code: "2224", contract: NO_DUTY_SECTION },
  ],
  invalid: [
    {
      name: "catch-all clauses only",
      code: "2224",
      contract: GENERIC_CONTRACT_EN,
      findings: [{ messageId: "noSpecificDuty", severity: "error", file: "contract.md", codes: ["2224"] }],
    },
  ],
});
