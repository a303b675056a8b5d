import { packetDutySectionFound } from "../../../src/checks/packet/packet-duty-section-found.js";
import { changeFile, testPacketCheck } from "./packet-tester.js";

testPacketCheck(packetDutySectionFound, {
  valid: [
    { name: "the bilingual packet" },
    { name: "a Korean packet", lang: "ko" },
    { name: "an English packet", lang: "en" },
  ],
  invalid: [
    {
      name: "an RRS whose duty heading was not recognised",
      change: (c) =>
        changeFile(c, "recruitment-reason-statement.pdf", (d) => ({
          ...d,
          dutySection: { found: false, note: "no heading" },
        })),
      findings: [{ messageId: "notFound", severity: "warning", file: "recruitment-reason-statement.pdf" }],
    },
  ],
});
