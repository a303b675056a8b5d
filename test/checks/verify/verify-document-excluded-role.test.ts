import { verifyDocumentExcludedRole } from "../../../src/checks/verify/verify-document-excluded-role.js";
import { SALES_RRS_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { TRADE_CLERK, WEB_DESIGNER } from "./texts.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyDocumentExcludedRole, {
  valid: [
    { name: "web development filed as 2224", code: "2224", contract: WEB_CONTRACT_EN },
    { name: "overseas sales filed as 2842", code: "2842", rrs: SALES_RRS_EN },
  ],
  invalid: [
    {
      name: "a web designer's duties filed as 2224",
      code: "2224",
      contract: WEB_DESIGNER,
      findings: [
        {
          messageId: "excludedRole",
          severity: "error",
          data: { excluded: "Web designer", useCode: "295" },
          codes: ["2224", "295"],
          fix: "file under 295",
        },
      ],
    },
    {
      name: "a trade clerk's duties filed as 2842: no E-7 code for the role",
      code: "2842",
      contract: TRADE_CLERK,
      findings: [{ messageId: "excludedRole", codes: ["2842"], fix: "The catalog gives no E-7 code for that role." }],
    },
  ],
});
