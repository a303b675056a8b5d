import { verifyNoDutySection } from "../../../src/checks/verify/verify-no-duty-section.js";
import { WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { NO_DUTY_SECTION } from "./texts.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyNoDutySection, {
  valid: [{ name: "a contract with a duty heading", code: "2224", contract: WEB_CONTRACT_EN }],
  invalid: [
    {
      name: "a contract with no duty heading: nothing scored",
      code: "2224",
      contract: NO_DUTY_SECTION,
      findings: [{ messageId: "notFound", severity: "error", file: "contract.md" }],
    },
    {
      name: "the same with --whole-text: every paragraph scored",
      code: "2224",
      wholeText: true,
      contract: NO_DUTY_SECTION,
      findings: [{ messageId: "notFoundWholeText", severity: "warning", file: "contract.md" }],
    },
  ],
});
