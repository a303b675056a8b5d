// A batch worker reads its own PDFs back in its own thread instead of the isolated reader thread: the packet it
// writes must be byte for byte the one `e7-align generate` writes (same extracted text, same re-match, same report).
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCase } from "../../src/batch/generate-case.js";
import { generatePacket } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

// A reapplication: all three documents, in both languages.
const CASE = path.join(PACKAGE_ROOT, "examples", "reapplication-after-code-mismatch", "case.json");

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-batch-in-thread-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function hashes(folder: string): Promise<Record<string, string>> {
  const names = (await readdir(folder)).sort();
  return Object.fromEntries(
    await Promise.all(
      names.map(
        async (name) =>
          [
            name,
            createHash("sha256")
              .update(await readFile(path.join(folder, name)))
              .digest("hex"),
          ] as const,
      ),
    ),
  );
}

describe("read-back in the batch worker's thread", () => {
  it("writes the same files as generate with the isolated PDF reader", async () => {
    const isolated = await generatePacket({
      casePath: CASE,
      outDir: path.join(dir, "isolated"),
      formats: ["docx", "pdf"],
    });
    const inThread = await generateCase({ casePath: CASE, name: "in-thread" }, dir, {
      formats: ["docx", "pdf"],
      force: false,
      allowOutOfScope: false,
    });
    expect(isolated.status).toBe("written");
    expect(inThread.status).toBe(isolated.consistent ? "consistent" : "inconsistent");
    const expected = await hashes(path.join(dir, "isolated"));
    expect(Object.keys(expected).filter((name) => name.endsWith(".pdf"))).toHaveLength(5); // three packet documents and two filing checklists
    expect(await hashes(path.join(dir, "in-thread"))).toEqual(expected);
  }, 120_000);
});
