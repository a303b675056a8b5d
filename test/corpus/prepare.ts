/**
 * Turns a corpus entry into something runnable: writes its input into a fresh folder, fills in the argument
 * placeholders, and works out the library-level outcome (the error code loadCase/validateCase/readDocument give).
 */
import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadCase } from "../../src/case/load-case.js";
import { validateCase, type CaseProblem } from "../../src/case/validate-case.js";
import { E7Error } from "../../src/errors.js";
import { readDocument } from "../../src/readers/read-document.js";
import { CASE_BUILDERS, type DocumentName } from "./builders.js";
import type { CorpusEntry, PatchOp } from "./manifest.js";

export const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(CORPUS_DIR, "..", "..");
export const EXAMPLES_DIR = path.join(REPO_ROOT, "examples");

/** Applies patch operations to the text of an example case. */
export function applyPatch(baseText: string, ops: readonly PatchOp[]): string {
  const data = JSON.parse(baseText) as unknown;
  for (const op of ops) {
    if (op.op === "set" || op.op === "remove") {
      const segments = op.path
        .split("/")
        .slice(1)
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
      const last = segments.pop()!;
      let node = data as Record<string, unknown>;
      for (const segment of segments) node = node[segment] as Record<string, unknown>;
      if (op.op === "remove") {
        if (Array.isArray(node)) node.splice(Number(last), 1);
        else delete node[last];
      } else {
        // defineProperty so that a key such as "__proto__" becomes an own member, as a JSON parser makes it.
        Object.defineProperty(node, last, { value: op.value, enumerable: true, writable: true, configurable: true });
      }
    }
  }
  let text = JSON.stringify(data, null, 2);
  for (const op of ops) {
    if (op.op === "text") {
      if (!text.includes(op.find)) throw new Error(`patch text not found: ${op.find}`);
      text = text.replace(op.find, () => op.replace);
    } else if (op.op === "whole") text = op.text;
    else if (op.op === "prefix") text = op.text + text;
  }
  return text;
}

/** Everything a run of one entry needs. */
export interface PreparedEntry {
  readonly dir: string;
  /** The case-file path ({case}), when the input is a case. */
  readonly casePath?: string;
  /** The document path ({doc}), when the input is a document. */
  readonly docPath?: string;
  readonly args: readonly string[];
  /** Skip reason (the environment cannot produce this input). */
  readonly skip?: string;
}

const DEFAULT_ARGS: Readonly<Record<CorpusEntry["command"], readonly string[]>> = {
  validate: ["{case}"],
  generate: ["{case}", "--out", "{out}"],
  verify: ["--code", "2224", "--contract", "{doc}"],
  match: [],
  init: [],
  batch: ["{case}", "--out", "{out}"],
};

/** Writes the entry's input under `dir` and returns its command line. */
export async function prepareEntry(
  entry: CorpusEntry,
  dir: string,
  documents: Readonly<Record<DocumentName | "good.txt", string>>,
): Promise<PreparedEntry> {
  const inDir = path.join(dir, "in");
  await mkdir(inDir, { recursive: true });
  await mkdir(path.join(dir, "out"), { recursive: true });
  let casePath: string | undefined;
  let docPath: string | undefined;
  let skip: string | undefined;
  const input = entry.input;
  if ("file" in input) {
    casePath = path.join(inDir, path.basename(input.file));
    await copyFile(path.join(CORPUS_DIR, "files", input.file), casePath);
  } else if ("build" in input) {
    const ext = ["directory", "missing", "through-a-file", "unreadable", "fifo"].includes(input.build) ? "" : ".json";
    casePath = await CASE_BUILDERS[input.build](inDir, `${input.build}${ext}`);
    if (input.build === "unreadable" && process.getuid?.() === 0)
      skip = "running as root: permissions do not block reads";
  } else if ("patch" in input) {
    const base = await readFile(path.join(EXAMPLES_DIR, input.base ?? "web-developer", "case.json"), "utf8");
    casePath = path.join(inDir, "case.json");
    await writeFile(casePath, applyPatch(base, input.patch));
  } else if ("document" in input) {
    docPath = documents[input.document];
    if (input.document === "unreadable" && process.getuid?.() === 0)
      skip = "running as root: permissions do not block reads";
  }
  for (const [relative, text] of Object.entries(entry.files ?? {})) {
    const file = path.join(dir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  }
  const fill = (arg: string): string =>
    arg
      .replace(/\{case\}/g, casePath ?? "{case}")
      .replace(/\{doc\}/g, docPath ?? "{doc}")
      .replace(/\{good\}/g, documents["good.txt"])
      .replace(/\{out\}/g, path.join(dir, "out", "packet"))
      .replace(/\{dir\}/g, dir);
  const args = [entry.command, ...(entry.args ?? DEFAULT_ARGS[entry.command]).map(fill)];
  return { dir, args, ...(casePath ? { casePath } : {}), ...(docPath ? { docPath } : {}), ...(skip ? { skip } : {}) };
}

/** The library-level outcome of an input: the code of the error thrown, "E_CASE_INVALID" with its problems, or "VALID". */
export interface LibraryOutcome {
  readonly code: string;
  readonly problems: readonly CaseProblem[];
}

export async function caseOutcome(file: string): Promise<LibraryOutcome | undefined> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return undefined;
  }
  try {
    const loaded = loadCase(bytes, { path: path.basename(file) });
    // As the validate command runs it: with the PDF writer's glyph check.
    const { loadGlyphFinder } = await import("../../src/writers/pdf.js");
    const result = await validateCase(loaded, { findMissingGlyph: await loadGlyphFinder() });
    return result.valid ? { code: "VALID", problems: [] } : { code: "E_CASE_INVALID", problems: result.errors };
  } catch (error) {
    if (error instanceof E7Error) return { code: error.code, problems: [] };
    return {
      code: `THROWN ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      problems: [],
    };
  }
}

export async function documentOutcome(file: string): Promise<LibraryOutcome> {
  try {
    await readDocument(file);
    return { code: "READ", problems: [] };
  } catch (error) {
    if (error instanceof E7Error) return { code: error.code, problems: [] };
    return {
      code: `THROWN ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      problems: [],
    };
  }
}

/** A line that looks like a JavaScript stack frame ("    at fn (file.js:1:2)"). */
export const STACK_FRAME = /^\s+at \S.*(?::\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

/** What output must never contain: a stack frame or the internal-error banner. */
export function crashText(output: string): string | undefined {
  return STACK_FRAME.exec(output)?.[0] ?? (/internal error/i.test(output) ? "internal error" : undefined);
}
