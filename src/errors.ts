/** Typed errors with stable codes (registered in error-codes.ts), and the one mapping from outcome to process exit code. */
import { ERR, EXIT, exitCodeOf, type ErrorCode, type ExitCode } from "./error-codes.js";

export { ERR, ERROR_CODES, EXIT, type ErrorCode, type ExitCode } from "./error-codes.js";

/** An error's message and hints in Korean, for `--ui ko` (a Korean locale); file names and positions as in English. */
export interface KoreanText {
  readonly message: string;
  readonly hints?: readonly string[];
}

/** A problem the user can fix (bad input, bad arguments); printed without a stack trace. */
export class E7Error extends Error {
  readonly code: ErrorCode;
  /** Always the registry's exit code for `code`, so docs/errors.md stays true. */
  readonly exitCode: ExitCode;
  /** Optional lines of advice printed under the message ("how to fix it"). */
  readonly hints: readonly string[];
  /** The message in Korean, when the error has one (printed under `--ui ko`). */
  readonly messageKo?: string;
  /** The hints in Korean, line for line. */
  readonly hintsKo?: readonly string[];
  constructor(
    code: ErrorCode,
    message: string,
    options: { hints?: readonly string[]; cause?: unknown; ko?: KoreanText } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "E7Error";
    this.code = code;
    this.exitCode = exitCodeOf(code);
    this.hints = options.hints ?? [];
    if (options.ko) {
      this.messageKo = options.ko.message;
      this.hintsKo = options.ko.hints ?? [];
    }
  }
}

/** Bad command-line usage (missing or conflicting options). */
export class UsageError extends E7Error {
  constructor(message: string, hints: readonly string[] = [], ko?: KoreanText) {
    super(ERR.E_USAGE, message, { hints, ...(ko ? { ko } : {}) });
    this.name = "UsageError";
  }
}

/** A file could not be read or is not what it claims to be; the Korean message is prefixed with the path like the English one. */
export class InputFileError extends E7Error {
  readonly path: string;
  constructor(
    path: string,
    message: string,
    hints: readonly string[] = [],
    code: ErrorCode = ERR.E_INPUT_FILE,
    ko?: KoreanText,
  ) {
    super(code, `${path}: ${message}`, {
      hints,
      ...(ko ? { ko: { message: `${path}: ${ko.message}`, hints: ko.hints ?? [] } } : {}),
    });
    this.name = "InputFileError";
    this.path = path;
  }
}

/** An occupation code that is not in the catalog, or that cannot be read without naming the list edition. */
export class OccupationNotFoundError extends E7Error {
  constructor(message: string, hints: readonly string[] = [], ko?: KoreanText) {
    super(ERR.E_OCCUPATION_NOT_FOUND, message, { hints, ...(ko ? { ko } : {}) });
    this.name = "OccupationNotFoundError";
  }
}

/** Maps anything thrown to an exit code: known errors carry theirs, anything else is a bug. */
export function exitCodeFor(error: unknown): ExitCode {
  return error instanceof E7Error ? error.exitCode : EXIT.INTERNAL;
}

/** System error codes that describe the machine or the user's files (full disk, busy folder, no permission), not a bug. */
const ENVIRONMENT_CODES: Readonly<Record<string, { readonly en: string; readonly ko: string }>> = {
  ENOSPC: { en: "no space left on the disk", ko: "디스크에 남은 공간이 없습니다" },
  EDQUOT: { en: "the disk quota is used up", ko: "디스크 할당량을 모두 썼습니다" },
  EBUSY: {
    en: "the file or folder is in use (or is a mount point)",
    ko: "파일이나 폴더가 사용 중입니다(또는 마운트 지점입니다)",
  },
  EROFS: { en: "the file system is read-only", ko: "읽기 전용 파일 시스템입니다" },
  EACCES: { en: "permission denied", ko: "권한이 없습니다" },
  EPERM: { en: "operation not permitted", ko: "허용되지 않은 작업입니다" },
  EIO: { en: "an input/output error from the disk", ko: "디스크 입출력 오류가 발생했습니다" },
  EMFILE: { en: "too many open files", ko: "열린 파일이 너무 많습니다" },
  ENFILE: { en: "too many open files on the system", ko: "시스템에 열린 파일이 너무 많습니다" },
  EXDEV: { en: "the folders are on different disks", ko: "폴더가 서로 다른 디스크에 있습니다" },
  ENAMETOOLONG: { en: "the path is too long", ko: "경로가 너무 깁니다" },
  ELOOP: { en: "too many symbolic links in the path", ko: "경로에 심볼릭 링크가 너무 많습니다" },
};

/** A system error from the disk or the user's files as a one-line input error (exit 2), or undefined for anything else. */
export function environmentError(error: unknown): E7Error | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (error instanceof E7Error || typeof code !== "string" || !Object.hasOwn(ENVIRONMENT_CODES, code)) return undefined;
  const where = (error as NodeJS.ErrnoException).path;
  const prefix = where ? `${where}: ` : "";
  return new E7Error(ERR.E_SYSTEM, `${prefix}${ENVIRONMENT_CODES[code]!.en} (${code}).`, {
    hints: ["Free space or fix the permissions, then run the command again."],
    cause: error,
    ko: {
      message: `${prefix}${ENVIRONMENT_CODES[code]!.ko}(${code}).`,
      hints: ["공간을 확보하거나 권한을 고친 뒤 명령을 다시 실행하십시오."],
    },
  });
}
