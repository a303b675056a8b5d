/** Parses arguments, runs one command and maps every outcome to an exit code: the CLI's one error boundary. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { E7Error, environmentError, EXIT, UsageError, type ExitCode } from "../errors.js";
import { PACKAGE_ROOT } from "../paths.js";
import type { Argv } from "yargs";
import { type UiLang, uiLangFrom, uiLangOfArgv } from "../checks/messages/ui-lang.js";
import type { CliCommand, CliIo } from "./command.js";
import { loadYargs } from "./load-yargs.js";

/** The program's own help and usage-error texts; each command's are in its module, its description in commands.ts. */
const TEXT = {
  usage: {
    en: "$0 <command> [options]\n\nChecks that E-7 visa duties match the filed occupation code and writes aligned documents.",
    ko: "$0 <command> [options]\n\nE-7 체류자격 신청 서류의 직무가 신청한 직종코드에 맞는지 점검하고, 그에 맞춘 서류를 작성합니다.",
  },
  ui: {
    en: "Language of messages (default: Korean when LANG is ko_*, else English)",
    ko: "메시지 언어(기본값: LANG이 ko_*이면 한국어, 아니면 영어)",
  },
  demandCommand: {
    en: "Name a command: codes, match, validate, init, generate, verify, batch or serve.",
    ko: "명령을 지정하십시오: codes, match, verify, validate, init, migrate, generate, checklist, batch, serve 중 하나입니다.",
  },
  invalid: { en: "Invalid arguments.", ko: "인수가 올바르지 않습니다." },
  seeHelp: {
    en: "Run `e7-align --help` or `e7-align <command> --help`.",
    ko: "`e7-align --help` 또는 `e7-align <command> --help`로 사용법을 확인하십시오.",
  },
} as const satisfies Record<string, Readonly<Record<UiLang, string>>>;

/**
 * yargs' Korean messages that are not in the formal register the CLI speaks (or read oddly), reworded as the error is
 * printed. (yargs' updateLocale would change the translations of every yargs instance in the process.)
 */
const YARGS_KO: readonly (readonly [RegExp, string])[] = [
  [
    /^옵션이 아닌 인수가 충분하지 않습니다: (\d+)개 입력받음, 최소 (\d+)개 입력 필요$/,
    "위치 인수가 부족합니다: $1개를 받았고, 적어도 $2개가 필요합니다.",
  ],
  [
    /^옵션이 아닌 인수가 너무 많습니다: (\d+)개 입력받음, 최대 (\d+)개 입력 가능$/,
    "위치 인수가 너무 많습니다: $1개를 받았고, 최대 $2개까지 받습니다.",
  ],
  [/^(\S+)을\(를\) 찾으시나요\?$/, "$1 명령을 뜻했습니까?"],
];

/** yargs' Korean message in the CLI's own wording where YARGS_KO has one. */
function rewordYargsKo(message: string): string {
  for (const [pattern, wording] of YARGS_KO) if (pattern.test(message)) return message.replace(pattern, wording);
  return message;
}

/** The package version, read from package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/**
 * Renders a user-facing error: message, hints, and no stack trace. In Korean ("오류: …") when the UI is Korean, with
 * the error's Korean text when it has one (an error without one keeps its English text after the Korean label).
 */
export function formatError(error: E7Error, ui: UiLang = "en"): string {
  const korean = ui === "ko" && error.messageKo !== undefined;
  const lines = [`${ui === "ko" ? "오류" : "error"}: ${korean ? error.messageKo : error.message}`];
  for (const hint of korean ? (error.hintsKo ?? []) : error.hints) lines.push(`  ${hint}`);
  return `${lines.join("\n")}\n`;
}

/** The part of yargs' internals that skipHelpPrerender touches (not in its public types). */
interface YargsInternals {
  readonly getInternalMethods?: () => { readonly getUsageInstance?: () => { cacheHelpMessage?: () => void } };
}

/**
 * yargs renders a command's whole help text before running it, in case the command shows it later; ours never
 * do (errors print the message and a hint), and that render (string-width's Unicode tables) is a noticeable part of
 * `match`'s cold start. Internal API: if a yargs version lacks it, nothing changes but the speed.
 */
function skipHelpPrerender(parser: unknown): void {
  const usage = (parser as YargsInternals).getInternalMethods?.().getUsageInstance?.();
  if (typeof usage?.cacheHelpMessage === "function") usage.cacheHelpMessage = () => {};
}

/** Runs the CLI with the given arguments (without "node" and the script path) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  // `--version` answers before yargs loads: it is the cold-start path scripts call most.
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    io.stdout(`${packageVersion()}\n`);
    return EXIT.OK;
  }
  let exitCode: ExitCode = EXIT.OK;
  // Known before yargs renders help or words an error: `--ui` on the command line, else the locale.
  const ui = uiLangOfArgv(argv);
  try {
    // Loaded here, not at the top: `--version` above needs neither yargs nor the command modules.
    const [yargs, { commands }] = await Promise.all([loadYargs(), import("./commands.js")]);
    let parser = yargs([...argv])
      .scriptName("e7-align")
      .usage(TEXT.usage[ui])
      .version(packageVersion())
      .alias("V", "version")
      .option("ui", {
        choices: ["ko", "en"] as const,
        global: true,
        describe: TEXT.ui[ui],
      })
      .help()
      .alias("h", "help")
      .strict()
      .demandCommand(1, TEXT.demandCommand[ui])
      .recommendCommands()
      .exitProcess(false)
      .wrap(Math.min(100, process.stdout.columns ?? 100))
      .fail((message: string | undefined, error: Error | undefined) => {
        if (error) throw error;
        throw new UsageError(message ?? TEXT.invalid.en, [TEXT.seeHelp.en], {
          message: message === undefined ? TEXT.invalid.ko : rewordYargsKo(message),
          hints: [TEXT.seeHelp.ko],
        });
      });
    // yargs' own words (headings, its argument errors) follow the UI too: Korean for `--ui ko` whatever the locale,
    // English for `--ui en` under a Korean locale; otherwise yargs reads the locale as before.
    if (ui === "ko") parser = parser.locale("ko");
    else if (uiLangFrom(undefined) === "ko") parser = parser.locale("en");
    for (const entry of commands) {
      // yargs calls the builder of the one command it picked (also for `<command> --help`), so only that module loads.
      let command: CliCommand<never> | undefined;
      parser = parser.command({
        command: entry.command,
        describe: entry.describe[ui],
        builder: (async (args: Argv) => {
          command = await entry.load();
          return command.builder(args, ui);
        }) as never,
        handler: async (args: unknown) => {
          exitCode = await command!.run(args as never, io);
        },
      });
    }
    skipHelpPrerender(parser);
    let helpText = "";
    await parser.parseAsync([...argv], {}, (_error: Error | undefined, _argv: unknown, output: string) => {
      helpText = output;
    });
    if (helpText) io.stdout(helpText.endsWith("\n") ? helpText : `${helpText}\n`);
    return exitCode;
  } catch (error) {
    const known = error instanceof E7Error ? error : environmentError(error);
    if (known) {
      io.stderr(formatError(known, ui));
      return known.exitCode;
    }
    io.stderr(
      `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n` +
        "This is a bug in e7-align, not in your input. Please report it with the command you ran.\n",
    );
    return EXIT.INTERNAL;
  }
}
