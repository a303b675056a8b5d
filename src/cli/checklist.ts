/** `e7-align checklist CASE [--json] [--lang ko|en]`: prints the filing checklist of a case (route, documents and their state, what to sign and print, findings). */
import path from "node:path";
import { EXIT } from "../errors.js";
import { defineCommand } from "./command.js";
import { formatJson } from "./format.js";

interface ChecklistArgs {
  case: string;
  json: boolean;
  lang?: "ko" | "en";
  ui?: "ko" | "en";
}

export const checklistCommand = defineCommand<ChecklistArgs>({
  builder: (yargs) =>
    yargs
      .positional("case", { type: "string", describe: "The case file (JSON)", demandOption: true })
      .option("json", { type: "boolean", default: false, describe: "Print the checklist as JSON" })
      .option("lang", {
        choices: ["ko", "en"] as const,
        describe:
          "Language of the text output (default: --ui when given, else Korean when the case's languages are Korean only, else English)",
      })
      .example(
        "$0 checklist examples/web-developer/case.json",
        "What to file, by which route, and what is missing or expires before filing",
      )
      .epilogue(
        "Exit codes: 0 every required document is ready and no check failed; 1 something is missing, expires before filing or a check failed; 2 the file is not a valid case file.",
      ) as never,
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
