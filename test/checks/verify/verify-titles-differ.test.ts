import { verifyTitlesDiffer } from "../../../src/checks/verify/verify-titles-differ.js";
import { APP_RRS_EN, WEB_CONTRACT_EN, WEB_DUTIES_APP_TITLE } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

testVerifyCheck(verifyTitlesDiffer, {
  valid: [
    { name: "the same title in both documents", code: "2223", contract: WEB_DUTIES_APP_TITLE, rrs: APP_RRS_EN },
    { name: "one document only", code: "2224", contract: WEB_CONTRACT_EN },
  ],
  invalid: [
    {
      name: "Web Developer in the contract, Mobile App Developer in the RRS",
      code: "2224",
      contract: WEB_CONTRACT_EN,
      rrs: APP_RRS_EN,
      findings: [
        {
          messageId: "titlesDiffer",
          severity: "warning",
          data: { contractTitle: "Web Developer", rrsTitle: "Mobile App Developer" },
        },
      ],
    },
  ],
});
