import { describe, expect, it } from "vitest";
import { characterDifference, packetFormatParity } from "../../../src/checks/packet/packet-format-parity.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

testPacketCheck(packetFormatParity, {
  valid: [
    { name: "identical texts" },
    {
      name: "table cells read in another order",
      change: (c) =>
        changeFile(c, "recruitment-reason-statement.pdf", (d) =>
          withText(d, (t) => t.replace("23", "").replace("Regular employees", "Regular employees 23")),
        ),
    },
  ],
  invalid: [
    {
      name: "a word missing from the PDF",
      change: (c) =>
        changeFile(c, "contract-duty-annex.pdf", (d) => withText(d, (t) => t.replace("Employee", "Emplyee"))),
      findings: [{ messageId: "differs", file: "contract-duty-annex.pdf" }],
    },
  ],
});

describe("characterDifference", () => {
  it("should name the characters only one side has", () => {
    expect(characterDifference("ab가", "ba가")).toBeUndefined();
    expect(characterDifference("ab가", "ab")).toContain('only in the .docx: "가"');
  });
});
