/** `e7-align validate CASE [--json]`: checks a case file (syntax, schema, code) and runs the compliance checks. */
import path from "node:path";
import { EXIT, UsageError } from "../errors.js";
import { MAX_CASE_BYTES } from "../case/load-case.js";
import { type CaseProblem, problemMessage, problemMessageUnplaced } from "../case/validate-case.js";
import {
  blocksGeneration,
  checkCase,
  locateFinding,
  validateCaseFile,
  validateCaseJson,
} from "../checks/validate-case-file.js";
import type { Finding } from "../checks/types.js";
import { findingSource, localizeFindings } from "../checks/messages/localize-finding.js";
import { type UiLang, uiLangFrom } from "../checks/messages/ui-lang.js";
import { defineCommand, type CliIo } from "./command.js";
import { countsIn, fill, formatJson, occupationIn, severityIn, type UiText } from "./format.js";

/** validate's frame lines in both UI languages ({x} is filled in by fill). */
const TEXT = {
  valid: {
    ko: "{file}: {occupation} [{subtype}] 직종의 유효한 신청 건 정보 파일입니다.",
    en: "{file}: valid case file for {occupation} [{subtype}]",
  },
  source: { ko: "출처", en: "source" },
  invalidOne: {
    ko: "{file}: 유효한 신청 건 정보 파일이 아닙니다(오류 1건). 고친 뒤 validate를 다시 실행하십시오.",
    en: "{file} is not a valid case file: 1 error. Fix it and run validate again.",
  },
  invalidMany: {
    ko: "{file}: 유효한 신청 건 정보 파일이 아닙니다(오류 {count}건). 고친 뒤 validate를 다시 실행하십시오.",
    en: "{file} is not a valid case file: {count} errors. Fix them and run validate again.",
  },
  blocking: { ko: " (오류가 있어 generate가 문서를 만들지 않습니다)", en: " (errors block generation)" },
  beforeFiling: {
    ko: " (신청 전에 고치십시오. generate는 문서를 만들고 서류 점검표에 이 오류를 적습니다)",
    en: " (fix before filing; generate writes the packet and its filing checklist lists them)",
  },
} as const satisfies Record<string, UiText>;

interface ValidateArgs {
  case?: string;
  stdin: boolean;
  json: boolean;
  allowOutOfScope: boolean;
  ui?: "ko" | "en";
}

/** "file:line:column: error: message" (the position moves to the front, where editors make it clickable). */
function problemLine(file: string, severity: "error" | "warning", p: CaseProblem, ui: UiLang): string {
  const word = severityIn(severity, ui);
  if (p.line === 0) return `${file}: ${word}: ${problemMessage(p, ui)}\n`;
  return `${file}:${p.line}:${p.column}: ${word}: ${problemMessageUnplaced(p, ui)}\n`;
}

function printFinding(io: CliIo, file: string, finding: Finding & { line: number; column: number }, ui: UiLang): void {
  const where = finding.line > 0 ? `${file}:${finding.line}:${finding.column}: ` : `${file}: `;
  io.stdout(
    `${where}${severityIn(finding.severity, ui)} [${finding.checkId}] ${finding.message}\n    ${fill(TEXT.source, ui)}: ${findingSource(finding, ui)}\n`,
  );
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  case: {
    en: "The case file (JSON)",
    ko: "신청 건 정보 파일(JSON)",
  },
  stdin: {
    en: "Read the case from standard input",
    ko: "신청 건 정보를 표준 입력에서 읽습니다",
  },
  json: {
    en: 'Print {"valid", "errors", "warnings", "findings"} as JSON',
    ko: '{"valid", "errors", "warnings", "findings"}를 JSON으로 출력합니다',
  },
  allowOutOfScope: {
    en: "Report duties outside the code's scope as warnings, as generate --allow-out-of-scope keeps them",
    ko: "코드의 범위를 벗어난 직무를 경고로 알립니다(generate --allow-out-of-scope가 그 직무를 그대로 두듯이)",
  },
  example1: {
    en: "Validate and check one case",
    ko: "신청 건 하나를 검증하고 점검",
  },
  example2: {
    en: "Machine-readable result",
    ko: "기계가 읽을 수 있는 결과",
  },
  epilogue: {
    en: "Exit codes: 0 no errors; 1 a compliance check found an error; 2 the file is not a valid case file.",
    ko: "종료 코드: 0은 오류 없음, 1은 요건 점검에서 오류 발견, 2는 유효한 신청 건 정보 파일이 아닌 경우입니다.",
  },
} as const satisfies Record<string, UiText>;

export const validateCommand = defineCommand<ValidateArgs>({
  builder: (yargs, ui) =>
    yargs
      .positional("case", { type: "string", describe: HELP.case[ui] })
      .option("stdin", { type: "boolean", default: false, describe: HELP.stdin[ui] })
      .option("json", {
        type: "boolean",
        default: false,
        describe: HELP.json[ui],
      })
      .option("allow-out-of-scope", {
        type: "boolean",
        default: false,
        describe: HELP.allowOutOfScope[ui],
      })
      .example("$0 validate examples/web-developer/case.json", HELP.example1[ui])
      .example("$0 validate case.json --json", HELP.example2[ui])
      .epilogue(HELP.epilogue[ui]) as never,
  run: async (args, io) => {
    if (!args.case && !args.stdin)
      throw new UsageError(
        "validate needs a case file.",
        ["Example: e7-align validate case.json (or --stdin). `e7-align init` writes a starting one."],
        {
          message: "validate에는 신청 건 정보 파일이 필요합니다.",
          hints: [
            "예: e7-align validate case.json (또는 --stdin). `e7-align init`으로 처음 쓸 파일을 만들 수 있습니다.",
          ],
        },
      );
    const file = args.case ?? "<stdin>";
    const source = args.stdin
      ? {
          bytes: await io.readStdin({ maxBytes: MAX_CASE_BYTES, label: "a case file", labelKo: "신청 건 정보 파일" }),
          name: file,
        }
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
    const ui = uiLangFrom(args.ui);
    const { loaded, catalog, validation: result } = await validateCaseFile(source);
    if (!result.valid || !result.case || !result.occupation) {
      for (const problem of result.errors) io.stderr(problemLine(file, "error", problem, ui));
      for (const problem of result.warnings) io.stderr(problemLine(file, "warning", problem, ui));
      const invalid = result.errors.length === 1 ? TEXT.invalidOne : TEXT.invalidMany;
      io.stderr(`${fill(invalid, ui, { file, count: result.errors.length })}\n`);
      return EXIT.INPUT;
    }
    // The checks generate runs before writing anything, so that a case validate passes is one generate writes.
    const { findings: checked } = checkCase(result.case, result.occupation, catalog, {
      allowOutOfScope: args.allowOutOfScope,
    });
    const findings = localizeFindings(checked, ui).map((finding) => locateFinding(loaded, finding));
    const errorCount = findings.filter((f) => f.severity === "error").length;
    io.stdout(
      `${fill(TEXT.valid, ui, { file, occupation: occupationIn(result.occupation, ui), subtype: result.occupation.subtype })}\n`,
    );
    for (const problem of result.warnings) io.stdout(problemLine(file, "warning", problem, ui));
    for (const finding of findings) printFinding(io, file, finding, ui);
    const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
    const blocking = findings.filter(blocksGeneration).length;
    const note = errorCount === 0 ? "" : blocking > 0 ? fill(TEXT.blocking, ui) : fill(TEXT.beforeFiling, ui);
    io.stdout(`${countsIn({ error: errorCount, warning: count("warning"), info: count("info") }, ui)}${note}\n`);
    return errorCount > 0 ? EXIT.FINDINGS : EXIT.OK;
  },
});
