import { verifyCodeReadInCurrentEdition } from "../../../src/checks/verify/verify-code-read-in-current-edition.js";
import { WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { describe, expect, it } from "vitest";
import { findingMessage } from "../../../src/checks/messages/localize-finding.js";
import { testVerifyCheck, verifyFindings } from "./verify-tester.js";

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

describe("the Korean message of verify-code-read-in-current-edition", () => {
  it("should name each edition's occupation in Korean", async () => {
    const [finding] = await verifyFindings(verifyCodeReadInCurrentEdition, {
      name: "2224",
      code: "2224",
      contract: WEB_CONTRACT_EN,
    });
    const ko = findingMessage(finding!, "ko");
    expect(ko).toContain("2026-09: 웹 개발자");
    expect(ko).not.toMatch(/: [A-Z][a-z]+ [a-z]/);
  });
});
