import { packetSameSalary } from "../../../src/checks/packet/packet-same-salary.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

testPacketCheck(packetSameSalary, {
  valid: [
    { name: "the bilingual packet" },
    { name: "a reapplication with a cover letter", example: "reapplication-after-code-mismatch" },
  ],
  invalid: [
    {
      name: "a different salary in the annex",
      change: (c) =>
        changeFile(c, "contract-duty-annex.docx", (d) => withText(d, (t) => t.replaceAll("42,000,000", "40,000,000"))),
      findings: [
        { messageId: "missing", file: "contract-duty-annex.docx" },
        { messageId: "unknownAmount", file: "contract-duty-annex.docx", data: { amount: "40,000,000" } },
      ],
    },
  ],
});
