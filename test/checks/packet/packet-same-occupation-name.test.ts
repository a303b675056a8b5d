import { packetSameOccupationName } from "../../../src/checks/packet/packet-same-occupation-name.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

testPacketCheck(packetSameOccupationName, {
  valid: [{ name: "the bilingual packet" }, { name: "a Korean-only packet", lang: "ko" }],
  invalid: [
    {
      name: "the Korean name missing from one file",
      change: (c) =>
        changeFile(c, "contract-duty-annex.pdf", (d) => withText(d, (t) => t.replaceAll("웹 개발자", "개발자"))),
      findings: [{ messageId: "missing", file: "contract-duty-annex.pdf", data: { name: "웹 개발자" } }],
    },
  ],
});
