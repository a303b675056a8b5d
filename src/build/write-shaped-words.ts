/**
 * Build step (`npm run build`, after the fonts): shapes the words that the example packets have in common (template
 * text, headings, labels: those in at least MIN_EXAMPLES examples' PDFs) and stores them for the PDF writer
 * (src/writers/shaped-words.ts). Words of one case only (its duties, names) are left to shaping at run time.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generatePacket } from "../generate/generate-packet.js";
import { PACKAGE_ROOT } from "../paths.js";
import { loadPdfFonts, shapingMemory } from "../writers/pdf.js";
import {
  SHAPED_WORDS_FILE,
  shapingStamp,
  storeWord,
  type ShapedWord,
  type ShapedWordsTable,
} from "../writers/shaped-words.js";

const MIN_EXAMPLES = 3;

/**
 * Which words are common depends on the templates, the examples, the code that renders them and the matcher (whose
 * readings the packets print): a digest of those files, so that a table chosen from older wording is chosen again (its
 * shapes would still be right, but the words the packets now print would be shaped at every run).
 */
function wordingDigest(): string {
  const hash = createHash("sha256");
  for (const dir of [
    "templates",
    "examples",
    path.join("dist", "render"),
    path.join("dist", "text"),
    path.join("dist", "match"),
  ]) {
    const root = path.join(PACKAGE_ROOT, dir);
    if (!existsSync(root)) continue;
    for (const name of (readdirSync(root, { recursive: true }) as string[]).sort()) {
      const file = path.join(root, name);
      if (!/\.(?:hbs|json|js)$/u.test(name)) continue;
      hash.update(`${dir}/${name}\n`).update(readFileSync(file));
    }
  }
  return hash.digest("hex");
}

/** A stored shape depends only on the face, the shaping code and the word; which words are stored, on the wording. */
function upToDate(wording: string): boolean {
  try {
    const table = JSON.parse(readFileSync(SHAPED_WORDS_FILE, "utf8")) as ShapedWordsTable & { wording?: string };
    return table.stamp === shapingStamp() && table.wording === wording;
  } catch {
    return false;
  }
}

const wording = wordingDigest();

if (upToDate(wording)) {
  process.stdout.write("PDF words shaped at build time: up to date\n");
  process.exit(0);
}

const started = performance.now();
const examples = path.join(PACKAGE_ROOT, "examples");
const cases = readdirSync(examples)
  .filter((name) => !name.startsWith("mismatch-"))
  .map((name) => path.join(examples, name, "case.json"))
  .filter((file) => existsSync(file))
  .sort();
const scratch = mkdtempSync(path.join(tmpdir(), "e7-shaped-words-"));
const seen = new Map<string, Map<string, { count: number; word: ShapedWord }>>();
try {
  await loadPdfFonts();
  for (const [i, casePath] of cases.entries()) {
    // Each example starts from an empty memory, so that its words are counted once for each example that draws them.
    await shapingMemory.usePreshaped(false);
    await generatePacket({ casePath, outDir: path.join(scratch, String(i)), formats: ["pdf"], readBackInThread: true });
    for (const [face, words] of await shapingMemory.words()) {
      const counts = seen.get(face) ?? new Map<string, { count: number; word: ShapedWord }>();
      seen.set(face, counts);
      for (const [text, word] of words) counts.set(text, { count: (counts.get(text)?.count ?? 0) + 1, word });
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const faces: Record<string, Record<string, ReturnType<typeof storeWord>>> = {};
let total = 0;
for (const [face, counts] of seen) {
  const kept = [...counts]
    .filter(([, entry]) => entry.count >= MIN_EXAMPLES)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  faces[face] = Object.fromEntries(kept.map(([text, entry]) => [text, storeWord(entry.word)]));
  total += kept.length;
}
const table: ShapedWordsTable & { readonly wording: string } = { stamp: shapingStamp(), wording, faces };
const temporary = `${SHAPED_WORDS_FILE}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(table)}\n`);
renameSync(temporary, SHAPED_WORDS_FILE);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `PDF words shaped at build time: ${total} from ${cases.length} examples in ${path.relative(process.cwd(), SHAPED_WORDS_FILE)} (${seconds} s)\n`,
);
