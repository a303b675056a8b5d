import { verifyDocumentCitesOtherCode } from "../../../src/checks/verify/verify-document-cites-other-code.js";
import { APP_RRS_EN } from "../../fixtures/verify/documents.js";
import { describe, expect, it } from "vitest";
import { findingMessage } from "../../../src/checks/messages/localize-finding.js";
import { testVerifyCheck, verifyFindings } from "./verify-tester.js";

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

describe("the Korean message of verify-document-cites-other-code", () => {
  it("should name the cited code's occupation in Korean", async () => {
    const [finding] = await verifyFindings(verifyDocumentCitesOtherCode, {
      name: "2223 in 2224",
      code: "2224",
      rrs: APP_RRS_EN,
    });
    const ko = findingMessage(finding!, "ko");
    expect(ko).toContain("적힌 코드는 2223(2026-09: 응용 소프트웨어 개발자");
    expect(ko).not.toContain("Application software developer");
  });
});
