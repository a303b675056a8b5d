/** Formats a consistency report as JSON (the machine contract) and as Markdown (for people). */
import type { ConsistencyReport } from "./types.js";

/** Pretty JSON with a final newline; key order is fixed by the builder, so equal reports give equal bytes. */
export function formatReportJson(report: ConsistencyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Escapes the characters that would break a Markdown table cell. */
const cell = (text: string | number | null): string =>
  String(text ?? "-")
    .replace(/\|/g, "\\|")
    .replace(/\n/g, " ");

/** A readable report: the verdict, documents, clauses, cross-checks and findings. */
export function formatReportMarkdown(report: ConsistencyReport): string {
  const lines: string[] = [];
  lines.push(
    `# Consistency report: ${report.selectedCode} ${report.occupation.nameEn} (${report.occupation.nameKo})`,
    "",
  );
  lines.push(
    `**Verdict: ${report.consistent ? "consistent" : "NOT consistent"}.** Selected code ${report.selectedCode}; best code read back from the contract annex: ${report.bestCode}.`,
    "",
  );
  lines.push(
    `Case \`${report.case.file}\` (${report.case.kind}, dated ${report.case.documentDate}, SHA-256 ${report.case.sha256.slice(0, 16)}…). ${report.tool.name} ${report.tool.version}, catalog ${report.catalog.version} (${report.catalog.asOf}, list edition ${report.catalog.listEdition}), rules ${report.rules.version} (${report.rules.asOf}).`,
    "",
  );
  lines.push(
    "## Duties",
    "",
    "| # | share | written as | task of the occupation | case text reads as |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const duty of report.duties)
    lines.push(
      `| ${duty.index + 1} | ${duty.share}% | ${duty.status} | ${cell(duty.task?.en ?? null)} | ${duty.bestCode} (${duty.verdict}) |`,
    );
  lines.push(
    "",
    "## Documents",
    "",
    "| file | duty section | best code | margin | verdict |",
    "| --- | --- | --- | --- | --- |",
  );
  for (const doc of report.documents)
    lines.push(
      `| ${doc.file} | ${doc.clauses.length === 0 ? "-" : doc.dutySection.found ? cell(doc.dutySection.heading) : "not recognised"} | ${cell(doc.bestCode)} | ${cell(doc.margin)} | ${cell(doc.verdict)} |`,
    );
  lines.push(
    "",
    "## Duty clauses read back",
    "",
    "| file | clause | intact | best code | score | selected score | margin | verdict | evidence |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const doc of report.documents) {
    for (const clause of doc.clauses) {
      const evidence = clause.evidence
        .slice(0, 3)
        .map((e) => `"${e.matched.split(", ").slice(0, 5).join(", ")}" ~ ${e.source} (${e.code})`)
        .join("; ");
      lines.push(
        `| ${doc.file} | ${clause.number} | ${clause.intact ? "yes" : "NO"} | ${clause.bestCode} | ${clause.score} | ${clause.selectedScore} | ${clause.margin} | ${clause.generic ? "generic" : clause.verdict} | ${cell(evidence || null)} |`,
      );
    }
  }
  lines.push("", "## Cross-checks", "", "| check | result | what it checks |", "| --- | --- | --- |");
  for (const check of report.crossChecks)
    lines.push(
      `| ${check.id} | ${check.passed ? (check.findings > 0 ? `passed (${check.findings} note${check.findings === 1 ? "" : "s"})` : "passed") : `FAILED (${check.findings})`} | ${cell(check.description)} |`,
    );
  lines.push("", "## Findings", "");
  if (report.findings.length === 0) lines.push("None.");
  for (const finding of report.findings)
    lines.push(
      `- **${finding.severity}** \`${finding.checkId}\`${finding.file ? ` (${finding.file}${finding.clauseId ? ` ${finding.clauseId}` : ""})` : ""}: ${finding.message}`,
    );
  if (report.caseFindings.length > 0) {
    lines.push(
      "",
      "## Case checks (errors about supporting documents, warnings and notes; see the filing checklist)",
      "",
    );
    for (const finding of report.caseFindings)
      lines.push(`- **${finding.severity}** \`${finding.checkId}\`: ${finding.message}`);
  }
  if (report.redline && report.redline.length > 0) {
    lines.push(
      "",
      "## Contract annex redline (changes from the earlier application)",
      "",
      "| file | lang | clause | deleted | inserted |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const change of report.redline)
      lines.push(
        `| ${change.file} | ${change.lang} | ${change.clause} | ${cell(change.deleted || null)} | ${cell(change.inserted || null)} |`,
      );
  }
  return `${lines.join("\n")}\n`;
}
