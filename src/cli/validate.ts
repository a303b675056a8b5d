/** `e7-align validate CASE [--json]`: checks a case file (syntax, schema, code) and runs the compliance checks. */
import path from "node:path";
import { E7Error, EXIT, InputFileError, UsageError } from "../errors.js";
import { readFileLimited } from "../io/read-file-limited.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { occupationLabel } from "../catalog/resolve-code.js";
import { CaseSyntaxError, loadCase, MAX_CASE_BYTES } from "../case/load-case.js";
import { locatePointer, validateCase, type CaseProblem } from "../case/validate-case.js";
import { checks } from "../checks/index.js";
import { packetCaseChecks } from "../checks/packet/index.js";
import { buildCheckContext, runChecks } from "../checks/run-checks.js";
import type { Finding } from "../checks/types.js";
import { localizeFindings, uiLangFrom } from "../checks/messages/localize-finding.js";
import { defineCommand, type CliIo } from "./command.js";
import { formatJson } from "./format.js";

interface ValidateArgs {
  case?: string;
  stdin: boolean;
  json: boolean;
  allowOutOfScope: boolean;
  ui?: "ko" | "en";
}

/** A problem as printed by --json. */
interface JsonProblem {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

const jsonProblem = (p: CaseProblem): JsonProblem => ({ path: p.path, line: p.line, column: p.column, message: p.message });

/** "file:line:column: error: message" (the position moves to the front, where editors make it clickable). */
function problemLine(file: string, severity: string, p: CaseProblem): string {
  if (p.line === 0) return `${file}: ${severity}: ${p.message}\n`;
  return `${file}:${p.line}:${p.column}: ${severity}: ${p.message.replace(` at line ${p.line}, column ${p.column}`, "")}\n`;
}

async function readCaseBytes(io: CliIo, file: string, stdin: boolean): Promise<Uint8Array> {
  if (stdin) return io.readStdin({ maxBytes: MAX_CASE_BYTES, label: "a case file" });
  try {
    return await readFileLimited(path.resolve(io.cwd, file), { maxBytes: MAX_CASE_BYTES, label: "a case file" });
  } catch (error) {
    if (error instanceof E7Error) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "file not found." : code === "EISDIR" ? "is a folder, not a case file." : `cannot be read (${(error as Error).message}).`;
    throw new InputFileError(file, reason, ["Check the path. `e7-align init` writes a starting case file."]);
  }
}

function printFinding(io: CliIo, file: string, finding: Finding & { line: number; column: number }): void {
  const where = finding.line > 0 ? `${file}:${finding.line}:${finding.column}: ` : `${file}: `;
  io.stdout(`${where}${finding.severity} [${finding.checkId}] ${finding.message}\n    source: ${finding.source}\n`);
}

export const validateCommand = defineCommand<ValidateArgs>({
  builder: (yargs) =>
    yargs
      .positional("case", { type: "string", describe: "The case file (JSON)" })
      .option("stdin", { type: "boolean", default: false, describe: "Read the case from standard input" })
      .option("json", { type: "boolean", default: false, describe: 'Print {"valid", "errors", "warnings", "findings"} as JSON' })
      .option("allow-out-of-scope", { type: "boolean", default: false, describe: "Report duties outside the code's scope as warnings, as generate --allow-out-of-scope keeps them" })
      .example("$0 validate examples/web-developer/case.json", "Validate and check one case")
      .example("$0 validate case.json --json", "Machine-readable result")
      .epilogue("Exit codes: 0 no errors; 1 a compliance check found an error; 2 the file is not a valid case file.") as never,
  run: async (args, io) => {
    if (!args.case && !args.stdin) throw new UsageError("validate needs a case file.", ["Example: e7-align validate case.json (or --stdin). `e7-align init` writes a starting one."]);
    const file = args.case ?? "<stdin>";
    const bytes = await readCaseBytes(io, file, args.stdin);
    let loaded;
    try {
      loaded = loadCase(bytes, { path: file, maxBytes: MAX_CASE_BYTES });
    } catch (error) {
      if (!(error instanceof CaseSyntaxError) || !args.json) throw error;
      const hint = error.hints.filter((h) => !error.excerpt.includes(h)).join(" ");
      io.stdout(formatJson({ valid: false, errors: [{ path: "", line: error.line, column: error.column, message: `${error.detail}${hint ? ` ${hint}` : ""}` }], warnings: [], findings: [] }));
      return EXIT.INPUT;
    }
    const catalog = loadCatalog();
    // The PDF writer's own glyph check, so validate refuses what generate's PDFs could not draw.
    const { loadGlyphFinder } = await import("../writers/pdf.js");
    const result = await validateCase(loaded, { catalog, findMissingGlyph: await loadGlyphFinder() });
    if (!result.valid || !result.case || !result.occupation) {
      if (args.json) io.stdout(formatJson({ valid: false, errors: result.errors.map(jsonProblem), warnings: result.warnings.map(jsonProblem), findings: [] }));
      else {
        for (const problem of result.errors) io.stderr(problemLine(file, "error", problem));
        for (const problem of result.warnings) io.stderr(problemLine(file, "warning", problem));
        io.stderr(`${file} is not a valid case file: ${result.errors.length} ${result.errors.length === 1 ? "error" : "errors"}. Fix ${result.errors.length === 1 ? "it" : "them"} and run validate again.\n`);
      }
      return EXIT.INPUT;
    }
    // The checks generate runs before writing anything, so that a case validate passes is one generate writes.
    // Text output follows --ui or the locale; --json changes language only when --ui is given.
    const ui = args.json ? (args.ui ?? "en") : uiLangFrom(args.ui);
    const checked = runChecks(buildCheckContext(result.case, result.occupation, catalog), [...Object.values(checks), ...Object.values(packetCaseChecks)]).map((finding) =>
      args.allowOutOfScope && finding.checkId in packetCaseChecks ? { ...finding, severity: "warning" as const } : finding,
    );
    const findings = localizeFindings(checked, ui).map((finding) => ({
      ...finding,
      ...(finding.path !== undefined ? locatePointer(loaded.ast, finding.path) : { line: 0, column: 0 }),
    }));
    const errorCount = findings.filter((f) => f.severity === "error").length;
    if (args.json) {
      io.stdout(formatJson({ valid: true, errors: [], warnings: result.warnings.map(jsonProblem), findings }));
    } else {
      io.stdout(`${file}: valid case file for ${occupationLabel(result.occupation)} [${result.occupation.subtype}]\n`);
      for (const problem of result.warnings) io.stdout(problemLine(file, "warning", problem));
      for (const finding of findings) printFinding(io, file, finding);
      const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
      const blocking = findings.filter((f) => f.severity === "error" && checks[f.checkId]?.meta.blocksGeneration !== false).length;
      const note = errorCount === 0 ? "" : blocking > 0 ? " (errors block generation)" : " (fix before filing; generate writes the packet and its filing checklist lists them)";
      io.stdout(`${errorCount} ${errorCount === 1 ? "error" : "errors"}, ${count("warning")} ${count("warning") === 1 ? "warning" : "warnings"}, ${count("info")} info${note}\n`);
    }
    return errorCount > 0 ? EXIT.FINDINGS : EXIT.OK;
  },
});
