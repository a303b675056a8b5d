#!/usr/bin/env node
/** The `e7-align` binary: wires the real process to runCli; the only place that touches process exit state. */
import module from "node:module";
import { tuneV8ForOneShot } from "./one-shot-v8.js";

// Node 22.1+ keeps compiled bytecode between runs, which shortens every later cold start; older Node lacks the call.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
tuneV8ForOneShot(process.argv.slice(2));
// The build's bundle of the CLI when it is current (fewer files to load), else the compiled modules.
const { runCli } = await (await import("./load-run-cli.js")).loadRunCli(process.argv.slice(2));

// A reader that closes the pipe early (`e7-align codes list | head`) is not an error worth a stack trace.
// Output that cannot be written (`codes list > /dev/full`: ENOSPC) is exit 2 with one line, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) {
      try {
        process.stderr.write(`error: the output cannot be written (${error.code ?? error.message}).\n`);
      } catch {
        // stderr is gone too: the exit code is all that is left.
      }
    }
    process.exit(2);
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async (limit) =>
    (await import("../io/read-file-limited.js")).readStreamLimited(process.stdin, "standard input", limit),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
});
