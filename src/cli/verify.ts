/** `e7-align verify`: checks an existing contract and/or Recruitment Reason Statement against the filed code. */
import path from "node:path";
import { EXIT, UsageError } from "../errors.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { checkEdition } from "../catalog/resolve-code.js";
import type { Catalog } from "../catalog/types.js";
import type { DocumentRole, VerifiedDocument, VerifyResult } from "../verify/types.js";
import { defineCommand } from "./command.js";
import { formatJson, formatTable } from "./format.js";
import { labelOf } from "../catalog/occupation-lookup.js";

interface VerifyArgs {
  code: string;
  edition?: string;
  contract?: string;
  rrs?: string;
  title?: string;
  json: boolean;
  wholeText: boolean;
  report?: string;
  force: boolean;
  ui?: "ko" | "en";
}

/**
 * Document text made safe for a terminal: control characters (an escape sequence hidden in a document could rewrite
 * the screen) and direction overrides are shown as code points instead of acting.
 */
function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu,
    (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`,
  );
}

function clip(text: string, max = 72): string {
  const safe = printable(text);
  return safe.length <= max ? safe : `${safe.slice(0, max - 1)}…`;
}

/** What was read in one document, printed before its scores: the heading used, what was skipped and why. */
function whatIRead(doc: VerifiedDocument): string[] {
  const out: string[] = [];
  const section = doc.dutySection;
  const clauses = `${doc.statements.length} clause${doc.statements.length === 1 ? "" : "s"} scored`;
  const outside =
    section.outside > 0 ? `, ${section.outside} paragraph${section.outside === 1 ? "" : "s"} outside it not read` : "";
  if (section.found) out.push(`  read: duty section "${printable(section.heading ?? "")}"; ${clauses}${outside}`);
  else if (section.wholeText)
    out.push(`  read: NO DUTY SECTION FOUND; the whole text was scored (--whole-text): ${clauses}`);
  else {
    out.push(
      `  read: NO DUTY SECTION FOUND. Nothing in this document was scored (${section.outside} paragraphs looked at).`,
    );
    if (section.note) out.push(`        ${printable(section.note)}`);
    out.push(
      `        Put the duties under a heading such as "Duties" / "담당업무", or run again with --whole-text to score every paragraph.`,
    );
  }
  for (const skipped of section.skipped) out.push(`  skipped (${skipped.reason}): "${clip(skipped.text, 80)}"`);
  return out;
}

/** The human-readable report printed to stdout. */
function formatText(catalog: Catalog, result: VerifyResult): string {
  const out: string[] = [];
  out.push(`Filed code: ${result.filedCode} = ${labelOf(catalog, result.selectedCode)}`);
  const read = result.documents.some((doc) => doc.statements.length > 0);
  const summary = !read
    ? "No duty clause was read in any document."
    : result.verdict === "excluded"
      ? `The duties read as a role the catalog excludes from ${labelOf(catalog, result.selectedCode)} (see verify-document-excluded-role below).`
      : `The documents together support ${labelOf(catalog, result.bestCode)}.`;
  out.push(`Verdict: ${result.verdict.toUpperCase()}. ${summary}`, "");
  for (const doc of result.documents) {
    const role = doc.role === "contract" ? "contract" : "RRS";
    out.push(
      `${printable(doc.path)} (${role}, ${doc.kind}${doc.pages === undefined ? "" : `, ${doc.pages} p.`}${doc.title ? `; title "${printable(doc.title)}"` : ""})`,
    );
    out.push(...whatIRead(doc));
    if (doc.statements.length === 0) {
      out.push("");
      continue;
    }
    out.push(`  verdict: ${doc.verdict}; supports ${labelOf(catalog, doc.bestCode)}; confidence ${doc.confidence}`);
    const rows = doc.statements.map((s) => [
      String(s.index + 1),
      s.label === undefined ? "" : printable(s.label),
      s.share === undefined ? "" : `${Math.round(s.share * 10) / 10}%`,
      s.generic ? "generic" : s.supportsFiledCode ? "yes" : s.verdict === "ambiguous" ? "partly" : "no",
      // A generic statement has no best code worth naming: every score is (near) zero.
      s.generic ? "-" : s.bestCode,
      s.score.toFixed(2),
      s.filedScore.toFixed(2),
      clip(s.text),
    ]);
    const table = formatTable(
      ["#", "as written", "share", "fits", "best", "score", result.selectedCode, "statement"],
      rows,
    );
    out.push(
      ...table
        .trimEnd()
        .split("\n")
        .map((line) => `  ${line}`),
    );
    for (const s of doc.statements.filter((s) => doc.pullingElsewhere.includes(s.index))) {
      const evidence = s.evidence.find((e) => e.code === s.bestCode);
      if (evidence)
        out.push(
          `  #${s.index + 1} -> ${s.bestCode}: "${clip(evidence.matched, 50)}" ~ ${evidence.source} "${clip(evidence.against, 70)}"`,
        );
    }
    out.push("");
  }
  if (result.findings.length > 0) {
    out.push("Findings:");
    for (const finding of result.findings) {
      out.push(
        `  ${finding.severity.padEnd(7)} ${finding.checkId}${finding.file ? ` (${printable(finding.file)})` : ""}`,
      );
      out.push(`          ${printable(finding.message)}`);
      if (finding.fix) out.push(`          Fix: ${printable(finding.fix)}`);
    }
    out.push("");
  }
  out.push(
    result.ok ? "OK: every document matches the filed code." : "NOT OK: fix the findings above before filing (exit 1).",
  );
  return `${out.join("\n")}\n`;
}

export const verifyCommand = defineCommand<VerifyArgs>({
  builder: (yargs) =>
    yargs
      .option("code", { type: "string", demandOption: true, describe: "The occupation code filed (any list edition)" })
      .option("edition", { type: "string", describe: "List edition of --code (2026-09, ksco7-list, ksco6-list)" })
      .option("contract", { type: "string", describe: "The employment contract (.docx, .hwpx, .pdf, .txt, .md)" })
      .option("rrs", { type: "string", describe: "The Recruitment Reason Statement (.docx, .hwpx, .pdf, .txt, .md)" })
      .option("title", {
        type: "string",
        describe: "The job title on the application (default: the title stated in each document)",
      })
      .option("json", { type: "boolean", default: false, describe: "Print the result as JSON" })
      .option("whole-text", {
        type: "boolean",
        default: false,
        describe:
          "Score every paragraph of a document that has no recognisable duty section (default: score nothing and say so)",
      })
      .option("report", { type: "string", describe: "Also write a Markdown report to this file" })
      .option("force", { type: "boolean", default: false, describe: "Let --report replace an existing file" })
      .example("$0 verify --code 2224 --contract contract.docx --rrs rrs.pdf", "Check both documents against 2224")
      .example("$0 verify --code 2223 --contract contract.pdf --json", "Machine-readable result") as never,
  run: async (args, io) => {
    if (!args.contract && !args.rrs)
      throw new UsageError("verify needs at least one document: --contract FILE and/or --rrs FILE.", [
        "Example: e7-align verify --code 2224 --contract contract.docx --rrs rrs.pdf",
      ]);
    if (!args.code.trim())
      throw new UsageError("--code is empty.", ["Give the occupation code you are filing, e.g. --code 2224."]);
    const catalog = loadCatalog();
    if (args.edition) checkEdition(catalog, args.edition);
    const { writeReportFile, checkReportTarget } = await import("../verify/write-report-file.js");
    const reportPath = args.report ? path.resolve(io.cwd, args.report) : undefined;
    // Refuse a report path that cannot be written before reading any document.
    if (reportPath) await checkReportTarget(reportPath, args.force);
    const { verifyDocuments } = await import("../verify/verify-documents.js");
    const documents: { role: DocumentRole; source: string }[] = [];
    if (args.contract) documents.push({ role: "contract", source: args.contract });
    if (args.rrs) documents.push({ role: "rrs", source: args.rrs });
    const read = await verifyDocuments(
      catalog,
      {
        code: args.code,
        ...(args.edition ? { edition: args.edition } : {}),
        ...(args.title ? { title: args.title } : {}),
        ...(args.wholeText ? { wholeText: true } : {}),
        documents,
      },
      { cwd: io.cwd },
    );
    // Findings follow --ui or the locale; --json changes language only when --ui is given (as validate does).
    const { localizeFindings, uiLangFrom } = await import("../checks/messages/localize-finding.js");
    const ui = args.json ? (args.ui ?? "en") : uiLangFrom(args.ui);
    const result: VerifyResult = { ...read, findings: localizeFindings(read.findings, ui) };
    if (reportPath) {
      const { formatVerifyMarkdown } = await import("../verify/format-verify-markdown.js");
      await writeReportFile(reportPath, formatVerifyMarkdown(catalog, result), args.force);
    }
    if (args.json) {
      io.stdout(formatJson(result));
    } else {
      io.stdout(formatText(catalog, result));
      if (args.report) io.stdout(`Report written to ${args.report}\n`);
    }
    return result.ok ? EXIT.OK : EXIT.FINDINGS;
  },
});
