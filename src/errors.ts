/** Typed errors with stable codes (registered in error-codes.ts), and the one mapping from outcome to process exit code. */
import { ERR, EXIT, exitCodeOf, type ErrorCode, type ExitCode } from "./error-codes.js";

export { ERR, ERROR_CODES, EXIT, type ErrorCode, type ExitCode } from "./error-codes.js";

/** A problem the user can fix (bad input, bad arguments); printed without a stack trace. */
export class E7Error extends Error {
  readonly code: ErrorCode;
  /** Always the registry's exit code for `code`, so docs/errors.md stays true. */
  readonly exitCode: ExitCode;
  /** Optional lines of advice printed under the message ("how to fix it"). */
  readonly hints: readonly string[];
  constructor(code: ErrorCode, message: string, options: { hints?: readonly string[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "E7Error";
    this.code = code;
    this.exitCode = exitCodeOf(code);
    this.hints = options.hints ?? [];
  }
}

/** Bad command-line usage (missing or conflicting options). */
export class UsageError extends E7Error {
  constructor(message: string, hints: readonly string[] = []) {
    super(ERR.E_USAGE, message, { hints });
    this.name = "UsageError";
  }
}

/** A file could not be read or is not what it claims to be. */
export class InputFileError extends E7Error {
  readonly path: string;
  constructor(path: string, message: string, hints: readonly string[] = [], code: ErrorCode = ERR.E_INPUT_FILE) {
    super(code, `${path}: ${message}`, { hints });
    this.name = "InputFileError";
    this.path = path;
  }
}

/** An occupation code that is not in the catalog, or that cannot be read without naming the list edition. */
export class OccupationNotFoundError extends E7Error {
  constructor(message: string, hints: readonly string[] = []) {
    super(ERR.E_OCCUPATION_NOT_FOUND, message, { hints });
    this.name = "OccupationNotFoundError";
  }
}

/** Maps anything thrown to an exit code: known errors carry theirs, anything else is a bug. */
export function exitCodeFor(error: unknown): ExitCode {
  return error instanceof E7Error ? error.exitCode : EXIT.INTERNAL;
}

/** System error codes that describe the machine or the user's files (full disk, busy folder, no permission), not a bug. */
const ENVIRONMENT_CODES: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the disk",
  EDQUOT: "the disk quota is used up",
  EBUSY: "the file or folder is in use (or is a mount point)",
  EROFS: "the file system is read-only",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EIO: "an input/output error from the disk",
  EMFILE: "too many open files",
  ENFILE: "too many open files on the system",
  EXDEV: "the folders are on different disks",
  ENAMETOOLONG: "the path is too long",
  ELOOP: "too many symbolic links in the path",
};

/** A system error from the disk or the user's files as a one-line input error (exit 2), or undefined for anything else. */
export function environmentError(error: unknown): E7Error | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof E7Error || typeof code !== "string" || !Object.hasOwn(ENVIRONMENT_CODES, code)) return undefined;
  const where = (error as NodeJS.ErrnoException).path;
  return new E7Error(ERR.E_SYSTEM, `${where ? `${where}: ` : ""}${ENVIRONMENT_CODES[code]} (${code}).`, {
    hints: ["Free space or fix the permissions, then run the command again."],
    cause: error,
  });
}
