import { verifyDocumentCitesOtherCode } from "../../../src/checks/verify/verify-document-cites-other-code.js";
import { APP_RRS_EN } from "../../fixtures/verify/documents.js";
import { testVerifyCheck } from "./verify-tester.js";

const COMPARING =
  "Duties\n1. Develop and maintain the front end of the online shopping website with React.\nOccupation code: 2224 (Web developer), not code 2223 (application software).";

testVerifyCheck(verifyDocumentCitesOtherCode, {
  valid: [
    { name: "an RRS citing the filed code", code: "2223", rrs: APP_RRS_EN },
    { name: "an RRS citing the filed code and naming another for comparison", code: "2224", rrs: COMPARING },
  ],
  invalid: [
    {
      name: "an RRS citing 2223 in a 2224 filing",
      code: "2224",
      rrs: APP_RRS_EN,
      findings: [
        {
          messageId: "citesOther",
          severity: "error",
          file: "rrs.md",
          data: { cited: "2223" },
          codes: ["2224", "2223"],
        },
      ],
    },
  ],
});
