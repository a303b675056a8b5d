import { packetSameDates } from "../../../src/checks/packet/packet-same-dates.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

testPacketCheck(packetSameDates, {
  valid: [{ name: "the bilingual packet" }, { name: "a reapplication", example: "reapplication-after-code-mismatch" }],
  invalid: [
    {
      name: "a start date that differs in the RRS",
      change: (c) =>
        changeFile(c, "recruitment-reason-statement.pdf", (d) =>
          withText(d, (t) =>
            t.replaceAll("2027. 1. 4.", "2027. 2. 1.").replaceAll("4 January 2027", "1 February 2027"),
          ),
        ),
      findings: [
        { messageId: "missingStartDate", file: "recruitment-reason-statement.pdf" },
        { messageId: "unknownDate", file: "recruitment-reason-statement.pdf", data: { date: "2027-02-01" } },
      ],
    },
    {
      name: "an undated document",
      change: (c) =>
        changeFile(c, "contract-duty-annex.pdf", (d) =>
          withText(d, (t) => t.replaceAll("2026. 12. 1.", "").replaceAll("1 December 2026", "")),
        ),
      findings: [{ messageId: "missingDocumentDate", file: "contract-duty-annex.pdf" }],
    },
  ],
});
