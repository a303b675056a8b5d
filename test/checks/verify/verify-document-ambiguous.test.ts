import { verifyDocumentAmbiguous } from "../../../src/checks/verify/verify-document-ambiguous.js";
import { SPLIT_CONTRACT_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { WEB_AND_APP } from "./texts.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyDocumentAmbiguous, {
  valid: [
    { name: "web duties filed as 2224", code: "2224", contract: WEB_CONTRACT_EN },
    { name: "a clear mismatch is not ambiguous", code: "2223", contract: WEB_CONTRACT_EN },
  ],
  invalid: [
    {
      name: "web and overseas-sales duties half and half",
      code: "2224",
      contract: SPLIT_CONTRACT_EN,
      findings: [{ messageId: "even", severity: "warning", file: "contract.md" }],
    },
    {
      name: "web and app duties half and half: the catalog's question between 2223 and 2224",
      code: "2224",
      contract: WEB_AND_APP,
      findings: [
        {
          messageId: "evenQuestion",
          statements: [2, 3],
          codes: ["2224", "2223"],
          fix: "Rewrite clauses 3, 4 toward 2224's scope",
        },
      ],
    },
  ],
});
