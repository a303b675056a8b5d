#!/usr/bin/env node
/** The `e7-align` binary: wires the real process to runCli; the only place that touches process exit state. */
import { runCli } from "./run-cli.js";

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
});
