/** Runs the CLI in-process with captured output, for command tests. */
import { Readable } from "node:stream";
import { runCli } from "../../src/cli/run-cli.js";
import { readStreamLimited } from "../../src/io/read-file-limited.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(
  args: readonly string[],
  options: { stdin?: string | Uint8Array | (() => AsyncIterable<Uint8Array>); cwd?: string; isTTY?: boolean } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    // The binary's own reader, over the given text, bytes or endless stream.
    readStdin: (limit) => {
      const input = options.stdin ?? "";
      const stream =
        typeof input === "function"
          ? Readable.from(input())
          : Readable.from([typeof input === "string" ? Buffer.from(input) : input]);
      return readStreamLimited(stream, "standard input", limit);
    },
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
