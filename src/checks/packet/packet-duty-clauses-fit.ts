/** Checks that every duty clause, as read back from each file, matches the selected code (or is within the margin). */
import { definePacketCheck } from "./types.js";

export const packetDutyClausesFit = definePacketCheck({
  meta: {
    id: "packet-duty-clauses-fit",
    description: "Re-running the matcher over the case's own duty text in each clause read back from the files gives the selected code as best, or within the margin, and no role the catalog excludes.",
    severity: "error",
    source: "issue 5: every duty clause's best code is the selected one (or within the margin)",
    messages: {
      mismatch: "{{file}} clause {{number}} reads as {{bestCode}} (score {{score}}), not {{code}} (score {{selectedScore}}).",
      allowedOutOfScope: "{{file}} clause {{number}} is outside {{code}} (reads as {{bestCode}}); it was kept as written because of --allow-out-of-scope.",
      generic: "{{file}} clause {{number}} is too general for the matcher to place; it was kept as written.",
      excluded: '{{file}}: the duty clauses read as "{{role}}", a role the catalog excludes from {{code}} ({{reason}}).',
    },
  },
  run(context, report) {
    const code = context.selectedCode;
    for (const doc of context.documents) {
      // The case's own duties, read back, decide: a role the catalog excludes is never consistent with the code.
      const exclusion = doc.match?.verdict === "excluded" ? doc.match.exclusion : undefined;
      if (exclusion) report({ messageId: "excluded", file: doc.file, data: { file: doc.file, role: exclusion.role.en, code, reason: exclusion.reason.replace(/\.$/, "") } });
      for (const clause of doc.clauses) {
        const data = { file: doc.file, number: clause.number, bestCode: clause.bestCode, code, score: clause.score.toFixed(2), selectedScore: clause.selectedScore.toFixed(2) };
        const at = { file: doc.file, clauseId: clause.clauseId };
        if (clause.generic) report({ messageId: "generic", data, severity: "info", ...at });
        else if (clause.verdict === "mismatch" || clause.verdict === "unsupported") {
          if (context.allowedOutOfScope.includes(clause.dutyIndex)) report({ messageId: "allowedOutOfScope", data, severity: "warning", ...at });
          else report({ messageId: "mismatch", data, ...at });
        }
      }
    }
  },
});
