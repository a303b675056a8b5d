import { packetSameCode } from "../../../src/checks/packet/packet-same-code.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

testPacketCheck(packetSameCode, {
  valid: [
    { name: "the bilingual web-developer packet" },
    { name: "a reapplication whose cover letter names the earlier code", example: "reapplication-after-code-mismatch" },
    { name: "an English-only packet", lang: "en" },
  ],
  invalid: [
    {
      name: "a document that lost the code",
      change: (c) =>
        changeFile(c, "recruitment-reason-statement.pdf", (d) => withText(d, (t) => t.replaceAll("2224", "22-24"))),
      findings: [{ messageId: "missing", file: "recruitment-reason-statement.pdf", data: { code: "2224" } }],
    },
    {
      name: "a document naming another code as the occupation code",
      change: (c) => changeFile(c, "contract-duty-annex.docx", (d) => withText(d, (t) => `${t} Occupation code 2223`)),
      findings: [{ messageId: "otherCode", file: "contract-duty-annex.docx", data: { other: "2223" } }],
    },
  ],
});
