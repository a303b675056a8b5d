import { verifySplitDuties } from "../../../src/checks/verify/verify-split-duties.js";
import { SPLIT_CONTRACT_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { WEB_MOSTLY_SALES_SOME } from "./texts.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifySplitDuties, {
  valid: [{ name: "web duties only", code: "2224", contract: WEB_CONTRACT_EN }],
  invalid: [
    {
      name: "web and overseas sales half and half",
      code: "2224",
      contract: SPLIT_CONTRACT_EN,
      findings: [{ messageId: "noClearMajority", severity: "warning", data: { firstShare: 50, secondShare: 50 } }],
    },
    {
      name: "web work 65%, overseas sales 35%",
      code: "2224",
      contract: WEB_MOSTLY_SALES_SOME,
      findings: [
        {
          messageId: "clearMajority",
          severity: "info",
          data: { firstShare: 65, secondShare: 35 },
          codes: ["2224", "2842"],
        },
      ],
    },
  ],
});
