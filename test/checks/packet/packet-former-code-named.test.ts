import { packetFormerCodeNamed } from "../../../src/checks/packet/packet-former-code-named.js";
import { changeFile, testPacketCheck, withText } from "./packet-tester.js";

testPacketCheck(packetFormerCodeNamed, {
  valid: [
    { name: "a first application (no cover letter needed)" },
    { name: "a reapplication naming both codes", example: "reapplication-after-code-mismatch" },
  ],
  invalid: [
    {
      name: "a reapplication without a cover letter",
      example: "reapplication-after-code-mismatch",
      change: (c) => ({ ...c, documents: c.documents.filter((d) => d.kind !== "cover-letter") }),
      findings: [{ messageId: "missingCover", data: { kind: "reapplication", kindKo: "재신청" } }],
    },
    {
      name: "a cover letter that drops the earlier code",
      example: "reapplication-after-code-mismatch",
      change: (c) =>
        changeFile(c, "reapplication-cover-letter.docx", (d) => withText(d, (t) => t.replaceAll("2223", "----"))),
      findings: [{ messageId: "missingCode", file: "reapplication-cover-letter.docx", data: { code: "2223" } }],
    },
  ],
});
