/**
 * The bad-input corpus: every entry names an input (a file in test/corpus/files, a builder run at test time, or a
 * patch of a bundled example), the command it is given to, and the outcome it must produce. The runner is
 * test/reliability/corpus.test.ts; it also checks that no entry prints a stack trace or writes anything.
 */
import { createHash } from "node:crypto";
import type { CaseBuilder, DocumentName } from "./builders.js";

export type CorpusCommand = "validate" | "generate" | "verify" | "match" | "init" | "batch";

/** One change to a parsed example case: set a value (JSON pointer) or remove a member. */
export type PatchOp =
  | { readonly op: "set"; readonly path: string; readonly value: unknown }
  | { readonly op: "remove"; readonly path: string }
  /** Text-level edit of the serialised JSON, first occurrence (for duplicate keys and raw prototype keys). */
  | { readonly op: "text"; readonly find: string; readonly replace: string }
  /** Replace the whole text. */
  | { readonly op: "whole"; readonly text: string }
  /** Put text before the serialised JSON (a byte-order mark). */
  | { readonly op: "prefix"; readonly text: string };

export type CorpusInput =
  /** A file under test/corpus/files. */
  | { readonly file: string }
  /** Built at test time into the entry's folder. */
  | { readonly build: CaseBuilder }
  /** A bundled example (default web-developer) with changes applied. */
  | { readonly patch: readonly PatchOp[]; readonly base?: string }
  /** A bad document (verify). */
  | { readonly document: DocumentName }
  /** No input file: the arguments say it all. */
  | { readonly none: true };

export interface CorpusExpect {
  /** Allowed exit codes (never 3, the internal-error code). */
  readonly exit: number | readonly number[];
  /**
   * The library-level outcome: the error code thrown by loadCase/readDocument ("E_CASE_SYNTAX", "E_DOCUMENT_LIMIT"), or
   * "E_CASE_INVALID" when validateCase reports errors, or "VALID".
   */
  readonly code?: string;
  /** An error validateCase must report: its JSON pointer and keyword (one of several when an array). */
  readonly problem?: { readonly path: string; readonly keyword: string | readonly string[] };
  /** Fragments the command's output (stdout + stderr) must contain: the field or file and what to do. */
  readonly mentions?: readonly string[];
}

export interface CorpusEntry {
  /** Unique, "<group>/<name>". */
  readonly id: string;
  readonly command: CorpusCommand;
  readonly input: CorpusInput;
  /** Arguments after the command name; {case}, {doc}, {out} and {dir} are filled in. Defaults per command. */
  readonly args?: readonly string[];
  readonly expect: CorpusExpect;
  /** Why this input matters, when not obvious. */
  readonly note?: string;
  /** Standard input: a file under test/corpus/files, or a text repeated without end (a pipe from /dev/zero). */
  readonly stdin?: { readonly file: string } | { readonly endless: string };
  /** Files written under the entry's folder before the run (path relative to it -> text): what stands in --out's way. */
  readonly files?: Readonly<Record<string, string>>;
}

const set = (path: string, value: unknown): PatchOp => ({ op: "set", path, value });
const remove = (path: string): PatchOp => ({ op: "remove", path });

/** A schema-level mistake in one field: validate exits 2 naming the field. */
function field(
  id: string,
  ops: PatchOp | readonly PatchOp[],
  path: string,
  keyword: string | readonly string[],
  extra: Partial<CorpusEntry> = {},
): CorpusEntry {
  return {
    id: `case-schema/${id}`,
    command: "validate",
    input: { patch: Array.isArray(ops) ? ops : [ops as PatchOp] },
    expect: { exit: 2, code: "E_CASE_INVALID", problem: { path, keyword } },
    ...extra,
  };
}

/** The whole JSON is something other than a case object. */
function topLevel(id: string, text: string): CorpusEntry {
  return {
    id: `case-schema/top-${id}`,
    command: "validate",
    input: { patch: [{ op: "whole", text }] },
    expect: { exit: 2, code: "E_CASE_INVALID", problem: { path: "", keyword: "type" } },
  };
}

/** A syntax error kept as a file: validate exits 2 with file:line:column. */
function syntax(name: string, line: number, column: number, mentions: readonly string[] = []): CorpusEntry {
  return {
    id: `case-syntax/${name}`,
    command: "validate",
    input: { file: `case-syntax/${name}.json` },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: [`${name}.json:${line}:${column}`, ...mentions] },
  };
}

/** A valid case with hostile text in one field: validate must not fail on it (0 or 1) and must not crash. */
function hostile(id: string, path: string, value: unknown): CorpusEntry {
  return {
    id: `hostile/${id}`,
    command: "validate",
    input: { patch: [set(path, value)] },
    expect: { exit: [0, 1], code: "VALID" },
  };
}

/** Text the PDF fonts cannot draw, in one field: validate exits 2 naming the field, its line and the character. */
function glyph(id: string, path: string, value: string, codePoint: string): CorpusEntry {
  return {
    id: `glyph/${id}`,
    command: "validate",
    input: { patch: [set(path, value)] },
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      problem: { path, keyword: "glyph" },
      mentions: [codePoint, "PDF fonts cannot draw"],
    },
  };
}

const DUTY = "/position/duties/0";
// Bilingual texts (case schema version 2) are edited in their English version.
const TEXT = `${DUTY}/text/en`;

const PRIOR = {
  filingDate: "2026-06-02",
  codeFiled: "2223",
  codeEdition: "2026-09",
  decision: "denied",
  decisionDate: "2026-07-15",
  receiptNumber: "2026-SEO-0012345",
  reasons: [
    {
      ko: "업무 내용이 응용 소프트웨어가 아니라 웹 개발에 해당함.",
      en: "The duties described web development, not application software.",
    },
  ],
  whatChanged: [
    {
      ko: "직종 코드를 2224로 바꾸었고 업무는 그대로입니다.",
      en: "The code is now 2224 and the duties are unchanged.",
    },
  ],
};
const reapplication = (prior: unknown): PatchOp[] => [
  set("/filing/kind", "reapplication"),
  set("/priorApplication", prior),
];

/** The manifest.json of a packet e7-align wrote, listing these files (name -> the text whose SHA-256 it records). */
function packetManifest(listed: Readonly<Record<string, string>>): string {
  const files = Object.entries(listed).map(([name, text]) => ({
    name,
    bytes: Buffer.byteLength(text),
    sha256: createHash("sha256").update(text).digest("hex"),
  }));
  return JSON.stringify({ manifestVersion: 1, tool: { name: "e7-align", version: "0.1.0" }, files }, null, 2);
}
const ANNEX = "PK original annex";

/** `generate --force` pointed at a folder that is not a packet e7-align wrote: exit 2 naming it, nothing touched. */
function forceRefused(
  id: string,
  files: Readonly<Record<string, string>>,
  mentions: readonly string[],
  args: readonly string[] = ["{case}", "--out", "{out}", "--force"],
): CorpusEntry {
  return {
    id: `force/${id}`,
    command: "generate",
    input: { patch: [] },
    files,
    args,
    expect: { exit: 2, mentions: ["--force did not replace it", "nothing was touched", ...mentions] },
  };
}

export const CORPUS: readonly CorpusEntry[] = [
  // ---- --force replaces only a packet folder e7-align wrote (issue 14: it used to delete whatever --out named) ----
  forceRefused("case-folder", {}, ["in holds the case file case.json"], ["{case}", "--out", "{dir}/in", "--force"]),
  forceRefused("current-folder", {}, ["is the current folder"], ["{case}", "--out", ".", "--force"]),
  forceRefused("root-folder", {}, ["/ is the root folder"], ["{case}", "--out", "/", "--force"]),
  forceRefused("folder-of-user-files", { "out/packet/thesis.txt": "my thesis" }, [
    "packet is not a packet folder",
    "thesis.txt",
  ]),
  forceRefused(
    "manifest-of-another-tool",
    { "out/packet/manifest.json": '{"name": "my-app", "files": []}', "out/packet/notes.md": "notes" },
    ["no manifest.json written by e7-align", "notes.md"],
  ),
  forceRefused(
    "packet-with-unlisted-file",
    {
      "out/packet/manifest.json": packetManifest({ "contract.docx": ANNEX }),
      "out/packet/contract.docx": ANNEX,
      "out/packet/thesis.txt": "my thesis",
    },
    ["thesis.txt", "does not list"],
  ),
  forceRefused(
    "packet-with-subfolder",
    {
      "out/packet/manifest.json": packetManifest({ "contract.docx": ANNEX }),
      "out/packet/contract.docx": ANNEX,
      "out/packet/drafts/v1.txt": "draft",
    },
    ["drafts/", "does not list"],
  ),
  forceRefused(
    "packet-file-edited",
    {
      "out/packet/manifest.json": packetManifest({ "contract.docx": ANNEX }),
      "out/packet/contract.docx": "edited by hand",
    },
    ["contract.docx", "changed since e7-align wrote it"],
  ),
  {
    id: "force/batch-case-folder-of-user-files",
    command: "batch",
    input: { patch: [] },
    files: { "out/packet/in/thesis.txt": "my thesis" },
    args: ["{case}", "--out", "{out}", "--force"],
    expect: { exit: 2, mentions: ["thesis.txt", "the batch was not started and nothing was touched"] },
    note: "The case in/case.json gets the packet folder OUT/in, which here holds the user's file.",
  },
  {
    id: "force/batch-summary-of-user",
    command: "batch",
    input: { patch: [] },
    files: { "out/packet/batch-summary.json": "my own notes" },
    args: ["{case}", "--out", "{out}", "--force"],
    expect: { exit: 2, mentions: ["batch-summary.json is not a batch summary e7-align wrote"] },
  },
  {
    id: "force/batch-out-holds-case-folder",
    command: "batch",
    input: { patch: [] },
    args: ["{case}", "--out", "{dir}", "--force"],
    expect: { exit: 2, mentions: ["in holds the case file case.json"] },
    note: "--out is the folder above the case's: the case's packet folder OUT/in would be the case's own folder.",
  },

  // ---- JSON syntax (files) ----
  syntax("trailing-comma-object", 4, 3, ["Remove the comma at line 3, column 20"]),
  syntax("trailing-comma-array", 3, 30, ["Remove the comma"]),
  syntax("trailing-comma-top", 3, 1, ["Remove the comma"]),
  syntax("comment-line", 2, 3, ["JSON has no comments"]),
  syntax("comment-block", 2, 3, ["JSON has no comments"]),
  syntax("comment-hash", 2, 3, ["JSON has no comments"]),
  syntax("single-quotes", 2, 3, ["double quotes"]),
  syntax("unquoted-key", 2, 3, ['"selectedCode"']),
  syntax("missing-comma", 3, 3, ["comma is missing"]),
  syntax("missing-colon", 2, 18, ["colon is missing"]),
  syntax("extra-closing-brace", 3, 2),
  syntax("mismatched-bracket", 3, 29, ["is not closed"]),
  syntax("unclosed-object", 3, 20, ["no closing }"]),
  syntax("unclosed-array", 3, 25),
  syntax("unterminated-string", 3, 4, ["no closing double quote"]),
  syntax("truncated-mid-key", 3, 9, ["no closing double quote"]),
  syntax("truncated-mid-number", 3, 29, ["no closing }"]),
  syntax("truncated-after-colon", 1, 1, ["no closing }"]),
  syntax("empty", 1, 1, ["empty"]),
  syntax("whitespace-only", 1, 1),
  syntax("python-literals", 3, 29, ["lower case"]),
  syntax("none-literal", 2, 16, ["None"]),
  syntax("nan", 3, 20, ["NaN"]),
  syntax("infinity", 3, 24, ["Infinity"]),
  syntax("undefined", 2, 19, ["undefined"]),
  syntax("leading-zero", 3, 23),
  syntax("hex-number", 3, 24),
  syntax("plus-sign-number", 3, 23),
  syntax("number-with-commas", 3, 27),
  syntax("invalid-escape", 3, 21, ["backslash"]),
  syntax("bad-unicode-escape", 2, 23),
  syntax("two-top-level-values", 2, 1),
  syntax("json-lines", 2, 1),
  syntax("bom-utf16le", 1, 1, ["UTF-16", "UTF-8"]),
  syntax("bom-utf16be", 1, 1, ["UTF-16", "UTF-8"]),
  syntax("utf16le-no-bom", 1, 2, ["NUL", "UTF-16"]),
  syntax("nul-byte-in-string", 2, 22, ["NUL"]),
  syntax("nul-byte-between-tokens", 2, 25, ["NUL"]),
  syntax("invalid-utf8-lone-ff", 3, 25, ["0xFF", "UTF-8"]),
  syntax("invalid-utf8-euc-kr", 3, 16, ["EUC-KR"]),
  syntax("invalid-utf8-overlong", 3, 19, ["UTF-8"]),
  syntax("invalid-utf8-truncated-sequence", 3, 20, ["UTF-8"]),
  syntax("invalid-utf8-continuation-only", 3, 20, ["UTF-8"]),
  syntax("bom-in-middle", 2, 19, ["byte-order mark"]),
  syntax("control-char-outside-string", 2, 25),
  syntax("latin1-text", 3, 21, ["UTF-8"]),
  syntax("xml-instead-of-json", 1, 1),
  syntax("yaml-instead-of-json", 1, 1),
  syntax("html-error-page", 1, 1),
  {
    id: "case-syntax/invalid-utf8-surrogate",
    command: "validate",
    input: { file: "case-syntax/invalid-utf8-surrogate.json" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["invalid-utf8-surrogate.json:3:20", "UTF-8"] },
    note: "ED A0 80 encodes a UTF-16 surrogate (CESU-8); it is not UTF-8 and must not be silently replaced by U+FFFD.",
  },
  {
    id: "case-syntax/duplicate-key",
    command: "validate",
    input: {
      patch: [
        { op: "text", find: '"selectedCode": "2224"', replace: '"selectedCode": "2223", "selectedCode": "2224"' },
      ],
    },
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      problem: { path: "/selectedCode", keyword: "duplicateKey" },
      mentions: ["selectedCode is written twice"],
    },
  },
  {
    id: "case-syntax/duplicate-key-nested",
    command: "validate",
    input: { patch: [{ op: "text", find: '"share": 40', replace: '"share": 40, "share": 60' }] },
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      problem: { path: "/position/duties/0/share", keyword: "duplicateKey" },
      mentions: ["position.duties[0].share"],
    },
  },
  {
    id: "case-syntax/utf8-bom-accepted",
    command: "validate",
    input: { patch: [{ op: "prefix", text: "\uFEFF" }] },
    expect: { exit: [0, 1], code: "VALID", mentions: ["byte-order mark"] },
    note: "A UTF-8 BOM is accepted with a notice, not an error.",
  },

  // ---- big, deep and binary inputs (built at test time) ----
  {
    id: "case-size/json-50mb",
    command: "validate",
    input: { build: "json-50mb" },
    expect: { exit: 2, code: "E_TOO_LARGE", mentions: ["json-50mb", "at most 1024 KB"] },
  },
  {
    id: "case-size/json-50mb-string",
    command: "validate",
    input: { build: "json-50mb-string" },
    expect: { exit: 2, code: "E_TOO_LARGE", mentions: ["json-50mb-string"] },
  },
  {
    id: "case-size/json-1mib-plus-one",
    command: "validate",
    input: { build: "json-1mib-plus-one" },
    expect: { exit: 2, code: "E_TOO_LARGE", mentions: ["json-1mib-plus-one"] },
  },
  {
    id: "case-size/generate-json-50mb",
    command: "generate",
    input: { build: "json-50mb" },
    expect: { exit: 2, code: "E_TOO_LARGE", mentions: ["json-50mb"] },
  },
  {
    id: "case-deep/array-10000",
    command: "validate",
    input: { build: "deep-array-10000" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["deep-array-10000", "nest"] },
  },
  {
    id: "case-deep/object-10000",
    command: "validate",
    input: { build: "deep-object-10000" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["deep-object-10000", "nest"] },
  },
  {
    id: "case-deep/unclosed-10000",
    command: "validate",
    input: { build: "deep-unclosed-10000" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["deep-unclosed-10000"] },
  },
  {
    id: "case-deep/inside-case-10000",
    command: "validate",
    input: { build: "deep-inside-case-10000" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["deep-inside-case-10000", "nest"] },
  },
  {
    id: "case-deep/generate-inside-case-10000",
    command: "generate",
    input: { build: "deep-inside-case-10000" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["deep-inside-case-10000"] },
  },
  {
    id: "case-deep/array-60",
    command: "validate",
    input: { build: "deep-array-60" },
    expect: { exit: 2, code: "E_CASE_INVALID", problem: { path: "", keyword: "type" } },
    note: "Moderate nesting is fine: an ordinary schema error.",
  },
  {
    id: "case-binary/random-bytes-4k",
    command: "validate",
    input: { build: "random-bytes-4k" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["random-bytes-4k"] },
  },
  {
    id: "case-binary/random-bytes-1m",
    command: "validate",
    input: { build: "random-bytes-1m" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["random-bytes-1m"] },
  },
  {
    id: "case-binary/random-ascii",
    command: "validate",
    input: { build: "random-ascii" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["random-ascii"] },
  },
  {
    id: "case-binary/docx-as-case",
    command: "validate",
    input: { build: "docx-as-case" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["docx-as-case"] },
  },
  {
    id: "case-binary/pdf-as-case",
    command: "validate",
    input: { build: "pdf-as-case" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["pdf-as-case"] },
  },
  {
    id: "case-binary/png-as-case",
    command: "validate",
    input: { build: "png-as-case" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["png-as-case"] },
  },
  {
    id: "case-binary/zip-bomb-as-case",
    command: "validate",
    input: { build: "zip-bomb-as-case" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["zip-bomb-as-case"] },
  },
  {
    id: "case-binary/generate-random-bytes",
    command: "generate",
    input: { build: "random-bytes-4k" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["random-bytes-4k"] },
  },

  // ---- case paths that are not readable files ----
  {
    id: "case-path/directory",
    command: "validate",
    input: { build: "directory" },
    expect: { exit: 2, mentions: ["directory", "folder"] },
  },
  {
    id: "case-path/missing",
    command: "validate",
    input: { build: "missing" },
    expect: { exit: 2, mentions: ["missing", "not found"] },
  },
  {
    id: "case-path/through-a-file",
    command: "validate",
    input: { build: "through-a-file" },
    expect: { exit: 2, mentions: ["through-a-file"] },
  },
  {
    id: "case-path/unreadable",
    command: "validate",
    input: { build: "unreadable" },
    expect: { exit: 2, mentions: ["unreadable", "permission"] },
    note: "Skipped as root (root reads any file).",
  },
  {
    id: "case-path/dev-zero",
    command: "validate",
    input: { build: "dev-zero" },
    expect: { exit: 2, mentions: ["/dev/zero", "not a regular file"] },
    note: "Read whole, /dev/zero never ends.",
  },
  {
    id: "case-path/fifo",
    command: "validate",
    input: { build: "fifo" },
    expect: { exit: 2, mentions: ["fifo", "not a regular file"] },
    note: "Opening a pipe with no writer blocks forever.",
  },
  {
    id: "case-path/generate-dev-zero",
    command: "generate",
    input: { build: "dev-zero" },
    expect: { exit: 2, mentions: ["/dev/zero"] },
  },
  {
    id: "case-path/generate-fifo",
    command: "generate",
    input: { build: "fifo" },
    expect: { exit: 2, mentions: ["fifo"] },
  },
  {
    id: "case-path/generate-directory",
    command: "generate",
    input: { build: "directory" },
    expect: { exit: 2, mentions: ["directory"] },
  },
  {
    id: "case-path/generate-missing",
    command: "generate",
    input: { build: "missing" },
    expect: { exit: 2, mentions: ["missing"] },
  },
  {
    id: "case-path/generate-unreadable",
    command: "generate",
    input: { build: "unreadable" },
    expect: { exit: 2, mentions: ["unreadable"] },
    note: "Skipped as root.",
  },

  // ---- the whole file is the wrong kind of value ----
  topLevel("array", "[]"),
  topLevel("string", '"case"'),
  topLevel("number", "42"),
  topLevel("null", "null"),
  topLevel("boolean", "true"),
  topLevel("huge-number", "1e400"),
  field("top-empty-object", { op: "whole", text: "{}" }, "/filing", "required"),
  field("top-unknown-field", set("/notes", "call Kim"), "/notes", "additionalProperties"),

  // ---- filing ----
  field("filing-missing", remove("/filing"), "/filing", "required"),
  field("filing-string", set("/filing", "first"), "/filing", "type"),
  field("filing-kind-enum", set("/filing/kind", "new"), "/filing/kind", "enum"),
  field("filing-kind-number", set("/filing/kind", 1), "/filing/kind", ["type", "enum"]),
  field(
    "filing-date-impossible",
    set("/filing/plannedFilingDate", "2026-02-30"),
    "/filing/plannedFilingDate",
    "format",
  ),
  field("filing-date-us-format", set("/filing/plannedFilingDate", "12/07/2026"), "/filing/plannedFilingDate", "format"),
  field("filing-date-number", set("/filing/plannedFilingDate", 20261207), "/filing/plannedFilingDate", "type"),
  field("filing-date-missing", remove("/filing/plannedFilingDate"), "/filing/plannedFilingDate", "required"),
  field("filing-office-empty", set("/filing/immigrationOffice", ""), "/filing/immigrationOffice", "pattern"),
  field("filing-edition-unknown", set("/filing/codeEdition", "2019"), "/filing/codeEdition", "enum"),
  field("filing-languages-empty", set("/filing/languages", []), "/filing/languages", "minItems"),
  field("filing-languages-french", set("/filing/languages", ["fr"]), "/filing/languages/0", "enum"),
  field("filing-languages-string", set("/filing/languages", "en"), "/filing/languages", "type"),
  field("filing-document-date-word", set("/filing/documentDate", "tomorrow"), "/filing/documentDate", "format"),
  field("filing-extra-field", set("/filing/urgent", true), "/filing/urgent", "additionalProperties"),

  // ---- selectedCode: wrong values and unknown/ambiguous codes ----
  field("code-missing", remove("/selectedCode"), "/selectedCode", "required"),
  field("code-number", set("/selectedCode", 2224), "/selectedCode", "type"),
  field("code-dashes", set("/selectedCode", "22-24"), "/selectedCode", "pattern"),
  field("code-empty", set("/selectedCode", ""), "/selectedCode", "pattern"),
  field("code-placeholder", set("/selectedCode", "<occupation code>"), "/selectedCode", "placeholder"),
  field("code-unknown", set("/selectedCode", "9999"), "/selectedCode", "unknownCode", {
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      problem: { path: "/selectedCode", keyword: "unknownCode" },
      mentions: ["9999", "e7-align codes search"],
    },
  }),
  field("code-unknown-s", set("/selectedCode", "S9999"), "/selectedCode", "unknownCode"),
  field(
    "code-ambiguous",
    [set("/selectedCode", "441"), set("/filing/codeEdition", "ksco6-list")],
    "/selectedCode",
    "unknownCode",
    {
      expect: {
        exit: 2,
        code: "E_CASE_INVALID",
        problem: { path: "/selectedCode", keyword: "unknownCode" },
        mentions: ["441", "codeEdition"],
      },
      note: "441 is not in the KSCO-6 list and means different occupations in the two later lists (cabin crew, chef).",
    },
  ),
  field("code-misused", set("/selectedCode", "2752"), "/selectedCode", "unknownCode"),
  {
    id: "case-schema/code-former-edition-warns",
    command: "validate",
    input: { patch: [set("/selectedCode", "1202"), set("/filing/codeEdition", "ksco6-list")] },
    expect: { exit: [0, 1], code: "VALID", mentions: ["1202"] },
    note: "A former-edition code is accepted with a warning naming the current code.",
  },

  // ---- applicant ----
  field("applicant-missing", remove("/applicant"), "/applicant", "required"),
  field("applicant-array", set("/applicant", []), "/applicant", "type"),
  field("applicant-name-empty", set("/applicant/fullName", ""), "/applicant/fullName", "minLength"),
  field("applicant-name-short", set("/applicant/fullName", "A"), "/applicant/fullName", "minLength"),
  field("applicant-name-number", set("/applicant/fullName", 7), "/applicant/fullName", "type"),
  field("applicant-nationality-word", set("/applicant/nationality", "Vietnam"), "/applicant/nationality", "pattern"),
  field("applicant-nationality-lower", set("/applicant/nationality", "vnm"), "/applicant/nationality", "pattern"),
  field("applicant-birth-month-13", set("/applicant/dateOfBirth", "1994-13-01"), "/applicant/dateOfBirth", "format"),
  field("applicant-education-object", set("/applicant/education", {}), "/applicant/education", "type"),
  field("applicant-degree-enum", set("/applicant/education/0/degree", "PhD"), "/applicant/education/0/degree", "enum"),
  field(
    "applicant-education-country",
    set("/applicant/education/0/country", "VNM"),
    "/applicant/education/0/country",
    "pattern",
  ),
  field(
    "applicant-completion-null",
    set("/applicant/education/0/completionDate", null),
    "/applicant/education/0/completionDate",
    "type",
  ),
  field(
    "applicant-education-field-missing",
    remove("/applicant/education/0/field"),
    "/applicant/education/0/field",
    "required",
  ),
  field(
    "applicant-related-string",
    set("/applicant/education/0/relatedToOccupation", "yes"),
    "/applicant/education/0/relatedToOccupation",
    "type",
  ),
  field(
    "applicant-experience-start-year",
    set("/applicant/experience/0/startDate", "2018"),
    "/applicant/experience/0/startDate",
    "format",
  ),
  field(
    "applicant-experience-extra",
    set("/applicant/experience/0/salary", 1000),
    "/applicant/experience/0/salary",
    "additionalProperties",
  ),
  field(
    "applicant-experience-backwards",
    set("/applicant/experience/0/endDate", "2017-01-01"),
    "/applicant/experience/0/endDate",
    "dateOrder",
  ),
  field(
    "applicant-document-kind",
    set("/applicant/documents/0/kind", "diploma"),
    "/applicant/documents/0/kind",
    "enum",
  ),
  field(
    "applicant-document-origin",
    set("/applicant/documents/0/origin", "abroad"),
    "/applicant/documents/0/origin",
    "enum",
  ),
  field(
    "applicant-document-date-empty",
    set("/applicant/documents/0/issueDate", ""),
    "/applicant/documents/0/issueDate",
    "format",
  ),
  field("applicant-documents-null", set("/applicant/documents", null), "/applicant/documents", "type"),
  field(
    "applicant-name-placeholder",
    set("/applicant/fullName", "<name as in passport>"),
    "/applicant/fullName",
    "placeholder",
  ),

  // ---- employer ----
  field("employer-missing", remove("/employer"), "/employer", "required"),
  field("employer-name-ko-empty", set("/employer/nameKo", ""), "/employer/nameKo", "minLength"),
  field(
    "employer-brn-check-digit",
    set("/employer/businessRegistrationNumber", "220-81-61902"),
    "/employer/businessRegistrationNumber",
    "checkDigit",
  ),
  field(
    "employer-brn-short",
    set("/employer/businessRegistrationNumber", "12-34"),
    "/employer/businessRegistrationNumber",
    "pattern",
  ),
  field(
    "employer-brn-number",
    set("/employer/businessRegistrationNumber", 2208161901),
    "/employer/businessRegistrationNumber",
    "type",
  ),
  field("employer-address-string", set("/employer/address", "Seoul"), "/employer/address", "type"),
  field("employer-address-no-ko", remove("/employer/address/ko"), "/employer/address/ko", "required"),
  field(
    "employer-insured-negative",
    set("/employer/insuredKoreanEmployees", -1),
    "/employer/insuredKoreanEmployees",
    "minimum",
  ),
  field(
    "employer-insured-fraction",
    set("/employer/insuredKoreanEmployees", 2.5),
    "/employer/insuredKoreanEmployees",
    "type",
  ),
  field(
    "employer-insured-string",
    set("/employer/insuredKoreanEmployees", "23"),
    "/employer/insuredKoreanEmployees",
    "type",
  ),
  field("employer-foreign-array", set("/employer/foreignEmployees", []), "/employer/foreignEmployees", "type"),
  field(
    "employer-foreign-negative",
    set("/employer/foreignEmployees", { "E-7-1": -1 }),
    "/employer/foreignEmployees/E-7-1",
    "minimum",
  ),
  field(
    "employer-foreign-bad-status",
    set("/employer/foreignEmployees", { E7: 2 }),
    "/employer/foreignEmployees",
    "pattern",
  ),
  field(
    "employer-revenue-commas",
    set("/employer/annualRevenueKrw", "4,800,000,000"),
    "/employer/annualRevenueKrw",
    "type",
  ),
  field(
    "employer-domestic-string",
    set("/employer/mainlyDomesticMarket", "no"),
    "/employer/mainlyDomesticMarket",
    "type",
  ),
  field("employer-ratio-exception", set("/employer/ratioException", "maybe"), "/employer/ratioException", "enum"),
  field("employer-founded-feb-29", set("/employer/foundedDate", "2017-02-29"), "/employer/foundedDate", "format"),

  // ---- position and duties ----
  field("position-missing", remove("/position"), "/position", "required"),
  field("position-title-string", set("/position/title", "Web Developer"), "/position/title", "type"),
  field("position-title-no-ko", remove("/position/title/ko"), "/position/title/ko", "required"),
  field("position-department-empty", set("/position/department/en", ""), "/position/department/en", "minLength"),
  field("duties-empty", set("/position/duties", []), "/position/duties", "minItems"),
  field("duties-string", set("/position/duties", "web development"), "/position/duties", "type"),
  field("duty-share-percent-string", set(`${DUTY}/share`, "40%"), `${DUTY}/share`, "type", {
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      problem: { path: `${DUTY}/share`, keyword: "type" },
      mentions: ["position.duties[0].share", "40%"],
    },
  }),
  field("duty-share-over-100", set(`${DUTY}/share`, 101), `${DUTY}/share`, "maximum"),
  field("duty-share-negative", set(`${DUTY}/share`, -5), `${DUTY}/share`, "minimum"),
  field("duty-text-empty", set(TEXT, ""), TEXT, "minLength"),
  field("duty-text-missing", remove(`${DUTY}/text`), `${DUTY}/text`, "required"),
  field("duty-text-number", set(TEXT, 42), TEXT, "type"),
  field("duty-tools-string", set(`${DUTY}/tools`, "React"), `${DUTY}/tools`, "type"),
  field("duty-tools-empty-item", set(`${DUTY}/tools`, [""]), `${DUTY}/tools/0`, "minLength"),
  field("duty-extra-field", set(`${DUTY}/hours`, 16), `${DUTY}/hours`, "additionalProperties"),
  field("salary-string", set("/position/annualSalaryKrw", "42,000,000"), "/position/annualSalaryKrw", "type"),
  field("salary-negative", set("/position/annualSalaryKrw", -1), "/position/annualSalaryKrw", "minimum"),
  field("salary-fraction", set("/position/annualSalaryKrw", 42000000.5), "/position/annualSalaryKrw", "type"),
  field("hours-over-52", set("/position/weeklyHours", 80), "/position/weeklyHours", "maximum"),
  field("hours-string", set("/position/weeklyHours", "40h"), "/position/weeklyHours", "type"),
  field("start-date-day-32", set("/position/startDate", "2027-01-32"), "/position/startDate", "format"),
  field("contract-months-zero", set("/position/contractMonths", 0), "/position/contractMonths", "minimum"),
  field("contract-months-61", set("/position/contractMonths", 61), "/position/contractMonths", "maximum"),
  field("contract-months-fraction", set("/position/contractMonths", 12.5), "/position/contractMonths", "type"),

  // ---- recruitment ----
  field("recruitment-missing", remove("/recruitment"), "/recruitment", "required"),
  field("recruitment-efforts-object", set("/recruitment/domesticEfforts", {}), "/recruitment/domesticEfforts", "type"),
  field(
    "recruitment-applicants-negative",
    set("/recruitment/domesticEfforts/0/applicants", -3),
    "/recruitment/domesticEfforts/0/applicants",
    "minimum",
  ),
  field(
    "recruitment-applicants-word",
    set("/recruitment/domesticEfforts/0/applicants", "six"),
    "/recruitment/domesticEfforts/0/applicants",
    "type",
  ),
  field(
    "recruitment-effort-backwards",
    set("/recruitment/domesticEfforts/0/endDate", "2026-08-01"),
    "/recruitment/domesticEfforts/0/endDate",
    "dateOrder",
  ),
  field(
    "recruitment-channel-missing",
    remove("/recruitment/domesticEfforts/0/channel"),
    "/recruitment/domesticEfforts/0/channel",
    "required",
  ),
  field(
    "recruitment-why-empty",
    set("/recruitment/whyForeignNational/en", ""),
    "/recruitment/whyForeignNational/en",
    "minLength",
  ),
  field(
    "recruitment-skills-empty",
    set("/recruitment/specialisedSkills", []),
    "/recruitment/specialisedSkills",
    "minItems",
  ),
  field(
    "recruitment-skills-string",
    set("/recruitment/specialisedSkills", "React"),
    "/recruitment/specialisedSkills",
    "type",
  ),
  field("recruitment-effect-null", set("/recruitment/expectedEffect", null), "/recruitment/expectedEffect", "type"),

  // ---- priorApplication ----
  field("prior-missing-for-reapplication", set("/filing/kind", "reapplication"), "/priorApplication", "required"),
  field("prior-string", reapplication("denied"), "/priorApplication", "type"),
  field("prior-decision-enum", reapplication({ ...PRIOR, decision: "rejected" }), "/priorApplication/decision", "enum"),
  field("prior-code-letters", reapplication({ ...PRIOR, codeFiled: "abc" }), "/priorApplication/codeFiled", "pattern"),
  field("prior-reasons-empty", reapplication({ ...PRIOR, reasons: [] }), "/priorApplication/reasons", "minItems"),
  field(
    "prior-filing-date-words",
    reapplication({ ...PRIOR, filingDate: "last year" }),
    "/priorApplication/filingDate",
    "format",
  ),
  field(
    "prior-what-changed-missing",
    reapplication((({ whatChanged: _, ...rest }) => rest)(PRIOR)),
    "/priorApplication/whatChanged",
    "required",
  ),
  field(
    "prior-edition-enum",
    reapplication({ ...PRIOR, codeEdition: "ksco5" }),
    "/priorApplication/codeEdition",
    "enum",
  ),
  field(
    "prior-duty-share-string",
    reapplication({ ...PRIOR, duties: [{ text: { ko: "웹 페이지를 만든다", en: "Build web pages" }, share: "10" }] }),
    "/priorApplication/duties/0/share",
    "type",
  ),

  // ---- prototype keys: reported as unknown fields, never merged into objects ----
  field(
    "proto-top",
    { op: "text", find: "{", replace: '{"__proto__": {"polluted": true}, ' },
    "/__proto__",
    "additionalProperties",
  ),
  field(
    "constructor-top",
    { op: "text", find: "{", replace: '{"constructor": {"prototype": {"polluted": true}}, ' },
    "/constructor",
    "additionalProperties",
  ),
  field(
    "proto-in-duty",
    { op: "text", find: '"share": 40', replace: '"share": 40, "__proto__": {"share": 100}' },
    `${DUTY}/__proto__`,
    "additionalProperties",
  ),
  field(
    "proto-in-filing",
    { op: "text", find: '"kind": "first"', replace: '"kind": "first", "__proto__": null' },
    "/filing/__proto__",
    "additionalProperties",
  ),
  field(
    "prototype-in-employer",
    set("/employer/prototype", { isAdmin: true }),
    "/employer/prototype",
    "additionalProperties",
  ),
  field("has-own-property-key", set("/position/hasOwnProperty", 1), "/position/hasOwnProperty", "additionalProperties"),
  {
    id: "case-schema/proto-foreign-employees",
    command: "validate",
    input: { patch: [{ op: "text", find: '"foreignEmployees": {', replace: '"foreignEmployees": {"__proto__": 5, ' }] },
    expect: { exit: 2, code: "E_CASE_INVALID", problem: { path: "/employer/foreignEmployees", keyword: "pattern" } },
    note: "foreignEmployees is a free-form map: __proto__ must be rejected by the key pattern, not become its prototype.",
  },

  // ---- hostile strings in valid cases: validate must not crash or fail on them ----
  hostile("handlebars-constructor", TEXT, "{{constructor}} Develop web storefronts {{constructor.constructor}}"),
  hostile("handlebars-proto", "/position/title/en", "Web Developer {{__proto__}}"),
  hostile("handlebars-block", "/applicant/fullName", "{{#each this}}{{@key}}{{/each}}"),
  hostile(
    "handlebars-rce-payload",
    "/recruitment/expectedEffect/en",
    '{{#with "s" as |string|}}{{#with "e"}}{{this.pop}}{{this.push (lookup string.sub "constructor")}}{{/with}}{{/with}}',
  ),
  hostile("handlebars-partial", "/employer/nameEn", "{{> evil}} {{! comment }} {{{raw}}} \\{{escaped}}"),
  hostile("template-literal", "/position/department/en", "${process.exit(1)} <%= 7*7 %> #{7*7} [[7*7]]"),
  field(
    "control-characters",
    set(TEXT, "Develop web storefronts\u0001\u0007\u001b[31m in React"),
    TEXT,
    "unprintable",
    {
      expect: {
        exit: 2,
        code: "E_CASE_INVALID",
        problem: { path: TEXT, keyword: "unprintable" },
        mentions: ["U+0001"],
      },
      note: "Control characters are invisible in editors and cannot be shown in documents: named with their position.",
    },
  ),
  field(
    "noncharacter-fffe",
    set("/recruitment/whyForeignNational/en", "Needs \uFFFE text"),
    "/recruitment/whyForeignNational/en",
    "unprintable",
    {
      note: "U+FFFE/U+FFFF are forbidden in XML: written into a .docx they make Word refuse the file.",
    },
  ),
  field("c1-control", set("/employer/nameEn", "Hanbit\u0085Commerce"), "/employer/nameEn", "unprintable"),
  {
    ...hostile("bidi-override", "/applicant/fullName", "NGUYEN \u202eNA NAV\u202c"),
    expect: { exit: 1, code: "VALID", mentions: ["direction-controls", "U+202E", "/applicant/fullName"] },
    note: "A right-to-left override would make the documents show the name reversed: an error finding that blocks generation.",
  },
  // Characters the PDF fonts cannot draw: generate used to refuse them only in its PDF writer, naming a document
  // section, after validate had said the case was valid (issue 14). Now validate names the field and its place.
  glyph("zero-width", TEXT, "De\u200bvelop\u200c web\u200d store\ufefffronts in React and TypeScript", "U+200B"),
  glyph("emoji", "/position/title/en", "Web Developer 🚀👩‍💻", "U+1F680"),
  glyph("variation-selector", "/recruitment/whyForeignNational", "We love \u2764\uFE0F React", "U+2764"),
  glyph("private-use", "/employer/nameEn", "Hanbit \uE000 Commerce", "U+E000"),
  glyph("rare-hanja", "/applicant/fullName", "KIM \u{2A6A5}", "U+2A6A5"),
  {
    id: "generate/glyph-named-by-field",
    command: "generate",
    input: { patch: [set(TEXT, "Develop web storefronts \u{1F680} in React")] },
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      mentions: ["position.duties[0].text", "U+1F680", "PDF fonts cannot draw"],
    },
    note: "generate names the case field, not a document section, and writes nothing.",
  },
  hostile(
    "html-and-xml",
    TEXT,
    '<script>alert(1)</script> Develop web storefronts </w:t></w:r><w:r><w:t>& "React" ]]>',
  ),
  hostile("vietnamese-precomposed", "/applicant/fullName", "NGUYỄN VĂN AN"),
  glyph("combining-marks", "/applicant/fullName", "NGUYỄN VĂN AN Z̸̡̢̛̗͎a̷͈͂l̴̰̈́g̶̖̅o̶͎͐", "U+0338"),
  // Made only of spaces, an unbroken word too long to lay out, a number past 2^53, impossible dates (issue 14).
  field("applicant-name-spaces", set("/applicant/fullName", "   "), "/applicant/fullName", "blank", {
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      problem: { path: "/applicant/fullName", keyword: "blank" },
      mentions: ["applicant.fullName is made only of spaces"],
    },
  }),
  field("position-title-spaces", set("/position/title/en", " \t\u3000 "), "/position/title/en", "blank"),
  field("document-title-spaces", set("/applicant/documents/0/title", "    "), "/applicant/documents/0/title", "blank"),
  field("duty-long-word-20000", set(TEXT, `Develop ${"a".repeat(20_000)} pages`), TEXT, "longWord", {
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      problem: { path: TEXT, keyword: "longWord" },
      mentions: ["position.duties[0].text.en has a run of 20000 characters without a space"],
    },
    note: "Laying out a 20,000-character word took minutes and ~1 GB in generate; refused at validate.",
  }),
  field(
    "why-long-korean-run",
    set("/recruitment/whyForeignNational/ko", "가".repeat(201)),
    "/recruitment/whyForeignNational/ko",
    "longWord",
  ),
  {
    id: "generate/long-word-20000",
    command: "generate",
    input: { patch: [set(TEXT, `Develop ${"a".repeat(20_000)} pages`)] },
    expect: { exit: 2, code: "E_CASE_INVALID", mentions: ["position.duties[0].text.en", "without a space"] },
  },
  field(
    "salary-above-2-53",
    set("/position/annualSalaryKrw", 2 ** 53 + 2),
    "/position/annualSalaryKrw",
    "unsafeNumber",
    {
      expect: {
        exit: 2,
        code: "E_CASE_INVALID",
        problem: { path: "/position/annualSalaryKrw", keyword: "unsafeNumber" },
        mentions: ["position.annualSalaryKrw is larger than 9,007,199,254,740,991"],
      },
    },
  ),
  field("revenue-1e20", set("/employer/annualRevenueKrw", 1e20), "/employer/annualRevenueKrw", "unsafeNumber"),
  field("birth-after-filing", set("/applicant/dateOfBirth", "2030-05-01"), "/applicant/dateOfBirth", "dateOrder", {
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      problem: { path: "/applicant/dateOfBirth", keyword: "dateOrder" },
      mentions: ["applicant.dateOfBirth (2030-05-01) is not before filing.plannedFilingDate"],
    },
  }),
  field("document-date-after-filing", set("/filing/documentDate", "2099-01-01"), "/filing/documentDate", "dateOrder", {
    expect: {
      exit: 2,
      code: "E_CASE_INVALID",
      problem: { path: "/filing/documentDate", keyword: "dateOrder" },
      mentions: ["filing.documentDate (2099-01-01) is after filing.plannedFilingDate"],
    },
  }),
  field(
    "lone-surrogate",
    set("/position/department/en", "Platform \ud800 Team"),
    "/position/department/en",
    "unprintable",
  ),
  hostile("line-separators", TEXT, "Develop web storefronts\u2028in React\u2029and TypeScript\r\n\tfor customers"),
  hostile(
    "long-200k-duty",
    TEXT,
    `Develop and maintain the web storefront in React and TypeScript. ${"Build web pages for customers. ".repeat(6500)}`,
  ),
  {
    id: "hostile/string-1mb",
    command: "validate",
    input: { patch: [set("/recruitment/expectedEffect/ko", "가".repeat(400_000))] },
    expect: { exit: 2, code: "E_TOO_LARGE", mentions: ["1024 KB"] },
    note: "A 1 MB string makes the file larger than the case-file limit: refused by size with a clear message.",
  },

  // ---- generate: bad cases stop before anything is written ----
  {
    id: "generate/invalid-case",
    command: "generate",
    input: { patch: [set(`${DUTY}/share`, "40%")] },
    expect: { exit: 2, code: "E_CASE_INVALID", mentions: ["position.duties[0].share"] },
  },
  {
    id: "generate/control-character",
    command: "generate",
    input: { patch: [set("/recruitment/whyForeignNational/en", "Needs \uFFFF text \u0001")] },
    expect: { exit: 2, code: "E_CASE_INVALID", mentions: ["recruitment.whyForeignNational", "U+FFFF"] },
  },
  {
    id: "generate/syntax-error",
    command: "generate",
    input: { file: "case-syntax/trailing-comma-object.json" },
    expect: { exit: 2, code: "E_CASE_SYNTAX", mentions: ["trailing-comma-object.json:4:3"] },
  },
  {
    id: "generate/unknown-code",
    command: "generate",
    input: { patch: [set("/selectedCode", "9999")] },
    expect: { exit: 2, code: "E_CASE_INVALID", mentions: ["9999"] },
  },
  {
    id: "generate/proto-key",
    command: "generate",
    input: { patch: [{ op: "text", find: "{", replace: '{"__proto__": {"polluted": true}, ' }] },
    expect: { exit: 2, code: "E_CASE_INVALID", mentions: ["__proto__"] },
  },
  {
    id: "generate/placeholder",
    command: "generate",
    input: { patch: [set("/position/title/en", "<job title in English>")] },
    expect: { exit: 2, code: "E_CASE_INVALID", mentions: ["position.title.en"] },
  },
  {
    id: "generate/bad-format",
    command: "generate",
    input: { patch: [] },
    args: ["{case}", "--out", "{out}", "--format", "xls"],
    expect: { exit: 2, mentions: ["format"] },
  },
  {
    id: "generate/bad-lang",
    command: "generate",
    input: { patch: [] },
    args: ["{case}", "--out", "{out}", "--lang", "fr"],
    expect: { exit: 2, mentions: ["lang"] },
  },
  {
    id: "generate/no-out",
    command: "generate",
    input: { patch: [] },
    args: ["{case}"],
    expect: { exit: 2, mentions: ["out"] },
  },
  {
    id: "generate/out-is-a-file",
    command: "generate",
    input: { patch: [] },
    args: ["{case}", "--out", "{case}"],
    expect: { exit: 2, mentions: ["case.json"] },
    note: "--out naming an existing file must not replace it, even as a folder.",
  },
  {
    id: "generate/out-is-a-file-force",
    command: "generate",
    input: { patch: [] },
    args: ["{case}", "--out", "{case}", "--force"],
    expect: { exit: 2, mentions: ["is a file"] },
    note: "--force replaces a packet folder, never the user's file.",
  },
  {
    id: "generate/out-through-a-file",
    command: "generate",
    input: { patch: [] },
    args: ["{case}", "--out", "{case}/packet"],
    expect: { exit: 2, mentions: ["packet"] },
  },

  // ---- verify: bad documents ----
  ...(
    [
      ["empty.docx", "E_EMPTY_FILE", "empty"],
      ["empty.txt", "E_EMPTY_FILE", "empty"],
      ["random.bin.pdf", "E_WRONG_FORMAT", "PDF"],
      ["random.docx", "E_WRONG_FORMAT", "zip"],
      ["random.txt", "E_NOT_TEXT", "UTF-8"],
      ["not-a-zip.docx", "E_WRONG_FORMAT", "not a .docx"],
      ["no-document.docx", "E_WRONG_FORMAT", "word/document.xml"],
      ["zip-bomb.docx", "E_DOCUMENT_LIMIT", "zip bomb"],
      ["lying-zip-bomb.docx", "E_DOCUMENT_CORRUPT", "damaged"],
      ["truncated.docx", "E_DOCUMENT_CORRUPT", "damaged"],
      ["bad-xml.docx", "E_DOCUMENT_CORRUPT", "damaged"],
      ["truncated.pdf", "E_DOCUMENT_CORRUPT", "truncated"],
      ["encrypted.pdf", "E_DOCUMENT_ENCRYPTED", "password"],
      ["image-only.pdf", "E_NO_TEXT", "text"],
      ["not-a-pdf.pdf", "E_NOT_TEXT|E_WRONG_FORMAT", "not-a-pdf.pdf"],
      ["invalid-utf8.txt", "E_NOT_TEXT", "UTF-8"],
      ["old-word.doc", "E_UNSUPPORTED_FORMAT", ".docx"],
      ["legacy.hwp", "E_UNSUPPORTED_FORMAT", ".hwpx"],
      ["directory", "E_NOT_FILE", "is a folder"],
      ["missing", "E_FILE_NOT_FOUND", "file not found"],
      ["too-many-entries.docx", "E_DOCUMENT_LIMIT", "2000"],
      ["oversize.txt", "E_TOO_LARGE", "20.0 MB"],
      ["too-many-pages.pdf", "E_DOCUMENT_LIMIT", "200"],
      ["header-only.pdf", "E_DOCUMENT_CORRUPT", "PDF"],
      ["garbage-body.pdf", "E_DOCUMENT_CORRUPT", "PDF"],
      ["png-named.pdf", "E_WRONG_FORMAT|E_UNSUPPORTED_FORMAT", "png-named.pdf"],
      ["png-named.docx", "E_WRONG_FORMAT", "png-named.docx"],
      ["empty-document-xml.docx", "E_DOCUMENT_CORRUPT|E_NO_TEXT", "empty-document-xml.docx"],
      ["nested-zip.docx", "E_WRONG_FORMAT", "word/document.xml"],
      ["nul-bytes.txt", "E_NOT_TEXT", "binary"],
      ["random.md", "E_NOT_TEXT", "random.md"],
      ["utf16.txt", "E_NOT_TEXT", "utf16.txt"],
      ["spreadsheet.xlsx.csv", "E_UNSUPPORTED_FORMAT", ".csv"],
      ["unreadable", "E_FILE_PERMISSION", "permission"],
      ["through-a-file", "E_FILE_NOT_FOUND", "contract.pdf"],
      ["dev-zero", "E_NOT_FILE", "/dev/zero"],
      ["fifo", "E_NOT_FILE", "fifo"],
    ] as const
  ).map(
    ([document, code, mention]): CorpusEntry => ({
      id: `verify/${document.replace(/\./g, "-")}`,
      command: "verify",
      input: { document },
      expect: { exit: 2, code, mentions: [mention] },
    }),
  ),
  {
    id: "verify/rrs-zip-bomb",
    command: "verify",
    input: { document: "zip-bomb.docx" },
    args: ["--code", "2224", "--rrs", "{doc}"],
    expect: { exit: 2, code: "E_DOCUMENT_LIMIT", mentions: ["zip-bomb.docx"] },
  },
  {
    id: "verify/report-with-bad-document",
    command: "verify",
    input: { document: "truncated.pdf" },
    args: ["--code", "2224", "--contract", "{doc}", "--report", "{out}.md"],
    expect: { exit: 2, code: "E_DOCUMENT_CORRUPT", mentions: ["truncated.pdf"] },
    note: "No report is written when a document cannot be read.",
  },
  {
    id: "verify/no-documents",
    command: "verify",
    input: { none: true },
    args: ["--code", "2224"],
    expect: { exit: 2, mentions: ["--contract"] },
  },
  {
    id: "verify/no-code",
    command: "verify",
    input: { document: "empty.txt" },
    args: ["--contract", "{doc}"],
    expect: { exit: 2, mentions: ["code"] },
  },
  {
    id: "verify/unknown-code",
    command: "verify",
    input: { none: true },
    args: ["--code", "9999", "--contract", "{good}"],
    expect: { exit: 2, mentions: ["9999"] },
  },
  {
    id: "verify/ambiguous-code",
    command: "verify",
    input: { none: true },
    args: ["--code", "441", "--edition", "ksco6-list", "--contract", "{good}"],
    expect: { exit: 2, mentions: ["441"] },
  },
  {
    id: "verify/bad-edition",
    command: "verify",
    input: { none: true },
    args: ["--code", "2224", "--edition", "1999", "--contract", "{good}"],
    expect: { exit: 2, mentions: ["1999"] },
  },
  {
    id: "verify/hostile-code",
    command: "verify",
    input: { none: true },
    args: ["--code", "{{constructor}}", "--contract", "{good}"],
    expect: { exit: 2, mentions: ["{{CONSTRUCTOR}}"] },
  },

  {
    id: "verify/130k-duty-lines",
    command: "verify",
    input: { none: true },
    files: {
      "many.txt": `Duties\n${Array.from({ length: 130_000 }, (_, i) => `${i + 1}. Develop web pages for customers\n`).join("")}`,
    },
    args: ["--code", "2224", "--contract", "{dir}/many.txt"],
    expect: { exit: 2, mentions: ["130000 duty statements", "at most 20000"] },
    note: "Spreading the duties into push() overflowed the call stack (exit 3) before the statement limit was checked.",
  },

  // ---- match: bad arguments and files ----
  {
    id: "match/no-text",
    command: "match",
    input: { none: true },
    args: [],
    expect: { exit: 2, mentions: ["duty text"] },
  },
  {
    id: "match/two-sources",
    command: "match",
    input: { none: true },
    args: ["Build web pages", "--stdin"],
    expect: { exit: 2, mentions: ["one way only"] },
  },
  {
    id: "match/file-missing",
    command: "match",
    input: { none: true },
    args: ["--file", "{dir}/nope.txt"],
    expect: { exit: 2, mentions: ["nope.txt"] },
  },
  {
    id: "match/file-directory",
    command: "match",
    input: { none: true },
    args: ["--file", "{dir}"],
    expect: { exit: 2, mentions: ["is a folder"] },
  },
  {
    id: "match/file-binary",
    command: "match",
    input: { document: "random.docx" },
    args: ["--file", "{doc}"],
    expect: { exit: 2, mentions: ["random.docx", "UTF-8"] },
    note: "Random bytes are not duty text: --file is read with the readers' strict text rules.",
  },
  {
    id: "match/file-invalid-utf8",
    command: "match",
    input: { document: "invalid-utf8.txt" },
    args: ["--file", "{doc}"],
    expect: { exit: 2, code: "E_NOT_TEXT", mentions: ["EUC-KR"] },
  },
  {
    id: "match/file-empty",
    command: "match",
    input: { document: "empty.txt" },
    args: ["--file", "{doc}"],
    expect: { exit: 2, code: "E_EMPTY_FILE", mentions: ["empty.txt"] },
  },
  {
    id: "match/file-oversize",
    command: "match",
    input: { document: "oversize.txt" },
    args: ["--file", "{doc}"],
    expect: { exit: 2, mentions: ["oversize.txt", "20.0 MB"] },
    note: "21 MB of text: refused by size instead of being matched for minutes.",
  },
  {
    id: "match/file-dev-zero",
    command: "match",
    input: { document: "dev-zero" },
    args: ["--file", "{doc}"],
    expect: { exit: 2, mentions: ["/dev/zero"] },
  },
  {
    id: "match/jsonl-fifo",
    command: "match",
    input: { document: "fifo" },
    args: ["--jsonl", "{doc}"],
    expect: { exit: 2, mentions: ["fifo"] },
  },
  {
    id: "match/jsonl-binary",
    command: "match",
    input: { document: "random.txt" },
    args: ["--jsonl", "{doc}"],
    expect: { exit: 2, mentions: ["random.txt", "UTF-8"] },
  },
  {
    id: "match/jsonl-bad-line",
    command: "match",
    input: { document: "spreadsheet.xlsx.csv" },
    args: ["--jsonl", "{doc}"],
    expect: { exit: 2, mentions: ["spreadsheet.xlsx.csv", "line 1", "not valid JSON"] },
  },
  {
    id: "match/unknown-code",
    command: "match",
    input: { none: true },
    args: ["Build web pages", "--code", "9999"],
    expect: { exit: 2, mentions: ["9999"] },
  },
  {
    id: "match/bad-edition",
    command: "match",
    input: { none: true },
    args: ["Build web pages", "--code", "2224", "--edition", "1999"],
    expect: { exit: 2, mentions: ["1999"] },
  },
  {
    id: "match/bad-lang",
    command: "match",
    input: { none: true },
    args: ["Build web pages", "--lang", "fr"],
    expect: { exit: 2, mentions: ["lang"] },
  },
  {
    id: "match/hostile-text",
    command: "match",
    input: { none: true },
    args: ["{{constructor}} \u202e\u0000\u200b 🚀 __proto__ <script>", "--code", "2224"],
    expect: { exit: [0, 1] },
  },
  {
    id: "match/hostile-code",
    command: "match",
    input: { none: true },
    args: ["Build web pages", "--code", "__proto__"],
    expect: { exit: 2, mentions: ["__PROTO__"] },
  },

  // ---- batch: bad arguments (bad case files inside a batch: test/reliability/batch-bad-inputs.test.ts) ----
  {
    id: "batch/empty-folder",
    command: "batch",
    input: { none: true },
    args: ["{dir}/in", "--out", "{out}"],
    expect: { exit: 2, mentions: ["No case files found"] },
  },
  {
    id: "batch/pattern-matches-nothing",
    command: "batch",
    input: { none: true },
    args: ["{dir}/*.nothing", "--out", "{out}"],
    expect: { exit: 2, mentions: ["No case files found"] },
  },
  {
    id: "batch/jobs-zero",
    command: "batch",
    input: { patch: [] },
    args: ["{case}", "--out", "{out}", "--jobs", "0"],
    expect: { exit: 2, mentions: ["--jobs"] },
  },
  {
    id: "batch/jobs-huge",
    command: "batch",
    input: { patch: [] },
    args: ["{case}", "--out", "{out}", "--jobs", "100000"],
    expect: { exit: 2, mentions: ["--jobs"] },
  },
  {
    id: "batch/jobs-word",
    command: "batch",
    input: { patch: [] },
    args: ["{case}", "--out", "{out}", "--jobs", "many"],
    expect: { exit: 2, mentions: ["jobs"] },
  },
  {
    id: "batch/bad-format",
    command: "batch",
    input: { patch: [] },
    args: ["{case}", "--out", "{out}", "--format", "xls"],
    expect: { exit: 2, mentions: ["--format"] },
  },
  {
    id: "batch/no-out",
    command: "batch",
    input: { patch: [] },
    args: ["{case}"],
    expect: { exit: 2, mentions: ["out"] },
  },

  // ---- --stdin: the same size limit and strict UTF-8 as a file (issue 14: it read without end, and decoded EUC-KR) ----
  {
    id: "stdin/validate-endless",
    command: "validate",
    input: { none: true },
    args: ["--stdin"],
    stdin: { endless: "\0" },
    expect: { exit: 2, mentions: ["standard input: is more than 1024 KB", "a case file is at most 1024 KB"] },
  },
  {
    id: "stdin/validate-euc-kr",
    command: "validate",
    input: { none: true },
    args: ["--stdin"],
    stdin: { file: "case-syntax/invalid-utf8-euc-kr.json" },
    expect: { exit: 2, mentions: ["<stdin>:3:16", "EUC-KR"] },
  },
  {
    id: "stdin/validate-json-euc-kr",
    command: "validate",
    input: { none: true },
    args: ["--stdin", "--json"],
    stdin: { file: "case-syntax/invalid-utf8-euc-kr.json" },
    expect: { exit: 2, mentions: ["EUC-KR"] },
  },
  {
    id: "stdin/match-endless",
    command: "match",
    input: { none: true },
    args: ["--stdin"],
    stdin: { endless: "Develop web pages. " },
    expect: { exit: 2, mentions: ["standard input: is more than 20.0 MB"] },
  },
  {
    id: "stdin/match-euc-kr",
    command: "match",
    input: { none: true },
    args: ["--stdin"],
    stdin: { file: "case-syntax/invalid-utf8-euc-kr.json" },
    expect: { exit: 2, mentions: ["standard input", "UTF-8"] },
  },

  // ---- init: bad arguments ----
  {
    id: "init/unknown-code",
    command: "init",
    input: { none: true },
    args: ["--code", "9999", "--out", "{out}.json"],
    expect: { exit: 2, mentions: ["9999"] },
  },
  {
    id: "init/proto-code",
    command: "init",
    input: { none: true },
    args: ["--code", "constructor", "--out", "{out}.json"],
    expect: { exit: 2, mentions: ["CONSTRUCTOR"] },
  },
  {
    id: "init/out-exists",
    command: "init",
    input: { patch: [] },
    args: ["--code", "2224", "--out", "{case}"],
    expect: { exit: 2, mentions: ["case.json"] },
    note: "An existing file is never overwritten without --force.",
  },
  {
    id: "init/out-is-directory",
    command: "init",
    input: { build: "directory" },
    args: ["--code", "2224", "--out", "{case}"],
    expect: { exit: 2, mentions: ["directory"] },
  },
  {
    id: "init/out-through-a-file",
    command: "init",
    input: { patch: [] },
    args: ["--code", "2224", "--out", "{case}/new.json"],
    expect: { exit: 2, mentions: ["new.json"] },
  },
];
