import { packetDutyClausesFit } from "../../../src/checks/packet/packet-duty-clauses-fit.js";
import type { PacketCheckContext } from "../../../src/checks/packet/types.js";
import { changeFile, testPacketCheck } from "./packet-tester.js";

/** The annex's first duty clause read back as another occupation. */
const misread = (c: PacketCheckContext): PacketCheckContext =>
  changeFile(c, "contract-duty-annex.pdf", (d) => ({
    ...d,
    clauses: d.clauses.map((clause, i) =>
      i === 0 ? { ...clause, bestCode: "2223", verdict: "mismatch" as const } : clause,
    ),
  }));

/** The annex's first duty clause read back as too generic to count for any code. */
const generic = (c: PacketCheckContext): PacketCheckContext =>
  changeFile(c, "contract-duty-annex.pdf", (d) => ({
    ...d,
    clauses: d.clauses.map((clause, i) =>
      i === 0 ? { ...clause, generic: true, verdict: "unsupported" as const } : clause,
    ),
  }));

/** The annex read back as a role the catalog excludes from the filed code. */
const excludedRole = (c: PacketCheckContext): PacketCheckContext =>
  changeFile(c, "contract-duty-annex.pdf", (d) => ({
    ...d,
    match: {
      ...d.match!,
      verdict: "excluded" as const,
      exclusion: {
        code: "2224",
        role: { en: "Web content editor", ko: "웹 콘텐츠 편집자" },
        reason: "Writes and edits content; does not develop the site.",
        share: 1,
        coreShare: 0,
        statements: [0, 1],
        cues: ["articles"],
        titleAgrees: false,
      },
    },
  }));

testPacketCheck(packetDutyClausesFit, {
  valid: [
    { name: "the web-developer packet" },
    { name: "the mechanical engineer", example: "mechanical-engineer" },
    { name: "the interpreter", example: "interpreter" },
  ],
  invalid: [
    {
      name: "a clause that reads as another code",
      change: misread,
      findings: [
        {
          messageId: "mismatch",
          severity: "error",
          file: "contract-duty-annex.pdf",
          data: { number: "2.1", bestCode: "2223", bestName: "Application software developer", duty: 1 },
        },
      ],
    },
    {
      name: "an annex that reads as an excluded role",
      change: excludedRole,
      findings: [
        {
          messageId: "excluded",
          severity: "error",
          file: "contract-duty-annex.pdf",
          data: { role: "Web content editor", code: "2224" },
        },
      ],
    },
    {
      name: "a clause too generic to count (noted, not an error)",
      change: generic,
      findings: [{ messageId: "generic", severity: "info", file: "contract-duty-annex.pdf", data: { number: "2.1" } }],
    },
    {
      name: "the same clause kept under --allow-out-of-scope",
      change: (c) => ({ ...misread(c), allowedOutOfScope: [0] }),
      findings: [{ messageId: "allowedOutOfScope", severity: "warning" }],
    },
  ],
});
