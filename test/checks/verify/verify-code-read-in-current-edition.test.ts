import { verifyCodeReadInCurrentEdition } from "../../../src/checks/verify/verify-code-read-in-current-edition.js";
import { WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyCodeReadInCurrentEdition, {
  valid: [
    { name: "a number that names one occupation (2223)", code: "2223", contract: WEB_CONTRACT_EN },
    { name: "a reused number with its edition named", code: "2224", edition: "2026-09", contract: WEB_CONTRACT_EN },
  ],
  invalid: [
    {
      name: "2224, which former editions used for another occupation",
      code: "2224",
      contract: WEB_CONTRACT_EN,
      findings: [{ messageId: "readInCurrent", severity: "info", data: { filed: "2224" }, codes: ["2224"] }],
    },
  ],
});
