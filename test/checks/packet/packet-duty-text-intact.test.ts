import { packetDutyTextIntact } from "../../../src/checks/packet/packet-duty-text-intact.js";
import { changeFile, testPacketCheck } from "./packet-tester.js";

testPacketCheck(packetDutyTextIntact, {
  valid: [{ name: "the bilingual packet" }, { name: "an English packet", lang: "en" }],
  invalid: [
    {
      name: "a duty clause cut short in the PDF",
      change: (c) =>
        changeFile(c, "contract-duty-annex.pdf", (d) => ({
          ...d,
          clauses: d.clauses.map((clause, i) => (i === 1 ? { ...clause, intact: false } : clause)),
        })),
      findings: [{ messageId: "missing", file: "contract-duty-annex.pdf", data: { duty: 2 } }],
    },
    {
      name: "the RRS wording a duty differently from the annex",
      change: (c) =>
        changeFile(c, "recruitment-reason-statement.docx", (d) => ({
          ...d,
          clauses: d.clauses.map((clause, i) => (i === 0 ? { ...clause, text: `${clause.text} and more` } : clause)),
        })),
      findings: [{ messageId: "differs", file: "recruitment-reason-statement.docx", data: { duty: 1 } }],
    },
  ],
});
