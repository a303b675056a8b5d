/** The shape of one CLI command: yargs options plus a run function that prints and returns an exit code. */
import type { Argv } from "yargs";
import type { ExitCode } from "../errors.js";

/** Where a command reads and writes; the real process in the binary, buffers in tests. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads all of standard input (for `--stdin`). */
  readonly readStdin: () => Promise<string>;
  /** True when stdout is a terminal (progress output, interactive prompts). */
  readonly isTTY: boolean;
  readonly cwd: string;
}

/**
 * One command. Modules that define commands import only light code at top level and load heavy libraries
 * (docx, pdfkit, pdfjs, ajv) inside `run`, so `e7-align --help` and `match` start quickly.
 */
export interface CliCommand<A = Record<string, unknown>> {
  readonly command: string | readonly string[];
  readonly describe: string;
  readonly builder: (yargs: Argv) => Argv<A>;
  readonly run: (args: A, io: CliIo) => Promise<ExitCode>;
}

/** Identity helper that keeps the argument type of a command definition. */
export function defineCommand<A>(command: CliCommand<A>): CliCommand<A> {
  return command;
}
