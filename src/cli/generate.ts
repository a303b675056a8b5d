/** `e7-align generate CASE --out DIR`: writes the aligned packet, reads it back and reports whether it is consistent. */
import path from "node:path";
import { EXIT, UsageError } from "../errors.js";
import { defineCommand } from "./command.js";
import type { Checklist } from "../checklist/types.js";
import { formatJson } from "./format.js";
import { localizeFindings, uiLangFrom } from "../checks/messages/localize-finding.js";

interface GenerateArgs {
  case: string;
  out: string;
  lang?: "en" | "ko" | "both";
  format: string;
  force: boolean;
  allowOutOfScope: boolean;
  json: boolean;
  previous?: string;
  ui?: "ko" | "en";
}

const FORMATS = ["docx", "pdf"] as const;

/** Parses "--format docx,pdf" into a list of known formats. */
export function parseFormats(value: string): ("docx" | "pdf")[] {
  const list = value
    .split(",")
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const unknown = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (list.length === 0 || unknown.length > 0)
    throw new UsageError(`Unknown --format ${unknown.join(", ") || "(empty)"}.`, [
      "Use --format docx, --format pdf or --format docx,pdf.",
    ]);
  return FORMATS.filter((f) => list.includes(f));
}

/** The few things to do after generate, pointing at the filing checklist. */
export function nextSteps(checklist: Checklist, dir: string, files: readonly string[]): string[] {
  const ofFormat = (ext: string): string[] =>
    files.filter((f) => f.startsWith("filing-checklist-") && f.endsWith(ext)).map((f) => path.join(dir, f));
  const sheets = ofFormat(".pdf").length > 0 ? ofFormat(".pdf") : ofFormat(".docx");
  const blocking = checklist.items.filter(
    (i) => i.status === "missing" || i.status === "expired" || i.status === "incomplete",
  );
  const out = ["Next steps:"];
  out.push(
    `  1. Read the filing checklist: ${sheets.length > 0 ? sheets.join(", ") : path.join(dir, "filing-checklist.json")} (${checklist.items.length} items; \`e7-align checklist CASE\` prints it).`,
  );
  if (blocking.length > 0)
    out.push(
      `  2. Before filing, resolve: ${blocking.map((i) => `${i.name.en}${i.title ? ` (${i.title})` : ""}: ${i.status === "expired" ? `valid only through ${i.validThrough}` : i.status === "incomplete" ? "needs an apostille or consular confirmation" : "missing"}`).join("; ")}.`,
    );
  else out.push("  2. Gather the items marked 'to prepare' (application form, photo, signed contract).");
  out.push(
    `  3. Print the PDFs; the representative signs and seals the contract, annex and RRS${checklist.filingKind === "first" ? "" : " and the cover letter"}; the applicant signs the contract.`,
  );
  out.push(
    `  4. File: ${checklist.route.name.en} (${checklist.route.name.ko}) on ${checklist.route.form.en}, by ${checklist.filingDate}: ${checklist.route.where.en}`,
  );
  return out;
}

export const generateCommand = defineCommand<GenerateArgs>({
  builder: (yargs) =>
    yargs
      .positional("case", { type: "string", describe: "The case file (JSON)", demandOption: true })
      .option("out", {
        type: "string",
        describe: "Folder to write the packet into (created; never replaced without --force)",
        demandOption: true,
      })
      .option("lang", {
        choices: ["en", "ko", "both"] as const,
        describe:
          "Document language; both = each section in Korean, then English (default: the case's filing.languages)",
      })
      .option("format", { type: "string", default: "docx,pdf", describe: "Formats to write: docx, pdf or docx,pdf" })
      .option("force", {
        type: "boolean",
        default: false,
        describe: "Replace an existing --out folder that holds a packet e7-align wrote (atomically)",
      })
      .option("allow-out-of-scope", {
        type: "boolean",
        default: false,
        describe: "Keep duties outside the code's scope as written (marked in the report) instead of stopping",
      })
      .option("json", { type: "boolean", default: false, describe: "Print the result as JSON" })
      .option("previous", {
        type: "string",
        describe:
          "Reapplication: the earlier contract annex (any format verify reads); the redline compares its duties with the new ones",
      })
      .example(
        "$0 generate examples/web-developer/case.json --out packet",
        "Bilingual .docx and PDF packet with its consistency report",
      )
      .example("$0 generate case.json --out packet --lang en --format pdf", "English PDFs only") as never,
  run: async (args, io) => {
    const formats = parseFormats(args.format);
    const { generatePacket } = await import("../generate/generate-packet.js");
    const progress = io.isTTY && !args.json ? (step: string) => io.stderr(`… ${step}\n`) : undefined;
    const result = await generatePacket({
      casePath: path.resolve(io.cwd, args.case),
      outDir: path.resolve(io.cwd, args.out),
      ...(args.lang ? { lang: args.lang } : {}),
      formats,
      force: args.force,
      cwd: io.cwd,
      allowOutOfScope: args.allowOutOfScope,
      // The files are this process's own output: reading them here spares starting a second pdf.js in a thread.
      readBackInThread: true,
      ...(args.previous ? { previousPath: path.resolve(io.cwd, args.previous) } : {}),
      ...(progress ? { onProgress: progress } : {}),
    });
    // A consistent packet whose supporting documents are not ready to file still exits 1: the checklist says what to fix.
    const code =
      result.status === "written" && result.consistent && result.checklist?.summary.readyToFile !== false
        ? EXIT.OK
        : EXIT.FINDINGS;
    // Text output follows --ui or the locale; --json changes language only when --ui is given.
    const ui = args.json ? (args.ui ?? "en") : uiLangFrom(args.ui);
    const findings = localizeFindings(result.findings, ui);
    if (args.json) {
      // Errors about supporting documents (the packet is written; the checklist lists them) are findings of this run too.
      const documentErrors = localizeFindings(
        result.report?.caseFindings.filter((f) => f.severity === "error") ?? [],
        ui,
      );
      io.stdout(
        formatJson({
          consistent: result.consistent,
          selectedCode: result.selectedCode,
          bestCode: result.bestCode,
          outDir: result.outDir,
          files: result.files,
          findings: [...findings, ...documentErrors],
        }),
      );
      return code;
    }
    const out: string[] = [];
    if (result.status === "stopped") {
      out.push(
        `Nothing was written: the case has ${findings.length} error${findings.length === 1 ? "" : "s"} to fix first.`,
      );
      for (const f of findings) out.push(`  error ${f.checkId}: ${f.message}`);
      for (const f of localizeFindings(result.caseWarnings ?? [], ui)) out.push(`  warning ${f.checkId}: ${f.message}`);
      if (result.bestCode !== result.selectedCode)
        out.push(`The duties as written read as ${result.bestCode}, not ${result.selectedCode}.`);
      io.stdout(`${out.join("\n")}\n`);
      return code;
    }
    out.push(`Wrote ${result.files.length} files to ${path.relative(io.cwd, result.outDir) || "."}:`);
    for (const file of result.files) out.push(`  ${file}`);
    const errors = findings.filter((f) => f.severity === "error");
    const warnings = findings.filter((f) => f.severity === "warning");
    if (result.consistent) {
      out.push(
        `Consistent: every document names ${result.selectedCode}, and the duty clauses read back from every file match it (best code ${result.bestCode}).`,
      );
    } else {
      out.push(
        `NOT consistent (${errors.length} error${errors.length === 1 ? "" : "s"}); the packet is kept and marked in the report:`,
      );
      for (const f of errors) out.push(`  error ${f.checkId}: ${f.message}`);
    }
    for (const f of warnings) out.push(`  warning ${f.checkId}: ${f.message}`);
    for (const f of result.report?.caseFindings.filter((finding) => finding.severity !== "info") ?? [])
      out.push(
        `  ${f.severity} ${f.checkId}: ${f.message}${f.severity === "error" ? " (fix before filing; see the checklist)" : ""}`,
      );
    const dir = path.relative(io.cwd, result.outDir) || ".";
    out.push(`Report: ${path.join(dir, "consistency-report.md")}`);
    if (result.checklist) out.push(...nextSteps(result.checklist, dir, result.files));
    io.stdout(`${out.join("\n")}\n`);
    return code;
  },
});
