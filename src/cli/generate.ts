/** `e7-align generate CASE --out DIR`: writes the aligned packet, reads it back and reports whether it is consistent. */
import path from "node:path";
import { EXIT, UsageError } from "../errors.js";
import { defineCommand } from "./command.js";
import { formatJson } from "./format.js";

interface GenerateArgs {
  case: string;
  out: string;
  lang?: "en" | "ko" | "both";
  format: string;
  force: boolean;
  allowOutOfScope: boolean;
  json: boolean;
}

const FORMATS = ["docx", "pdf"] as const;

/** Parses "--format docx,pdf" into a list of known formats. */
export function parseFormats(value: string): ("docx" | "pdf")[] {
  const list = value.split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (list.length === 0 || unknown.length > 0) throw new UsageError(`Unknown --format ${unknown.join(", ") || "(empty)"}.`, ["Use --format docx, --format pdf or --format docx,pdf."]);
  return FORMATS.filter((f) => list.includes(f));
}

export const generateCommand = defineCommand<GenerateArgs>({
  builder: (yargs) =>
    yargs
      .positional("case", { type: "string", describe: "The case file (JSON)", demandOption: true })
      .option("out", { type: "string", describe: "Folder to write the packet into (created; never replaced without --force)", demandOption: true })
      .option("lang", { choices: ["en", "ko", "both"] as const, describe: "Document language; both = each section in Korean, then English (default: the case's filing.languages)" })
      .option("format", { type: "string", default: "docx,pdf", describe: "Formats to write: docx, pdf or docx,pdf" })
      .option("force", { type: "boolean", default: false, describe: "Replace an existing --out folder that holds a packet e7-align wrote (atomically)" })
      .option("allow-out-of-scope", { type: "boolean", default: false, describe: "Keep duties outside the code's scope as written (marked in the report) instead of stopping" })
      .option("json", { type: "boolean", default: false, describe: "Print the result as JSON" })
      .example("$0 generate examples/web-developer/case.json --out packet", "Bilingual .docx and PDF packet with its consistency report")
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
      ...(progress ? { onProgress: progress } : {}),
    });
    const code = result.status === "written" && result.consistent ? EXIT.OK : EXIT.FINDINGS;
    if (args.json) {
      io.stdout(formatJson({ consistent: result.consistent, selectedCode: result.selectedCode, bestCode: result.bestCode, outDir: result.outDir, files: result.files, findings: result.findings }));
      return code;
    }
    const out: string[] = [];
    if (result.status === "stopped") {
      out.push(`Nothing was written: the case has ${result.findings.length} error${result.findings.length === 1 ? "" : "s"} to fix first.`);
      for (const f of result.findings) out.push(`  error ${f.checkId}: ${f.message}`);
      if (result.bestCode !== result.selectedCode) out.push(`The duties as written read as ${result.bestCode}, not ${result.selectedCode}.`);
      io.stdout(`${out.join("\n")}\n`);
      return code;
    }
    out.push(`Wrote ${result.files.length} files to ${path.relative(io.cwd, result.outDir) || "."}:`);
    for (const file of result.files) out.push(`  ${file}`);
    const errors = result.findings.filter((f) => f.severity === "error");
    const warnings = result.findings.filter((f) => f.severity === "warning");
    if (result.consistent) {
      out.push(`Consistent: every document names ${result.selectedCode}, and the duty clauses read back from every file match it (best code ${result.bestCode}).`);
    } else {
      out.push(`NOT consistent (${errors.length} error${errors.length === 1 ? "" : "s"}); the packet is kept and marked in the report:`);
      for (const f of errors) out.push(`  error ${f.checkId}: ${f.message}`);
    }
    for (const f of warnings) out.push(`  warning ${f.checkId}: ${f.message}`);
    out.push(`Report: ${path.join(path.relative(io.cwd, result.outDir) || ".", "consistency-report.md")}`);
    io.stdout(`${out.join("\n")}\n`);
    return code;
  },
});
