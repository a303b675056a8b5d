// A sample of the bad-input corpus through the real binary (`node dist/cli/main.js`): the process exit code is
// the documented one, stderr and stdout carry no stack trace, and the process ends on its own within the bound.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocuments, type DocumentName } from "../corpus/builders.js";
import { CORPUS } from "../corpus/manifest.js";
import { crashText, prepareEntry } from "../corpus/prepare.js";
import { requireBinary, runBinary } from "./packet-files.js";

/** One of each kind: syntax, size, depth, binary, paths, schema, prototype keys, documents, arguments. */
const SAMPLE = [
  "case-syntax/trailing-comma-object",
  "case-syntax/invalid-utf8-euc-kr",
  "case-size/json-50mb",
  "case-deep/object-10000",
  "case-binary/random-bytes-1m",
  "case-path/directory",
  "case-path/missing",
  "case-path/dev-zero",
  "case-path/fifo",
  "case-schema/duty-share-percent-string",
  "case-schema/proto-top",
  "case-schema/code-unknown",
  "hostile/handlebars-constructor",
  "generate/invalid-case",
  "generate/out-through-a-file",
  "verify/zip-bomb-docx",
  "verify/encrypted-pdf",
  "verify/image-only-pdf",
  "verify/dev-zero",
  "match/no-text",
  "match/file-dev-zero",
  "init/unknown-code",
];

/** Bound on one run: far above what any of these takes, low enough that a hang fails the test. */
const RUN_TIMEOUT_MS = 60_000;

let root: string;
let documents: Record<DocumentName | "good.txt", string>;

beforeAll(async () => {
  requireBinary();
  root = await mkdtemp(path.join(tmpdir(), "e7-binary-"));
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

describe("bad inputs through the real binary", () => {
  it("should sample entries that exist in the corpus", () => {
    const ids = new Set(CORPUS.map((e) => e.id));
    expect(SAMPLE.filter((id) => !ids.has(id))).toEqual([]);
  });

  for (const id of SAMPLE) {
    it(
      `${id}: documented exit code, no stack trace, ends by itself`,
      async (context) => {
        const entry = CORPUS.find((e) => e.id === id);
        if (!entry) return;
        const dir = path.join(root, id.replace(/[^a-z0-9-]+/gi, "_"));
        await mkdir(dir, { recursive: true });
        const prepared = await prepareEntry(entry, dir, documents);
        if (prepared.skip) {
          context.skip(prepared.skip);
          return;
        }
        const run = await runBinary(prepared.args, { cwd: dir, timeoutMs: RUN_TIMEOUT_MS });
        const output = `${run.stdout}\n${run.stderr}`;
        expect(run.signal, `${id} did not finish within ${RUN_TIMEOUT_MS} ms`).toBeNull();
        expect(crashText(output), output.slice(0, 1500)).toBeUndefined();
        expect([entry.expect.exit].flat(), output.slice(0, 1500)).toContain(run.code);
        for (const fragment of entry.expect.mentions ?? []) expect(output).toContain(fragment);
      },
      RUN_TIMEOUT_MS + 10_000,
    );
  }
});
