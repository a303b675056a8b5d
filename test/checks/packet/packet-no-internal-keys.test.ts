import { describe, expect, it } from "vitest";
import { internalKeysIn, packetNoInternalKeys } from "../../../src/checks/packet/packet-no-internal-keys.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

testPacketCheck(packetNoInternalKeys, {
  valid: [
    { name: "the bilingual packet" },
    { name: "the Korean packet", lang: "ko" },
    { name: "the English packet of a reapplication", example: "reapplication-after-code-mismatch", lang: "en" },
  ],
  invalid: [
    {
      name: "a rule's source key printed next to the wage requirement",
      change: (c) =>
        changeFile(c, "recruitment-reason-statement.pdf", (d) =>
          withText(d, (t) => `${t}\nWage requirement: KRW 31,120,000 (MOJ-WAGE-2026).`),
        ),
      findings: [
        { messageId: "internalKey", file: "recruitment-reason-statement.pdf", data: { keys: "MOJ-WAGE-2026" } },
      ],
    },
    {
      name: "check ids and an issue number in a cover letter",
      example: "reapplication-after-code-mismatch",
      change: (c) =>
        changeFile(c, "reapplication-cover-letter.docx", (d) =>
          withText(d, (t) => `${t}\nChecked by duties-fit-code and packet-same-code (issue 5).`),
        ),
      findings: [
        {
          messageId: "internalKey",
          file: "reapplication-cover-letter.docx",
          data: { keys: "duties-fit-code, issue 5, packet-same-code" },
        },
      ],
    },
  ],
});

describe("internalKeysIn", () => {
  it("should not flag a key the user wrote in the case, or a one-word check id", () => {
    expect(
      internalKeysIn("Our note mentions wage-2026 and the qualification rule.", '{"otherNotes":"wage-2026"}'),
    ).toEqual([]);
    expect(internalKeysIn("salary-floor: ok", "{}")).toEqual(["salary-floor"]);
  });
});
