// The batch's one copy of the PDF fonts: every worker that asks gets the same shared memory, only the PDF writer's
// own font files are served, and packets drawn with the shared fonts (Han fallback included) are the ones
// `e7-align generate` writes.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { cp, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { fontsFromParent, SharedFontStore } from "../../src/batch/shared-fonts.js";
import { generatePacket } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { HAN_FONT, KOREAN_FONT, pdfFontFilePath } from "../../src/writers/pdf-font-files.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-shared-fonts-");
const closers: (() => void)[] = [];

afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** A worker's font source connected to `store`, as runBatch connects each worker. */
function workerSource(store: SharedFontStore): ReturnType<typeof fontsFromParent> {
  const channel = store.connect();
  closers.push(channel.close, () => channel.workerPort.close());
  return fontsFromParent(channel.workerPort);
}

describe("SharedFontStore", () => {
  it("hands two workers the same memory holding the font file's bytes", async () => {
    const store = new SharedFontStore();
    const [file] = KOREAN_FONT.files;
    const first = await workerSource(store)(KOREAN_FONT, file);
    const second = await workerSource(store)(KOREAN_FONT, file);
    expect(first.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(first.equals(readFileSync(pdfFontFilePath(KOREAN_FONT, file)))).toBe(true);
    // Shared, not copied: a change made through one worker's view shows in the other's.
    const original = first[100]!;
    first[100] = original ^ 0xff;
    expect(second[100]).toBe(original ^ 0xff);
    first[100] = original;
  });

  it("serves the Han fallback too, and answers a file asked for twice at once", async () => {
    const store = new SharedFontStore();
    const source = workerSource(store);
    const [regular, bold, again] = await Promise.all([
      ...HAN_FONT.files.map((file) => source(HAN_FONT, file)),
      source(HAN_FONT, HAN_FONT.files[0]),
    ]);
    expect(again).toBe(regular);
    expect(regular!.equals(readFileSync(pdfFontFilePath(HAN_FONT, HAN_FONT.files[0])))).toBe(true);
    expect(bold!.equals(readFileSync(pdfFontFilePath(HAN_FONT, HAN_FONT.files[1])))).toBe(true);
  });

  it("refuses a file that is not one of the PDF writer's fonts", async () => {
    const source = workerSource(new SharedFontStore());
    await expect(source({ pkg: "../../etc", files: ["passwd", "passwd"] }, "passwd")).rejects.toThrow(
      /\.\.\/\.\.\/etc\/passwd is not one of the PDF writer's fonts/,
    );
  });
});

describe("a batch drawing with the shared fonts", () => {
  it("writes the same PDFs as generate, Han fallback included", async () => {
    const dir = tempDir();
    // Simplified Chinese institution names: drawn with the Noto Sans Hans fallback.
    const example = path.join(PACKAGE_ROOT, "examples", "korean-game-client-developer", "case.json");
    await mkdir(path.join(dir, "cases"));
    await cp(example, path.join(dir, "cases", "a.json"));
    await cp(example, path.join(dir, "cases", "b.json"));
    const cases = ["a", "b"].map((name) => ({ casePath: path.join(dir, "cases", `${name}.json`), name }));
    const summary = await runBatch({
      cases,
      outDir: path.join(dir, "batch"),
      jobs: 2,
      caseOptions: { formats: ["pdf"], force: false, allowOutOfScope: false },
    });
    expect(summary.cases.map((c) => c.status)).toEqual(["consistent", "consistent"]);
    const alone = await generatePacket({ casePath: example, outDir: path.join(dir, "alone"), formats: ["pdf"] });
    const pdfs = alone.files.filter((file) => file.endsWith(".pdf")).map((file) => path.basename(file));
    expect(pdfs.length).toBeGreaterThan(0);
    const hash = async (file: string): Promise<string> =>
      createHash("sha256")
        .update(await readFile(file))
        .digest("hex");
    for (const name of pdfs) {
      const expected = await hash(path.join(dir, "alone", name));
      expect(await hash(path.join(dir, "batch", "a", name))).toBe(expected);
      expect(await hash(path.join(dir, "batch", "b", name))).toBe(expected);
    }
  }, 240_000);
});
