import { packetDutyClausesFit } from "../../../src/checks/packet/packet-duty-clauses-fit.js";
import type { PacketCheckContext } from "../../../src/checks/packet/types.js";
import { changeFile, testPacketCheck } from "./packet-tester.js";

/** The annex's first duty clause read back as another occupation. */
const misread = (c: PacketCheckContext): PacketCheckContext =>
  changeFile(c, "contract-duty-annex.pdf", (d) => ({ ...d, clauses: d.clauses.map((clause, i) => (i === 0 ? { ...clause, bestCode: "2223", verdict: "mismatch" as const } : clause)) }));

testPacketCheck(packetDutyClausesFit, {
  valid: [{ name: "the web-developer packet" }, { name: "the mechanical engineer", example: "mechanical-engineer" }, { name: "the interpreter", example: "interpreter" }],
  invalid: [
    { name: "a clause that reads as another code", change: misread, findings: [{ messageId: "mismatch", severity: "error", file: "contract-duty-annex.pdf", data: { number: "2.1", bestCode: "2223" } }] },
    { name: "the same clause kept under --allow-out-of-scope", change: (c) => ({ ...misread(c), allowedOutOfScope: [0] }), findings: [{ messageId: "allowedOutOfScope", severity: "warning" }] },
  ],
});
