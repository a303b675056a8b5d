// The bad-input corpus (test/corpus/manifest.ts) run through the CLI in-process: each entry must give its exit
// code and error code, name the field or file, print no stack trace, finish in bounded time and write nothing.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../src/cli/commands.js";
import { pointerToPath } from "../../src/case/validate-case.js";
import { buildDocuments, type DocumentName } from "../corpus/builders.js";
import { CORPUS, type CorpusEntry } from "../corpus/manifest.js";
import { caseOutcome, CORPUS_DIR, crashText, documentOutcome, prepareEntry } from "../corpus/prepare.js";
import { cli } from "../helpers/run-cli.js";

/** Generous: a few entries read 50 MB or inflate a zip bomb's directory on a busy 2-core machine. */
const ENTRY_TIMEOUT_MS = 120_000;

let root: string;
let documents: Record<DocumentName | "good.txt", string>;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "e7-corpus-"));
  const docs = path.join(root, "docs");
  documents = { ...(await buildDocuments(docs)), "good.txt": path.join(docs, "good.txt") };
  await writeFile(
    documents["good.txt"],
    "Duties\n1. Develop and maintain the company's web platform in React and Node.js.\n",
  );
}, 180_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** Every path under `dir` with its size and modification time, to prove nothing was written or replaced. */
async function snapshot(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      const info = await stat(full).catch(() => undefined);
      out.push(`${path.relative(dir, full)} ${entry.isDirectory() ? "dir" : `${info?.size}:${info?.mtimeMs}`}`);
      if (entry.isDirectory() && info) await walk(full);
    }
  };
  await walk(dir);
  return out.sort();
}

/** A stream that repeats the text in 64 KB chunks and never ends, like a pipe from /dev/zero. */
function endless(text: string): () => AsyncIterable<Uint8Array> {
  const chunk = Buffer.from(text.repeat(Math.ceil(65_536 / text.length)));
  return async function* () {
    for (;;) yield chunk;
  };
}

const registered = (name: string): boolean =>
  commands.some((c) => String(Array.isArray(c.command) ? c.command[0] : c.command).split(" ")[0] === name);
const oneOf = (code: string): readonly string[] => code.split("|");

describe("corpus manifest", () => {
  it("should hold at least 150 entries with unique ids", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((e) => e.id)).size).toBe(CORPUS.length);
  });

  it("should never allow the internal-error exit code", () => {
    for (const entry of CORPUS) expect([entry.expect.exit].flat(), entry.id).not.toContain(3);
  });
});

const byCommand = new Map<CorpusEntry["command"], CorpusEntry[]>();
for (const entry of CORPUS) byCommand.set(entry.command, [...(byCommand.get(entry.command) ?? []), entry]);

for (const [command, entries] of byCommand) {
  describe.skipIf(!registered(command))(`${command} (${entries.length} bad inputs)`, () => {
    for (const entry of entries) {
      it(
        entry.id,
        async (context) => {
          const dir = path.join(root, "entries", entry.id.replace(/[^a-z0-9-]+/gi, "_"));
          await mkdir(dir, { recursive: true });
          const prepared = await prepareEntry(entry, dir, documents);
          if (prepared.skip) {
            context.skip(prepared.skip);
            return;
          }
          const before = await snapshot(dir);
          const docsBefore = await snapshot(path.dirname(documents["good.txt"]));

          const stdin =
            entry.stdin === undefined
              ? undefined
              : "file" in entry.stdin
                ? await readFile(path.join(CORPUS_DIR, "files", entry.stdin.file))
                : endless(entry.stdin.endless);
          const run = await cli(prepared.args, { cwd: dir, ...(stdin === undefined ? {} : { stdin }) });
          const output = `${run.stdout}\n${run.stderr}`;

          expect(crashText(output), `${entry.id} printed a crash:\n${output.slice(0, 2000)}`).toBeUndefined();
          expect(
            [entry.expect.exit].flat(),
            `${entry.id} exit ${run.code}; output:\n${output.slice(0, 1500)}`,
          ).toContain(run.code);
          for (const fragment of entry.expect.mentions ?? [])
            expect(output, `${entry.id} should mention ${fragment}`).toContain(fragment);
          if (entry.expect.problem)
            expect(output, `${entry.id} should name the field`).toContain(
              pointerToPath(entry.expect.problem.path).replace("(the file)", ""),
            );

          // Nothing written: the entry's folder (input and empty out/) and the shared documents are unchanged.
          expect(await snapshot(dir), `${entry.id} wrote or changed files`).toEqual(before);
          expect(
            await snapshot(path.dirname(documents["good.txt"])),
            `${entry.id} changed the documents folder`,
          ).toEqual(docsBefore);

          if (entry.expect.code !== undefined || entry.expect.problem) {
            const outcome =
              prepared.docPath !== undefined
                ? await documentOutcome(prepared.docPath)
                : prepared.casePath !== undefined
                  ? await caseOutcome(prepared.casePath)
                  : undefined;
            if (outcome && entry.expect.code !== undefined)
              expect(oneOf(entry.expect.code), `${entry.id}: library outcome ${outcome.code}`).toContain(outcome.code);
            if (outcome && entry.expect.problem) {
              const { path: pointer, keyword } = entry.expect.problem;
              const match = outcome.problems.find((p) => p.path === pointer && [keyword].flat().includes(p.keyword));
              expect(
                match,
                `${entry.id}: no ${[keyword].flat().join("/")} problem at ${pointer}; got ${JSON.stringify(outcome.problems.map((p) => [p.path, p.keyword]))}`,
              ).toBeDefined();
            }
          }
        },
        ENTRY_TIMEOUT_MS,
      );
    }
  });
}

describe("after the corpus", () => {
  it("should not have extracted a zip entry that climbs out of its folder", () => {
    expect(existsSync("/tmp/e7-align-escaped.txt")).toBe(false);
  });
});
