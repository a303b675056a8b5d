/** `e7-align migrate CASE [--out NEW] [--in-place]`: upgrades a version-1 case file to schema version 2. */
import { existsSync } from "node:fs";
import { copyFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { ERR, EXIT, InputFileError, UsageError } from "../errors.js";
import { loadCase } from "../case/load-case.js";
import { readCaseFile } from "../case/read-case-file.js";
import { migrateCase } from "../case/migrate-case.js";
import { defineCommand } from "./command.js";
import type { UiText } from "./format.js";

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
      {
        message:
          code === "EEXIST"
            ? "파일이 이미 있습니다. migrate는 파일을 덮어쓰지 않습니다."
            : `파일을 쓸 수 없습니다(${code ?? String(error)}).`,
        hints: ["--out으로 다른 이름을 지정하십시오."],
      },
    );
  }
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  case: {
    en: "The version-1 case file (JSON)",
    ko: "버전 1 신청 건 정보 파일(JSON)",
  },
  out: {
    en: "Write the version-2 case to this new file (never overwrites); without --out it is printed",
    ko: "버전 2 신청 건 정보를 쓸 새 파일(기존 파일은 덮어쓰지 않으며, --out이 없으면 출력합니다)",
  },
  inPlace: {
    en: "Replace the case file itself, keeping the original as CASE.v1.bak",
    ko: "신청 건 정보 파일 자체를 바꾸고, 원본은 CASE.v1.bak으로 보관합니다",
  },
  example1: {
    en: "Write the upgraded case next to the old one",
    ko: "버전 2로 바꾼 파일을 원래 파일 옆에 작성",
  },
  example2: {
    en: "Upgrade the file itself (the original is kept as case.json.v1.bak)",
    ko: "파일 자체를 버전 2로 변환(원본은 case.json.v1.bak으로 보관)",
  },
  epilogue: {
    en: "Exit codes: 0 migrated (the fields listed still need their other language); 2 the file cannot be read, is not a version-1 case, or the output exists.",
    ko: "종료 코드: 0은 변환 완료(목록에 나온 필드에는 아직 다른 언어가 필요합니다), 2는 파일을 읽을 수 없거나, 버전 1 신청 건 정보 파일이 아니거나, 출력 파일이 이미 있는 경우입니다.",
  },
} as const satisfies Record<string, UiText>;

export const migrateCommand = defineCommand<MigrateArgs>({
  builder: (yargs, ui) =>
    yargs
      .positional("case", { type: "string", describe: HELP.case[ui], demandOption: true })
      .option("out", {
        type: "string",
        describe: HELP.out[ui],
      })
      .option("in-place", {
        type: "boolean",
        default: false,
        describe: HELP.inPlace[ui],
      })
      .example("$0 migrate case.json --out case.v2.json", HELP.example1[ui])
      .example("$0 migrate case.json --in-place", HELP.example2[ui])
      .epilogue(HELP.epilogue[ui]) as never,
  run: async (args, io) => {
    if (args.out !== undefined && args.inPlace)
      throw new UsageError("Give either --out or --in-place, not both.", [], {
        message: "--out과 --in-place 가운데 하나만 주십시오.",
      });
    const input = path.resolve(io.cwd, args.case);
    const target = args.out === undefined ? undefined : path.resolve(io.cwd, args.out);
    if (target === input)
      throw new UsageError(
        `--out names the case file itself; migrate does not overwrite it unless you pass --in-place.`,
        ["Choose another name with --out, or pass --in-place (the original is kept as a .v1.bak file)."],
        {
          message:
            "--out이 신청 건 정보 파일 자체를 가리킵니다. --in-place를 주지 않으면 migrate는 이 파일을 덮어쓰지 않습니다.",
          hints: ["--out으로 다른 이름을 지정하거나, --in-place를 주십시오(원본은 .v1.bak 파일로 보관합니다)."],
        },
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
          [],
          undefined,
          { message: "파일이 이미 있습니다. 이전 백업을 잃지 않도록 먼저 지우거나 이름을 바꾸십시오." },
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
