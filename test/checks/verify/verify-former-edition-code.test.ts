import { verifyFormerEditionCode } from "../../../src/checks/verify/verify-former-edition-code.js";
import { SALES_RRS_EN } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyFormerEditionCode, {
  valid: [{ name: "the current number of overseas sales (2842)", code: "2842", rrs: SALES_RRS_EN }],
  invalid: [
    {
      name: "2742, the former number of overseas sales",
      code: "2742",
      rrs: SALES_RRS_EN,
      findings: [
        { messageId: "formerNumber", severity: "error", data: { filed: "2742", code: "2842" }, codes: ["2842"] },
      ],
    },
  ],
});
