import { verifyCommonlyMisusedCode } from "../../../src/checks/verify/verify-commonly-misused-code.js";
import { APP_RRS_EN, WEB_CONTRACT_EN } from "../../fixtures/verify/documents.js";
import { describe, expect, it } from "vitest";
import { findingMessage } from "../../../src/checks/messages/localize-finding.js";
import { testVerifyCheck, verifyFindings } from "./verify-tester.js";

testVerifyCheck(verifyCommonlyMisusedCode, {
  valid: [{ name: "2224, not a commonly misused number", code: "2224", contract: WEB_CONTRACT_EN }],
  invalid: [
    {
      name: "2223, often filed for web work",
      code: "2223",
      rrs: APP_RRS_EN,
      findings: [{ messageId: "oftenMisused", severity: "info", data: { filed: "2223" } }],
    },
  ],
});

describe("the Korean message of verify-commonly-misused-code", () => {
  it("should name the work by its occupation's Korean name, with no English note", async () => {
    const [finding] = await verifyFindings(verifyCommonlyMisusedCode, { name: "2223", code: "2223", rrs: APP_RRS_EN });
    expect(findingMessage(finding!, "ko")).toBe(
      "2223은 웹 개발자 업무로 자주 신청되지만, 그 업무의 코드는 2224입니다.",
    );
  });
});
