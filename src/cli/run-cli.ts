/** Parses arguments, runs one command and maps every outcome to an exit code: the CLI's one error boundary. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { E7Error, environmentError, EXIT, UsageError, type ExitCode } from "../errors.js";
import { PACKAGE_ROOT } from "../paths.js";
import type { Argv } from "yargs";
import type { CliCommand, CliIo } from "./command.js";
import { loadYargs } from "./load-yargs.js";

/** The package version, read from package.json. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string }).version;
}

/** Renders a user-facing error: message, hints, and no stack trace. */
export function formatError(error: E7Error): string {
  const lines = [`error: ${error.message}`];
  for (const hint of error.hints) lines.push(`  ${hint}`);
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
  try {
    // Loaded here, not at the top: `--version` above needs neither yargs nor the command modules.
    const [yargs, { commands }] = await Promise.all([loadYargs(), import("./commands.js")]);
    let parser = yargs([...argv])
      .scriptName("e7-align")
      .usage(
        "$0 <command> [options]\n\nChecks that E-7 visa duties match the filed occupation code and writes aligned documents.",
      )
      .version(packageVersion())
      .alias("V", "version")
      .option("ui", {
        choices: ["ko", "en"] as const,
        global: true,
        describe: "Language of messages (default: Korean when LANG is ko_*, else English)",
      })
      .help()
      .alias("h", "help")
      .strict()
      .demandCommand(1, "Name a command: codes, match, validate, init, generate, verify, batch or serve.")
      .recommendCommands()
      .exitProcess(false)
      .wrap(Math.min(100, process.stdout.columns ?? 100))
      .fail((message: string | undefined, error: Error | undefined) => {
        if (error) throw error;
        throw new UsageError(message ?? "Invalid arguments.", [
          "Run `e7-align --help` or `e7-align <command> --help`.",
        ]);
      });
    for (const entry of commands) {
      // yargs calls the builder of the one command it picked (also for `<command> --help`), so only that module loads.
      let command: CliCommand<never> | undefined;
      parser = parser.command({
        command: entry.command,
        describe: entry.describe,
        builder: (async (args: Argv) => {
          command = await entry.load();
          return command.builder(args);
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
      io.stderr(formatError(known));
      return known.exitCode;
    }
    io.stderr(
      `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n` +
        "This is a bug in e7-align, not in your input. Please report it with the command you ran.\n",
    );
    return EXIT.INTERNAL;
  }
}
