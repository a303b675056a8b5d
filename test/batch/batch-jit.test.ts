// The batch command's V8 tiering settings: they take effect in the process (fewer functions optimised for the same
// work), and packets written under them are byte for byte the ones `e7-align generate` writes.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { batchTuningApplies } from "../../src/batch/batch-jit.js";
import { generatePacket } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const run = promisify(execFile);
const tempDir = useTempDirs("e7-batch-jit-");
const dist = (file: string): string => pathToFileURL(path.join(PACKAGE_ROOT, "dist", file)).href;

/** Functions V8 optimised while matching 150 catalog tasks, with or without the batch settings applied first. */
async function optimisedCount(dir: string, tuned: boolean): Promise<number> {
  const script = path.join(dir, "match-tasks.mjs");
  await writeFile(
    script,
    `const { tuneV8ForBatch } = await import(${JSON.stringify(dist("batch/batch-jit.js"))});
if (process.argv[2] === "tuned") tuneV8ForBatch();
const { loadCatalog } = await import(${JSON.stringify(dist("catalog/load-catalog.js"))});
const { matchDuties } = await import(${JSON.stringify(dist("match/match-duties.js"))});
const catalog = loadCatalog();
for (const text of catalog.occupations.flatMap((o) => o.tasks.map((t) => t.en)).slice(0, 150)) matchDuties(catalog, [{ text }]);
`,
  );
  const { stdout } = await run(process.execPath, ["--trace-opt", script, tuned ? "tuned" : "default"], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout.split("\n").filter((line) => line.includes("completed optimizing")).length;
}

describe("tuneV8ForBatch", () => {
  it.skipIf(!batchTuningApplies())(
    "makes V8 optimise fewer functions for the same work (Node 20's V8 only)",
    async () => {
      const dir = tempDir();
      const untuned = await optimisedCount(dir, false);
      const tuned = await optimisedCount(dir, true);
      expect(untuned).toBeGreaterThan(0);
      expect(tuned).toBeLessThan(untuned);
    },
    60_000,
  );

  it("leaves the packets the batch command writes byte for byte those of generate", async () => {
    const dir = tempDir();
    const example = path.join(PACKAGE_ROOT, "examples", "reapplication-after-code-mismatch", "case.json");
    await mkdir(path.join(dir, "cases"));
    await cp(example, path.join(dir, "cases", "reapplication.json"));
    await run(
      process.execPath,
      [path.join(PACKAGE_ROOT, "dist", "cli", "main.js"), "batch", "cases", "--out", "batch", "--jobs", "1", "--json"],
      { cwd: dir },
    );
    const alone = await generatePacket({
      casePath: example,
      outDir: path.join(dir, "alone"),
      formats: ["docx", "pdf"],
    });
    const documents = alone.files.filter((file) => /\.(docx|pdf)$/.test(file)).map((file) => path.basename(file));
    // Annex, RRS, cover letter and the Korean and English filing checklists in two formats, and the annex's redline.
    expect(documents).toHaveLength(11);
    const hash = async (file: string): Promise<string> =>
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex");
    for (const name of documents)
      expect(await hash(path.join(dir, "batch", "reapplication", name)), name).toBe(
        await hash(path.join(dir, "alone", name)),
      );
  }, 240_000);
});

describe("batchTuningApplies", () => {
  it("applies the flags only on the V8 they were measured on, so newer Node prints no unrecognised-flag error", () => {
    expect(batchTuningApplies("11.3.244.8-node.33")).toBe(true);
    expect(batchTuningApplies("13.6.233.17-node.28")).toBe(false);
  });
});
