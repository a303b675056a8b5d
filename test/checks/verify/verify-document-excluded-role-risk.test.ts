import { describe, expect, it } from "vitest";
import { verifyDocumentAmbiguous } from "../../../src/checks/verify/verify-document-ambiguous.js";
import { verifyDocumentExcludedRoleRisk } from "../../../src/checks/verify/verify-document-excluded-role-risk.js";
import { SALES_RRS_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { PARTLY_NURSING_ASSISTANT, TRADE_CLERK } from "./texts.js";
import { testVerifyCheck, verifyFindings } from "./verify-tester.js";

testVerifyCheck(verifyDocumentExcludedRoleRisk, {
  valid: [
    { name: "web development filed as 2224", code: "2224", contract: WEB_CONTRACT_EN },
    { name: "overseas sales filed as 2842", code: "2842", rrs: SALES_RRS_EN },
    {
      name: "a trade clerk's duties filed as 2842: excluded outright, not partly",
      code: "2842",
      contract: TRADE_CLERK,
    },
  ],
  invalid: [
    {
      name: "a nursing assistant's clause outweighing nursing work, filed as 2440",
      code: "2440",
      contract: PARTLY_NURSING_ASSISTANT,
      findings: [
        {
          messageId: "partlyExcluded",
          severity: "warning",
          data: { excluded: "Nursing assistant", clauses: "1", share: 40 },
          codes: ["2440"],
        },
      ],
    },
  ],
});

describe("verify-document-ambiguous beside a partly excluded role", () => {
  it("leaves the finding to verify-document-excluded-role-risk", async () => {
    expect(
      await verifyFindings(verifyDocumentAmbiguous, {
        name: "partly excluded",
        code: "2440",
        contract: PARTLY_NURSING_ASSISTANT,
      }),
    ).toEqual([]);
  });
});
