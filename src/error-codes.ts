/**
 * The one registry of error codes: every code e7-align can report, its exit code and its meaning. Code elsewhere
 * names a code as ERR.E_SOMETHING, so a misspelt code is a type error; docs/errors.md documents every entry
 * (test/errors/error-codes.test.ts keeps the two in step and finds stray "E_..." string literals in src/).
 */

/** Exit codes used by every command: 0 all good, 1 a check found a problem, 2 usage or input error, 3 a bug; 130 a batch stopped by Ctrl-C. */
export const EXIT = { OK: 0, FINDINGS: 1, INPUT: 2, INTERNAL: 3, INTERRUPTED: 130 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

interface ErrorCodeInfo {
  /** The exit code of a command that stops with this error (for a batch case: the batch's exit code). */
  readonly exit: ExitCode;
  /** One line: when this code is reported. */
  readonly meaning: string;
}

export const ERROR_CODES = {
  // Arguments and requests
  E_USAGE: {
    exit: EXIT.INPUT,
    meaning: "Bad command-line usage or request: a missing, unknown or conflicting option or value.",
  },
  E_MATCH_INPUT: {
    exit: EXIT.INPUT,
    meaning:
      "Duty text the matcher cannot take: too long, too many statements, an empty duty or a share outside 0-100.",
  },
  E_OCCUPATION_NOT_FOUND: {
    exit: EXIT.INPUT,
    meaning: "An occupation code that is not an E-7 code in the catalog, or that needs its list edition named.",
  },
  E_FORBIDDEN: { exit: EXIT.INPUT, meaning: "The local web server refused a request from another host or site." },
  // Case files
  E_CASE_SYNTAX: {
    exit: EXIT.INPUT,
    meaning: "The case file is not UTF-8 JSON (the message gives the line and column).",
  },
  E_CASE_INVALID: {
    exit: EXIT.INPUT,
    meaning: "The case file is JSON but breaks the case schema or a rule about its facts.",
  },
  E_MIGRATE: {
    exit: EXIT.INPUT,
    meaning: "The file cannot be migrated: it is already schema version 2, or it is not a case file.",
  },
  // Any input file
  E_INPUT_FILE: {
    exit: EXIT.INPUT,
    meaning: "An input file cannot be read or its content is malformed (the message names the file and line).",
  },
  E_FILE_NOT_FOUND: {
    exit: EXIT.INPUT,
    meaning: "A file named on the command line (case file, duty text or document) does not exist.",
  },
  E_FILE_PERMISSION: { exit: EXIT.INPUT, meaning: "A document exists but this user may not read it." },
  E_NOT_FILE: { exit: EXIT.INPUT, meaning: "The path is a folder, device, pipe or socket, not a regular file." },
  E_TOO_LARGE: { exit: EXIT.INPUT, meaning: "An input (file, standard input or request body) is over its size limit." },
  E_EMPTY_FILE: { exit: EXIT.INPUT, meaning: "A document is empty or holds only whitespace." },
  E_NOT_TEXT: {
    exit: EXIT.INPUT,
    meaning: "A .txt or .md document is not UTF-8 text (a binary file, or another encoding such as EUC-KR).",
  },
  // Documents (.docx, .hwpx, .pdf)
  E_UNSUPPORTED_FORMAT: {
    exit: EXIT.INPUT,
    meaning: "A document type e7-align cannot read (.hwp, .doc, a password-protected Word file, .csv ...).",
  },
  E_WRONG_FORMAT: {
    exit: EXIT.INPUT,
    meaning:
      "A document's content is not the format its extension names (a .docx that is not a Word zip, a .pdf that is not a PDF).",
  },
  E_DOCUMENT_CORRUPT: { exit: EXIT.INPUT, meaning: "A .docx, .hwpx or .pdf is damaged or truncated." },
  E_DOCUMENT_ENCRYPTED: {
    exit: EXIT.INPUT,
    meaning: "A document is password-protected or encrypted, so its text cannot be read.",
  },
  E_DOCUMENT_LIMIT: {
    exit: EXIT.INPUT,
    meaning:
      "A document exceeds a reader safety limit (zip bomb, parts, pages, inflated size, memory or time) and is refused.",
  },
  E_NO_TEXT: {
    exit: EXIT.INPUT,
    meaning: "A document has no text to read (only images, or a scan without a text layer).",
  },
  // Generating documents
  E_FONT_MISSING_GLYPH: { exit: EXIT.INPUT, meaning: "The case text has a character the PDF fonts cannot draw." },
  E_TEMPLATE_MISSING_FIELD: { exit: EXIT.INPUT, meaning: "A template uses a case field the case does not provide." },
  // Output
  E_OUT_EXISTS: {
    exit: EXIT.INPUT,
    meaning: "The output folder already exists (or holds the names the batch would write) and --force was not given.",
  },
  E_OUT_NOT_PACKET: {
    exit: EXIT.INPUT,
    meaning: "--force was given but the output folder is not an unchanged packet e7-align wrote, so it is left alone.",
  },
  E_OUT_NOT_FOLDER: { exit: EXIT.INPUT, meaning: "The batch's --out names a file, not a folder." },
  E_WRITE_FAILED: {
    exit: EXIT.INPUT,
    meaning: "An output file or folder could not be written (it exists, no permission, a file in the way).",
  },
  // The machine
  E_SYSTEM: {
    exit: EXIT.INPUT,
    meaning: "The disk or the file system refused (full disk, read-only, busy, no permission, too many open files).",
  },
  E_PORT_IN_USE: { exit: EXIT.INPUT, meaning: "serve: the port on 127.0.0.1 is already in use." },
  E_PORT_DENIED: { exit: EXIT.INPUT, meaning: "serve: the port needs privileges this user does not have." },
  // Batch cases (reported per case in batch-summary.json; the batch then exits 3)
  E_CASE_TIMEOUT: {
    exit: EXIT.INTERNAL,
    meaning: "batch: a case was still running at the per-case time limit and was stopped.",
  },
  E_WORKER_MEMORY: {
    exit: EXIT.INTERNAL,
    meaning: "batch: a case needed more than the worker's memory limit and was stopped.",
  },
  // Bugs in e7-align or its installation
  E_INTERNAL: {
    exit: EXIT.INTERNAL,
    meaning: "A bug in e7-align (an unexpected exception or a crashed batch worker), not in the input.",
  },
  E_TEMPLATE_UNKNOWN: {
    exit: EXIT.INTERNAL,
    meaning: "The installed templates lack a template, a language or a label the code asks for.",
  },
  E_BATCH_WORKER_MISSING: {
    exit: EXIT.INTERNAL,
    meaning: "The built batch worker file is missing (the package was not built).",
  },
} as const satisfies Record<`E_${string}`, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Each code as its own name, for throw sites: ERR.E_USAGE is "E_USAGE", and ERR.E_USAEG does not compile. */
export const ERR = Object.freeze(Object.fromEntries(Object.keys(ERROR_CODES).map((code) => [code, code]))) as {
  readonly [C in ErrorCode]: C;
};

/** The exit code a command ends with when it stops with this error. */
export const exitCodeOf = (code: ErrorCode): ExitCode => ERROR_CODES[code].exit;
