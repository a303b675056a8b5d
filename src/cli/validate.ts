/** `e7-align validate CASE [--json]`: checks a case file (syntax, schema, code) and runs the compliance checks. */
import path from "node:path";
import { EXIT, UsageError } from "../errors.js";
import { occupationLabel } from "../catalog/resolve-code.js";
import { MAX_CASE_BYTES } from "../case/load-case.js";
import type { CaseProblem } from "../case/validate-case.js";
import {
  blocksGeneration,
  checkCase,
  locateFinding,
  validateCaseFile,
  validateCaseJson,
} from "../checks/validate-case-file.js";
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

/** "file:line:column: error: message" (the position moves to the front, where editors make it clickable). */
function problemLine(file: string, severity: string, p: CaseProblem): string {
  if (p.line === 0) return `${file}: ${severity}: ${p.message}\n`;
  return `${file}:${p.line}:${p.column}: ${severity}: ${p.message.replace(` at line ${p.line}, column ${p.column}`, "")}\n`;
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
      .option("json", {
        type: "boolean",
        default: false,
        describe: 'Print {"valid", "errors", "warnings", "findings"} as JSON',
      })
      .option("allow-out-of-scope", {
        type: "boolean",
        default: false,
        describe: "Report duties outside the code's scope as warnings, as generate --allow-out-of-scope keeps them",
      })
      .example("$0 validate examples/web-developer/case.json", "Validate and check one case")
      .example("$0 validate case.json --json", "Machine-readable result")
      .epilogue(
        "Exit codes: 0 no errors; 1 a compliance check found an error; 2 the file is not a valid case file.",
      ) as never,
  run: async (args, io) => {
    if (!args.case && !args.stdin)
      throw new UsageError("validate needs a case file.", [
        "Example: e7-align validate case.json (or --stdin). `e7-align init` writes a starting one.",
      ]);
    const file = args.case ?? "<stdin>";
    const source = args.stdin
      ? { bytes: await io.readStdin({ maxBytes: MAX_CASE_BYTES, label: "a case file" }), name: file }
      : { file: path.resolve(io.cwd, file), name: file };
    // --json changes language only when --ui is given.
    if (args.json) {
      const { json, exit } = await validateCaseJson(source, {
        ui: args.ui ?? "en",
        allowOutOfScope: args.allowOutOfScope,
      });
      io.stdout(formatJson(json));
      return exit;
    }
    const { loaded, catalog, validation: result } = await validateCaseFile(source);
    if (!result.valid || !result.case || !result.occupation) {
      for (const problem of result.errors) io.stderr(problemLine(file, "error", problem));
      for (const problem of result.warnings) io.stderr(problemLine(file, "warning", problem));
      io.stderr(
        `${file} is not a valid case file: ${result.errors.length} ${result.errors.length === 1 ? "error" : "errors"}. Fix ${result.errors.length === 1 ? "it" : "them"} and run validate again.\n`,
      );
      return EXIT.INPUT;
    }
    // The checks generate runs before writing anything, so that a case validate passes is one generate writes.
    const { findings: checked } = checkCase(result.case, result.occupation, catalog, {
      allowOutOfScope: args.allowOutOfScope,
    });
    const findings = localizeFindings(checked, uiLangFrom(args.ui)).map((finding) => locateFinding(loaded, finding));
    const errorCount = findings.filter((f) => f.severity === "error").length;
    io.stdout(`${file}: valid case file for ${occupationLabel(result.occupation)} [${result.occupation.subtype}]\n`);
    for (const problem of result.warnings) io.stdout(problemLine(file, "warning", problem));
    for (const finding of findings) printFinding(io, file, finding);
    const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
    const blocking = findings.filter(blocksGeneration).length;
    const note =
      errorCount === 0
        ? ""
        : blocking > 0
          ? " (errors block generation)"
          : " (fix before filing; generate writes the packet and its filing checklist lists them)";
    io.stdout(
      `${errorCount} ${errorCount === 1 ? "error" : "errors"}, ${count("warning")} ${count("warning") === 1 ? "warning" : "warnings"}, ${count("info")} info${note}\n`,
    );
    return errorCount > 0 ? EXIT.FINDINGS : EXIT.OK;
  },
});
