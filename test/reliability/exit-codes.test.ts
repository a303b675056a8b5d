// A full disk, a busy folder or a closed output is the machine's state, not our bug: exit 2 with one line, no stack
// trace (issue 14: `codes list > /dev/full` and ENOSPC while writing a packet exited 3 or 1 with a stack trace).
import { spawnSync } from "node:child_process";
import { existsSync, openSync, closeSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { crashText } from "../corpus/prepare.js";
import { requireBinary } from "./packet-files.js";

/** An error as Node's fs or stream layer throws it. */
const systemError = (code: string, syscall: string, path?: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: simulated, ${syscall}`), { code, syscall, errno: -28, ...(path ? { path } : {}) });

describe("errors from the machine are input errors (exit 2), not bugs", () => {
  it.skipIf(!existsSync("/dev/full"))(
    "codes list > /dev/full exits 2 with one line",
    () => {
      const full = openSync("/dev/full", "w");
      try {
        const run = spawnSync(process.execPath, [requireBinary(), "codes", "list"], {
          stdio: ["ignore", full, "pipe"],
          encoding: "utf8",
          timeout: 60_000,
        });
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr.trim().split("\n")).toEqual(["error: the output cannot be written (ENOSPC)."]);
      } finally {
        closeSync(full);
      }
    },
    60_000,
  );

  for (const [code, fragment] of [
    ["ENOSPC", "no space left"],
    ["EBUSY", "the file or folder is in use"],
    ["EROFS", "the file system is read-only"],
    ["EDQUOT", "the disk quota"],
  ] as const) {
    it(`${code} thrown while a command writes gives exit 2 naming the path`, async () => {
      let stderr = "";
      const exit = await runCli(["codes", "list"], {
        stdout: () => {
          throw systemError(code, "write", "/tmp/packet/contract-duty-annex.pdf");
        },
        stderr: (text) => {
          stderr += text;
        },
        readStdin: async () => new Uint8Array(),
        isTTY: false,
        cwd: process.cwd(),
      });
      expect(exit).toBe(2);
      expect(crashText(stderr)).toBeUndefined();
      expect(stderr).toContain(`/tmp/packet/contract-duty-annex.pdf: ${fragment}`);
      expect(stderr).toContain(`(${code})`);
    });
  }

  it("an error that is not the machine's stays exit 3 (a bug)", async () => {
    let stderr = "";
    const exit = await runCli(["codes", "list"], {
      stdout: () => {
        throw new TypeError("undefined is not a function");
      },
      stderr: (text) => {
        stderr += text;
      },
      readStdin: async () => new Uint8Array(),
      isTTY: false,
      cwd: process.cwd(),
    });
    expect(exit).toBe(3);
    expect(stderr).toContain("internal error");
  });
});
