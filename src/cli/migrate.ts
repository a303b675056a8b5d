/** `e7-align migrate CASE [--out NEW] [--in-place]`: upgrades a version-1 case file to schema version 2. */
import { existsSync } from "node:fs";
import { copyFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { ERR, EXIT, InputFileError, UsageError } from "../errors.js";
import { loadCase } from "../case/load-case.js";
import { readCaseFile } from "../case/read-case-file.js";
import { migrateCase } from "../case/migrate-case.js";
import { defineCommand } from "./command.js";

interface MigrateArgs {
  case: string;
  out?: string;
  inPlace: boolean;
}

const LANGUAGE: Readonly<Record<string, string>> = { ko: "Korean", en: "English" };

/** Writes a new file only; an existing file is never replaced (flag wx). */
async function writeNew(file: string, shown: string, text: string): Promise<void> {
  try {
    await writeFile(file, text, { flag: "wx", mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(
      shown,
      code === "EEXIST"
        ? "already exists; migrate never overwrites a file."
        : `cannot be written (${code ?? String(error)}).`,
      ["Choose another name with --out."],
      ERR.E_WRITE_FAILED,
    );
  }
}

export const migrateCommand = defineCommand<MigrateArgs>({
  builder: (yargs) =>
    yargs
      .positional("case", { type: "string", describe: "The version-1 case file (JSON)", demandOption: true })
      .option("out", {
        type: "string",
        describe: "Write the version-2 case to this new file (never overwrites); without --out it is printed",
      })
      .option("in-place", {
        type: "boolean",
        default: false,
        describe: "Replace the case file itself, keeping the original as CASE.v1.bak",
      })
      .example("$0 migrate case.json --out case.v2.json", "Write the upgraded case next to the old one")
      .example("$0 migrate case.json --in-place", "Upgrade the file itself (the original is kept as case.json.v1.bak)")
      .epilogue(
        "Exit codes: 0 migrated (the fields listed still need their other language); 2 the file cannot be read, is not a version-1 case, or the output exists.",
      ) as never,
  run: async (args, io) => {
    if (args.out !== undefined && args.inPlace) throw new UsageError("Give either --out or --in-place, not both.");
    const input = path.resolve(io.cwd, args.case);
    const target = args.out === undefined ? undefined : path.resolve(io.cwd, args.out);
    if (target === input)
      throw new UsageError(
        `--out names the case file itself; migrate does not overwrite it unless you pass --in-place.`,
        ["Choose another name with --out, or pass --in-place (the original is kept as a .v1.bak file)."],
      );
    const bytes = await readCaseFile(input, args.case);
    const loaded = loadCase(bytes, { path: args.case });
    const result = migrateCase(loaded.data, loaded.ast);
    const json = `${JSON.stringify(result.data, null, 2)}\n`;

    let written: string | undefined;
    if (target !== undefined) {
      await writeNew(target, args.out!, json);
      written = args.out;
    } else if (args.inPlace) {
      const backup = `${input}.v1.bak`;
      if (existsSync(backup))
        throw new InputFileError(
          `${args.case}.v1.bak`,
          "already exists; remove or rename it first, so no earlier backup is lost.",
        );
      await copyFile(input, backup, 0);
      // Written beside the case and renamed over it, so the case file is never left half-written.
      const temp = `${input}.migrate-${process.pid}.tmp`;
      await writeNew(temp, temp, json);
      await rename(temp, input);
      written = args.case;
    } else {
      io.stdout(json);
    }

    const say = written === undefined ? io.stderr : io.stdout;
    if (written !== undefined)
      say(
        `${written}: upgraded to case schema version 2${args.inPlace ? ` (the original is kept as ${args.case}.v1.bak)` : ""}.\n`,
      );
    for (const note of result.notes) say(`${args.case}: note: ${note}\n`);
    if (result.needed.length > 0) {
      say(
        `${result.needed.length} ${result.needed.length === 1 ? "text needs" : "texts need"} another language before the documents can be generated (positions in ${args.case}):\n`,
      );
      for (const need of result.needed)
        say(
          `${args.case}:${need.line}:${need.column}: ${need.field}: written in ${LANGUAGE[need.found]}; add "${need.missing}" (${LANGUAGE[need.missing]})\n`,
        );
    } else say("Every text is in each language filing.languages lists.\n");
    return EXIT.OK;
  },
});
