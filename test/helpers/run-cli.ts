/** Runs the CLI in-process with captured output, for command tests. */
import { runCli } from "../../src/cli/run-cli.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(args: readonly string[], options: { stdin?: string; cwd?: string; isTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => options.stdin ?? "",
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}
