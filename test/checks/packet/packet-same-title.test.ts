import { packetSameTitle } from "../../../src/checks/packet/packet-same-title.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

testPacketCheck(packetSameTitle, {
  valid: [{ name: "the bilingual packet" }, { name: "an English-only packet", lang: "en" }],
  invalid: [
    {
      name: "a retitled position in the RRS",
      change: (c) =>
        changeFile(c, "recruitment-reason-statement.docx", (d) =>
          withText(d, (t) => t.replaceAll("Web Developer", "Software Engineer")),
        ),
      findings: [{ messageId: "missing", file: "recruitment-reason-statement.docx", data: { title: "Web Developer" } }],
    },
  ],
});
