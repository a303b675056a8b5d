/** `e7-align checklist CASE [--json] [--lang ko|en]`: prints the filing checklist of a case (route, documents and their state, what to sign and print, findings). */
import path from "node:path";
import { EXIT } from "../errors.js";
import { defineCommand } from "./command.js";
import { formatJson, type UiText } from "./format.js";

interface ChecklistArgs {
  case: string;
  json: boolean;
  lang?: "ko" | "en";
  ui?: "ko" | "en";
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  case: {
    en: "The case file (JSON)",
    ko: "신청 건 정보 파일(JSON)",
  },
  json: {
    en: "Print the checklist as JSON",
    ko: "서류 점검표를 JSON으로 출력합니다",
  },
  lang: {
    en: "Language of the text output (default: --ui when given, else Korean when the case's languages are Korean only, else English)",
    ko: "텍스트 출력 언어(기본값: --ui를 주면 그 언어, 아니면 신청 건의 언어가 한국어뿐일 때 한국어, 그 밖에는 영어)",
  },
  example1: {
    en: "What to file, by which route, and what is missing or expires before filing",
    ko: "무엇을 어떤 경로로 신청하는지, 신청일 전에 무엇이 없거나 만료되는지",
  },
  epilogue: {
    en: "Exit codes: 0 every required document is ready and no check failed; 1 something is missing, expires before filing or a check failed; 2 the file is not a valid case file.",
    ko: "종료 코드: 0은 필요한 서류가 모두 준비되었고 실패한 점검이 없는 경우, 1은 없는 서류나 신청일 전에 만료되는 서류가 있거나 점검에 실패한 경우, 2는 유효한 신청 건 정보 파일이 아닌 경우입니다.",
  },
} as const satisfies Record<string, UiText>;

export const checklistCommand = defineCommand<ChecklistArgs>({
  builder: (yargs, ui) =>
    yargs
      .positional("case", { type: "string", describe: HELP.case[ui], demandOption: true })
      .option("json", { type: "boolean", default: false, describe: HELP.json[ui] })
      .option("lang", {
        choices: ["ko", "en"] as const,
        describe: HELP.lang[ui],
      })
      .example("$0 checklist examples/web-developer/case.json", HELP.example1[ui])
      .epilogue(HELP.epilogue[ui]) as never,
  run: async (args, io) => {
    const [{ requireValid, validateCaseFile }, { checklistForCase }, { formatChecklistText }] = await Promise.all([
      import("../checks/validate-case-file.js"),
      import("../checklist/checklist-for-case.js"),
      import("../checklist/format-checklist.js"),
    ]);
    // The checklist draws nothing, so the PDF fonts' glyph check is not run.
    const validated = await validateCaseFile(
      { file: path.resolve(io.cwd, args.case), name: args.case },
      { glyphs: false },
    );
    const { case: input, occupation } = requireValid(validated);
    const catalog = validated.catalog;
    const checklist = checklistForCase(input, occupation, catalog);
    if (args.json) io.stdout(formatJson(checklist));
    else {
      const languages = new Set(input.filing.languages ?? []);
      // An explicit --ui is the user's language; the case's languages decide only when neither option is given.
      const lang = args.lang ?? args.ui ?? (languages.size === 1 && languages.has("ko") ? "ko" : "en");
      io.stdout(formatChecklistText(checklist, lang));
    }
    return checklist.summary.readyToFile ? EXIT.OK : EXIT.FINDINGS;
  },
});
