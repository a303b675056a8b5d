/**
 * Speed, memory and accuracy bench: matcher throughput next to the BM25 baseline, one full packet warm, a 200-case
 * batch at one and two workers, cold start of the binary, peak memory of the batch, and top-1/top-3 on the dev set
 * when ../shared/eval is present. Prints a table with the targets, or one JSON object with --json.
 * Usage: npm run bench [-- --json] [-- --cases N] [-- --packets N] [-- --cold-only]
 * Runs under whichever Node runs it (e.g. PATH=/path/to/node24/bin:$PATH npm run bench) and names it.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import type { BatchSummary } from "../batch/write-batch-summary.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { generatePacket } from "../generate/generate-packet.js";
import { matchDuties } from "../match/match-duties.js";
import { splitStatements } from "../match/split-statements.js";
import { PACKAGE_ROOT } from "../paths.js";
import { bm25Baseline, DEFAULT_FILE, measureAccuracy } from "./accuracy.js";

/** The figures the bench reports; the keys are fixed, so scripts can track them over time. */
interface BenchFigures {
  readonly matcherStatementsPerSec: number;
  readonly bm25StatementsPerSec: number;
  readonly matcherToBm25Ratio: number;
  readonly packetMsMedian: number;
  readonly packetMsP95: number;
  readonly batchCasesPerSec: { readonly jobs1: number; readonly jobs2: number; readonly speedup: number };
  readonly node: string;
  readonly coldStartMs: {
    readonly nodeFloor: number;
    readonly version: number;
    readonly match: number;
    readonly validate: number;
    readonly generate: number;
  };
  readonly peakRssMb: number;
  readonly devTop1: number | null;
  readonly devTop3: number | null;
}

const BIN = path.join(PACKAGE_ROOT, "dist", "cli", "main.js");
const EXAMPLES = path.join(PACKAGE_ROOT, "examples");
/** A reapplication, so the packet has all three documents. */
const PACKET_CASE = path.join(EXAMPLES, "reapplication-after-code-mismatch", "case.json");
const MATCH_TEXT = "Develop and maintain the company's web storefront in React and build REST APIs in Node.js";
const SPEED_SECONDS = 3;

const median = (values: readonly number[]): number => quantile(values, 0.5);

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

const round = (value: number, digits = 0): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** Example case files, each with the number of documents it produces: the valid ones only (mismatch-* stop early). */
async function exampleCases(): Promise<string[]> {
  const names = (await readdir(EXAMPLES, { withFileTypes: true }))
    // Cases that are meant to fail (mismatch-, problem-) would make the batch exit 1.
    .filter((e) => e.isDirectory() && !e.name.startsWith("mismatch-") && !e.name.startsWith("problem-"))
    .map((e) => e.name);
  return names
    .map((name) => path.join(EXAMPLES, name, "case.json"))
    .filter((file) => existsSync(file))
    .sort();
}

/** Duty statements from the examples (as written by applicants) and the catalog's tasks in both languages. */
async function speedStatements(): Promise<string[]> {
  const fromExamples = (await exampleCases()).flatMap((file) => {
    const data = JSON.parse(readFileSync(file, "utf8")) as { position?: { duties?: { text?: unknown }[] } };
    return (data.position?.duties ?? []).flatMap((duty) =>
      typeof duty.text === "string" ? splitStatements(duty.text) : [],
    );
  });
  const fromCatalog = loadCatalog().occupations.flatMap((o) => o.tasks.flatMap((task) => [task.en, task.ko]));
  return [...fromExamples, ...fromCatalog];
}

/** CPU seconds this process has used (user + system). */
const cpuSeconds = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
};

/**
 * Statements per CPU-second of `rank` over the statements, on this thread, after one warm-up pass. CPU time rather
 * than wall time, so that other processes on a shared machine do not count against one core's speed.
 */
async function throughput(
  statements: readonly string[],
  rank: (batch: readonly string[]) => Promise<void> | void,
): Promise<number> {
  await rank(statements);
  let done = 0;
  const started = cpuSeconds();
  while (cpuSeconds() - started < SPEED_SECONDS) {
    await rank(statements);
    done += statements.length;
  }
  return done / (cpuSeconds() - started);
}

async function matcherSpeed(): Promise<{ matcher: number; bm25: number }> {
  const catalog = loadCatalog();
  const statements = await speedStatements();
  const matcher = await throughput(statements, (batch) => {
    for (const text of batch) matchDuties(catalog, [{ text }]);
  });
  const bm25 = await throughput(statements, async (batch) => {
    await bm25Baseline(
      catalog,
      batch.map((text) => ({ text, lang: "?", code: "" })),
    );
  });
  return { matcher, bm25 };
}

/** Milliseconds per full packet (validate, 3 documents × docx+PDF, read back, re-match, report), warm, in this process. */
async function packetTimes(runs: number, scratch: string): Promise<number[]> {
  const once = async (i: number): Promise<number> => {
    const outDir = path.join(scratch, `packet-${i}`);
    const started = performance.now();
    const result = await generatePacket({ casePath: PACKET_CASE, outDir, formats: ["docx", "pdf"] });
    const ms = performance.now() - started;
    // Three documents, and the filing checklist in each language since the checklist was added to the packet.
    if (result.status !== "written" || result.files.filter((f) => f.endsWith(".pdf")).length < 3)
      throw new Error(`The bench packet did not produce three PDFs (${result.status}).`);
    await rm(outDir, { recursive: true, force: true });
    return ms;
  };
  for (let i = 0; i < 3; i++) await once(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(i));
  return times;
}

/** Copies the valid examples into `count` case files with varied names. */
async function makeCases(count: number, folder: string): Promise<void> {
  const examples = await exampleCases();
  await mkdir(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const source = examples[i % examples.length]!;
    await copyFile(
      source,
      path.join(folder, `${path.basename(path.dirname(source))}-${String(i + 1).padStart(3, "0")}.json`),
    );
  }
}

/** Highest resident set (MB) of a process, read from /proc while it runs (threads are counted in their process). */
function sampleRss(pid: number): { stop: () => number } {
  let peak = 0;
  const read = (): void => {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {
      // The process has ended, or /proc is not available (not Linux): the batch's own maxRSS still counts.
    }
  };
  const timer = setInterval(read, 50);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/** Runs `e7-align batch` on the folder as a child process; cases per second over the whole command, and peak memory. */
async function batchRun(
  cases: string,
  out: string,
  jobs: number,
  count: number,
): Promise<{ casesPerSec: number; peakRssMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, "batch", cases, "--out", out, "--jobs", String(jobs), "--json"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const rss = sampleRss(child.pid!);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const seconds = (performance.now() - started) / 1000;
  const sampled = rss.stop();
  if (code !== 0) throw new Error(`The batch run exited ${String(code)}: ${stderr.slice(0, 500)}`);
  const summary = JSON.parse(stdout) as BatchSummary;
  if (summary.totals.consistent !== count)
    throw new Error(`Only ${summary.totals.consistent} of ${count} bench cases were consistent.`);
  return { casesPerSec: count / seconds, peakRssMb: Math.max(sampled, summary.peakRssMb) };
}

/** Median wall time of `node ARGS` over fresh processes, after one unmeasured run; args may vary per run. */
async function coldStart(args: (run: number) => readonly string[], runs = 5): Promise<number> {
  const run = promisify(execFile);
  await run(process.execPath, [...args(-1)]);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(process.execPath, [...args(i)]);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Cold figures of the commands a person runs once, beside the bare `node -e 0` floor measured in the same run. */
async function coldStarts(scratch: string): Promise<BenchFigures["coldStartMs"]> {
  const example = path.join(EXAMPLES, "web-developer", "case.json");
  return {
    nodeFloor: round(await coldStart(() => ["-e", "0"])),
    version: round(await coldStart(() => [BIN, "--version"])),
    match: round(await coldStart(() => [BIN, "match", MATCH_TEXT, "--code", "2224"])),
    validate: round(await coldStart(() => [BIN, "validate", example])),
    generate: round(await coldStart((i) => [BIN, "generate", example, "--out", path.join(scratch, `cold-${i + 1}`)])),
  };
}

function option(argv: readonly string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  const value = at >= 0 ? Number(argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number of at least 1.`);
  return value;
}

async function main(argv: readonly string[]): Promise<void> {
  const json = argv.includes("--json");
  const caseCount = option(argv, "--cases", 200);
  const packetRuns = option(argv, "--packets", 20);
  const log = (line: string): void => {
    if (!json) process.stderr.write(`${line}\n`);
  };
  if (!existsSync(BIN)) throw new Error("dist/ is missing: run npm run build first.");
  const scratch = await mkdtemp(path.join(tmpdir(), "e7-bench-"));
  try {
    log(`cold start on Node ${process.version} …`);
    const coldStartMs = await coldStarts(scratch);
    if (argv.includes("--cold-only")) {
      process.stdout.write(
        json
          ? `${JSON.stringify({ node: process.version, coldStartMs }, null, 2)}\n`
          : coldTable(process.version, coldStartMs),
      );
      return;
    }
    log("matcher and BM25 throughput …");
    const speed = await matcherSpeed();
    log(`packet, ${packetRuns} warm runs …`);
    const packets = await packetTimes(packetRuns, scratch);
    log(`batch of ${caseCount} cases at --jobs 1 and 2 …`);
    await makeCases(caseCount, path.join(scratch, "cases"));
    const one = await batchRun(path.join(scratch, "cases"), path.join(scratch, "out-1"), 1, caseCount);
    const two = await batchRun(path.join(scratch, "cases"), path.join(scratch, "out-2"), 2, caseCount);
    const accuracy = existsSync(DEFAULT_FILE) ? await measureAccuracy(DEFAULT_FILE) : undefined;
    const figures: BenchFigures = {
      matcherStatementsPerSec: round(speed.matcher),
      bm25StatementsPerSec: round(speed.bm25),
      matcherToBm25Ratio: round(speed.matcher / speed.bm25, 2),
      packetMsMedian: round(median(packets)),
      packetMsP95: round(quantile(packets, 0.95)),
      batchCasesPerSec: {
        jobs1: round(one.casesPerSec, 2),
        jobs2: round(two.casesPerSec, 2),
        speedup: round(two.casesPerSec / one.casesPerSec, 2),
      },
      node: process.version,
      coldStartMs,
      peakRssMb: round(Math.max(one.peakRssMb, two.peakRssMb)),
      devTop1: accuracy ? round(accuracy.matcher.top1, 4) : null,
      devTop3: accuracy ? round(accuracy.matcher.top3, 4) : null,
    };
    process.stdout.write(json ? `${JSON.stringify(figures, null, 2)}\n` : table(figures, caseCount));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function table(f: BenchFigures, caseCount: number): string {
  const pct = (value: number | null): string =>
    value === null ? "n/a (no ../shared/eval/dev-duties.jsonl)" : `${(value * 100).toFixed(1)}%`;
  const rows: Row[] = [
    [
      "matcher statements/CPU-s (one core)",
      String(f.matcherStatementsPerSec),
      ">= 5000",
      f.matcherStatementsPerSec >= 5000,
    ],
    ["BM25 baseline statements/CPU-s", String(f.bm25StatementsPerSec), "", undefined],
    ["matcher / BM25 speed", `${f.matcherToBm25Ratio}x`, "", undefined],
    ["packet ms, median (warm)", String(f.packetMsMedian), "<= 500", f.packetMsMedian <= 500],
    ["packet ms, p95 (warm)", String(f.packetMsP95), "<= 1000", f.packetMsP95 <= 1000],
    [`batch cases/s, ${caseCount} cases, --jobs 1`, String(f.batchCasesPerSec.jobs1), "", undefined],
    [`batch cases/s, ${caseCount} cases, --jobs 2`, String(f.batchCasesPerSec.jobs2), "", undefined],
    [
      "batch speed-up, --jobs 2 / --jobs 1",
      `${f.batchCasesPerSec.speedup}x`,
      ">= 1.6x",
      f.batchCasesPerSec.speedup >= 1.6,
    ],
    ...coldRows(f.coldStartMs),
    ["peak memory MB (batch)", String(f.peakRssMb), "<= 400", f.peakRssMb <= 400],
    ["dev top-1", pct(f.devTop1), "", undefined],
    ["dev top-3", pct(f.devTop3), "", undefined],
  ];
  return `Node ${f.node}\n${formatRows(rows)}`;
}

type Row = [string, string, string, boolean | undefined];

function coldRows(c: BenchFigures["coldStartMs"]): Row[] {
  return [
    ["cold start ms, node -e 0 (floor)", String(c.nodeFloor), "", undefined],
    ["cold start ms, --version", String(c.version), "<= 200", c.version <= 200],
    ["cold start ms, match", String(c.match), "<= 400", c.match <= 400],
    ["cold start ms, validate", String(c.validate), "<= 500", c.validate <= 500],
    ["cold start ms, generate", String(c.generate), "<= 1500", c.generate <= 1500],
  ];
}

function coldTable(node: string, c: BenchFigures["coldStartMs"]): string {
  return `Node ${node}\n${formatRows(coldRows(c))}`;
}

function formatRows(rows: readonly Row[]): string {
  const width = Math.max(...rows.map((r) => r[0].length));
  const valueWidth = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([label, value, target, ok]) =>
    `${label.padEnd(width)}  ${value.padStart(valueWidth)}  ${target.padEnd(8)} ${ok === undefined ? "" : ok ? "ok" : "MISSED"}`.trimEnd(),
  );
  return `${lines.join("\n")}\n`;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
