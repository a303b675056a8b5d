import { verifyFormerCodeInDocument } from "../../../src/checks/verify/verify-former-code-in-document.js";
import { APP_RRS_EN, SALES_RRS_EN } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyFormerCodeInDocument, {
  valid: [{ name: "an RRS citing the current number", code: "2223", rrs: APP_RRS_EN }],
  invalid: [
    {
      name: "an RRS citing 2742, the former number of 2842",
      code: "2842",
      rrs: SALES_RRS_EN,
      findings: [
        {
          messageId: "formerNumber",
          severity: "warning",
          file: "rrs.md",
          data: { cited: "2742", code: "2842" },
          fix: "Write 2842 instead of 2742.",
        },
      ],
    },
  ],
});
