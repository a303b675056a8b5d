/** The shape of one CLI command module: yargs options plus a run function that prints and returns an exit code. */
import type { Argv } from "yargs";
import type { UiLang } from "../checks/messages/ui-lang.js";
import type { ExitCode } from "../errors.js";
import type { ReadLimitOptions } from "../io/read-file-limited.js";

/** Where a command reads and writes; the real process in the binary, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input (for `--stdin`) as bytes, refusing more than the limit (see readStreamLimited). */
  readonly readStdin: (limit: ReadLimitOptions) => Promise<Uint8Array>;
  /** True when stdout is a terminal (progress output, interactive prompts). */
  readonly isTTY: boolean;
  readonly cwd: string;
}

/**
 * One command's options and behaviour; its usage and description are in the registry (commands.ts), which loads
 * this module only when the command runs. Modules still load heavy libraries (docx, pdfkit, pdfjs, ajv) inside
 * `run`, so that `<command> --help` starts quickly too.
 */
export interface CliCommand<A = Record<string, unknown>> {
  /** Declares the options; `ui` is the language of their descriptions and examples in `--help`. */
  readonly builder: (yargs: Argv, ui: UiLang) => Argv<A>;
  readonly run: (args: A, io: CliIo) => Promise<ExitCode>;
}

/** Identity helper that keeps the argument type of a command definition. */
export function defineCommand<A>(command: CliCommand<A>): CliCommand<A> {
  return command;
}
