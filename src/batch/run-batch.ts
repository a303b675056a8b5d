/**
 * Runs many cases on a pool of worker threads: each worker generates one packet folder per case inside the
 * output folder, a case that fails or crashes its worker is reported and the rest go on, and at the end the
 * outcomes are gathered into batch-summary.json (written atomically).
 */
import { existsSync } from "node:fs";
import { lstat, mkdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { E7Error, ERR, EXIT, type ExitCode } from "../errors.js";
import {
  assertReplaceablePacket,
  NotAPacketError,
  OutputUnwritableError,
  pathExists,
  recoverStaleStaging,
} from "../generate/write-packet-dir.js";
import { PACKAGE_ROOT } from "../paths.js";
import { SharedFontStore } from "./shared-fonts.js";
import type {
  BatchCase,
  BatchCaseOptions,
  CaseOutcome,
  CaseStatus,
  WorkerData,
  WorkerReply,
  WorkerTask,
} from "./types.js";
import { writeBatchSummary, BATCH_SUMMARY, type BatchSummary } from "./write-batch-summary.js";

export interface BatchOptions {
  readonly cases: readonly BatchCase[];
  readonly outDir: string;
  /** Worker threads; default the number of cores the process may use. */
  readonly jobs?: number;
  readonly caseOptions: BatchCaseOptions;
  /** Folder the summary's case paths are written relative to. */
  readonly cwd?: string;
  /** Called as each case finishes, in the order they finish. */
  readonly onCaseDone?: (outcome: CaseOutcome, done: number, total: number) => void;
  /** Overrides of the per-case limits (the tests shorten them instead of waiting minutes). */
  readonly limits?: Partial<BatchLimits>;
  /** Entries of the searched folders not taken as cases (collectCases), listed in the summary. */
  readonly skipped?: readonly { readonly path: string; readonly reason: string }[];
  /** Aborted on Ctrl-C: no case starts after it, running cases are stopped and their staging folders removed. */
  readonly signal?: AbortSignal;
  /** The worker script; default the compiled batch worker (the tests give one that crashes or hangs on purpose). */
  readonly workerFile?: string;
}

/** What one case may cost before it is stopped and reported as that case's error. */
export interface BatchLimits {
  /** A case still running after this long is stopped (its worker terminated and replaced). */
  readonly caseTimeoutMs: number;
  /** Old-generation heap of a worker; a case that needs more ends as E_WORKER_MEMORY. */
  readonly workerMemoryMb: number;
}

/**
 * The limits only catch runaways: a real case takes a second or two and a few MB. The heap cap is kept low because it
 * also sets how far V8 lets a heap grow past its live size between collections (docs/performance.md).
 */
export const DEFAULT_BATCH_LIMITS: BatchLimits = Object.freeze({ caseTimeoutMs: 5 * 60_000, workerMemoryMb: 384 });
/** Young generation of a worker, which V8 keeps committed: smaller saves memory for more CPU (docs/performance.md). */
const WORKER_YOUNG_MB = 12;

/** Default worker count. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * The compiled worker file. Beside this module in dist/; when this module runs as TypeScript source (vitest),
 * a worker thread cannot load .ts on Node 20, so the built copy from dist/ is used.
 */
export function workerFile(): string {
  const sibling = fileURLToPath(new URL("./batch-worker.js", import.meta.url));
  if (existsSync(sibling)) return sibling;
  const built = path.join(PACKAGE_ROOT, "dist", "batch", "batch-worker.js");
  if (existsSync(built)) return built;
  throw new E7Error(ERR.E_BATCH_WORKER_MISSING, `The batch worker (${built}) is missing.`, {
    hints: ["Build the package first: npm run build."],
  });
}

/** True when the file is a batch summary this tool wrote (so --force may replace it). */
async function isOwnSummary(file: string): Promise<boolean> {
  try {
    if (!(await lstat(file)).isFile()) return false;
    const data = JSON.parse(await readFile(file, "utf8")) as { summaryVersion?: unknown; tool?: { name?: unknown } };
    return data.summaryVersion === 1 && data.tool?.name === "e7-align";
  } catch {
    return false;
  }
}

/**
 * Stops before anything is written when a packet folder or the summary would overwrite something: without --force
 * anything in the way; with --force anything that is not a packet or summary this tool wrote, or that holds a case
 * file or the working folder.
 */
async function prepareOutDir(outDir: string, cases: readonly BatchCase[], force: boolean, cwd: string): Promise<void> {
  if (await pathExists(outDir)) {
    if (!(await lstat(outDir)).isDirectory()) {
      throw new E7Error(ERR.E_OUT_NOT_FOLDER, `${outDir} is a file, not a folder; the batch was not started.`, {
        hints: ["--out names the folder the packet folders go into."],
        ko: {
          message: `${outDir}: 폴더가 아니라 파일이므로 일괄 처리를 시작하지 않았습니다.`,
          hints: ["--out에는 서류 묶음 폴더들을 넣을 폴더를 지정하십시오."],
        },
      });
    }
    const taken: string[] = [];
    for (const name of [...cases.map((c) => c.name), BATCH_SUMMARY])
      if (await pathExists(path.join(outDir, name))) taken.push(name);
    const list = (names: readonly string[]): string =>
      names.slice(0, 5).join(", ") + (names.length > 5 ? `, and ${names.length - 5} more` : "");
    const listKo = (names: readonly string[]): string =>
      names.slice(0, 5).join(", ") + (names.length > 5 ? ` 외 ${names.length - 5}개` : "");
    if (!force && taken.length > 0) {
      throw new E7Error(ERR.E_OUT_EXISTS, `${outDir} already holds ${list(taken)}; nothing was written.`, {
        hints: [
          "Choose another --out folder, or add --force to replace them (each packet folder is replaced in one step).",
        ],
        ko: {
          message: `${outDir}: 이미 다음이 있어 아무것도 쓰지 않았습니다: ${listKo(taken)}.`,
          hints: ["다른 --out 폴더를 고르거나, 바꾸려면 --force를 주십시오(서류 묶음 폴더마다 한 번에 바꿉니다)."],
        },
      });
    }
    const guard = { cwd, protect: cases.map((c) => c.casePath) };
    const refused: string[] = [];
    const refusedKo: string[] = [];
    for (const name of taken) {
      const target = path.join(outDir, name);
      if (name === BATCH_SUMMARY) {
        if (!(await isOwnSummary(target))) {
          refused.push(`${target} is not a batch summary e7-align wrote`);
          refusedKo.push(`${target}: e7-align이 쓴 일괄 처리 요약 파일이 아닙니다`);
        }
        continue;
      }
      try {
        await assertReplaceablePacket(target, guard);
      } catch (error) {
        if (!(error instanceof NotAPacketError)) throw error;
        refused.push(error.message.replace(/; --force did not replace it, and nothing was touched\.$/, ""));
        refusedKo.push(error.reasonKo);
      }
    }
    if (refused.length > 0) {
      const listed = (lines: readonly string[], more: (n: number) => string): string =>
        `\n  ${lines.slice(0, 10).join("\n  ")}${lines.length > 10 ? `\n  ${more(lines.length - 10)}` : ""}`;
      throw new E7Error(
        ERR.E_OUT_NOT_PACKET,
        `--force replaces only packet folders and a summary that e7-align wrote; the batch was not started and nothing was touched:${listed(refused, (n) => `and ${n} more`)}`,
        {
          hints: ["Choose another --out folder, or move these out of it."],
          ko: {
            message: `--force는 e7-align이 쓴 서류 묶음 폴더와 요약 파일만 바꿉니다. 일괄 처리를 시작하지 않았고, 아무것도 건드리지 않았습니다:${listed(refusedKo, (n) => `외 ${n}개`)}`,
            hints: ["다른 --out 폴더를 고르거나, 이 항목들을 폴더 밖으로 옮기십시오."],
          },
        },
      );
    }
  }
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new OutputUnwritableError(outDir, error);
  }
}

const formatDuration = (ms: number): string =>
  ms >= 60_000 ? `${Math.round(ms / 60_000)} minutes` : ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;

function crashed(
  job: BatchCase,
  outDir: string,
  error: (Error & { code?: string }) | undefined,
  limits: BatchLimits,
): CaseOutcome {
  const memory = error?.code === "ERR_WORKER_OUT_OF_MEMORY";
  const timeout = error?.code === ERR.E_CASE_TIMEOUT;
  return {
    name: job.name,
    casePath: job.casePath,
    outDir: path.join(outDir, job.name),
    status: "error",
    findings: [],
    error: timeout
      ? {
          code: ERR.E_CASE_TIMEOUT,
          message: `The case was still running after ${formatDuration(limits.caseTimeoutMs)} and was stopped.`,
          hints: ["Run it on its own with e7-align generate to see where it hangs, and report it."],
        }
      : memory
        ? {
            code: ERR.E_WORKER_MEMORY,
            message: `The case needed more than ${limits.workerMemoryMb} MB of memory and was stopped.`,
            hints: ["Run it on its own with e7-align generate, and report it: no real case should need this much."],
          }
        : {
            code: ERR.E_INTERNAL,
            message: `The worker handling this case stopped: ${error?.message ?? "it exited unexpectedly"}.`,
            hints: ["This is a bug in e7-align, not in the case. Please report it."],
          },
    ms: 0,
  };
}

/** Hands the cases out to `jobs` workers, one at a time each, replacing a worker that dies. */
function runPool(options: BatchOptions, outDir: string, jobs: number, stopped: BatchCase[]): Promise<CaseOutcome[]> {
  const { cases } = options;
  const limits: BatchLimits = { ...DEFAULT_BATCH_LIMITS, ...options.limits };
  const file = options.workerFile ?? workerFile();
  const fonts = new SharedFontStore();
  return new Promise((resolve) => {
    const outcomes: CaseOutcome[] = [];
    let next = 0;
    let done = 0;
    let alive = 0;
    const record = (id: number, outcome: CaseOutcome): void => {
      outcomes[id] = outcome;
      done++;
      options.onCaseDone?.(outcome, done, cases.length);
    };
    const spawn = (): void => {
      // A small young generation keeps each worker's resident memory down (V8 otherwise grows it per isolate); the
      // old-generation cap turns a runaway case into that case's error instead of the whole batch's.
      const fontChannel = fonts.connect();
      const data: WorkerData = { fontPort: fontChannel.workerPort };
      const worker = new Worker(file, {
        workerData: data,
        transferList: [fontChannel.workerPort],
        stdout: true,
        stderr: true,
        resourceLimits: { maxOldGenerationSizeMb: limits.workerMemoryMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      });
      // Library warnings printed inside a worker must not interleave with the batch's own output.
      worker.stdout.resume();
      worker.stderr.resume();
      alive++;
      let current: number | undefined;
      let failure: (Error & { code?: string }) | undefined;
      let timer: NodeJS.Timeout | undefined;
      const feed = (): void => {
        if (next >= cases.length || options.signal?.aborted) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = next++;
        const task: WorkerTask = { id: current, job: cases[current]!, outDir, options: options.caseOptions };
        timer = setTimeout(() => {
          failure = Object.assign(new Error("time limit"), { code: ERR.E_CASE_TIMEOUT });
          void worker.terminate();
        }, limits.caseTimeoutMs);
        worker.postMessage(task);
      };
      worker.on("message", (reply: WorkerReply) => {
        // A reply racing the time limit is dropped: the worker is already being stopped, and feeding it the next case
        // would get that case reported as timed out too.
        if (failure) return;
        clearTimeout(timer);
        current = undefined;
        record(reply.id, reply.outcome);
        feed();
      });
      worker.on("error", (error) => {
        failure = error;
      });
      worker.on("exit", () => {
        clearTimeout(timer);
        fontChannel.close();
        if (current !== undefined && options.signal?.aborted && failure === undefined) {
          stopped.push(cases[current]!);
          current = undefined;
        } else if (current !== undefined) {
          record(current, crashed(cases[current]!, outDir, failure, limits));
          current = undefined;
          if (next < cases.length && !options.signal?.aborted) spawn();
        }
        alive--;
        if (alive === 0) resolve(outcomes);
      });
      const stop = (): void => {
        if (current !== undefined) void worker.terminate();
      };
      options.signal?.addEventListener("abort", stop, { once: true });
      worker.once("exit", () => options.signal?.removeEventListener("abort", stop));
      feed();
    };
    const count = Math.max(1, Math.min(jobs, cases.length));
    for (let i = 0; i < count; i++) spawn();
  });
}

/** The batch's exit code: a bug (3) over bad input (2) over findings (1) over all consistent (0). */
export function batchExitCode(statuses: readonly CaseStatus[], anyErrorFinding = false): ExitCode {
  if (statuses.includes("error")) return EXIT.INTERNAL;
  if (statuses.includes("invalid")) return EXIT.INPUT;
  // An error finding on a consistent packet (an expired certificate) must be fixed before filing, as in `generate`.
  if (anyErrorFinding || statuses.some((s) => s === "inconsistent" || s === "stopped")) return EXIT.FINDINGS;
  return EXIT.OK;
}

/** Runs the batch and writes OUT/batch-summary.json; throws E7Error only for problems that stop it before any case runs. */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const outDir = path.resolve(options.outDir);
  const jobs = options.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new E7Error(ERR.E_USAGE, `--jobs must be a whole number of at least 1 (got ${jobs}).`);
  await prepareOutDir(outDir, options.cases, options.caseOptions.force, options.cwd ?? process.cwd());
  const started = performance.now();
  const stopped: BatchCase[] = [];
  const finished = options.cases.length > 0 ? await runPool(options, outDir, jobs, stopped) : [];
  // After Ctrl-C: outcomes has holes for the cases stopped or never started; their staging folders are removed.
  const outcomes = finished.filter((o): o is CaseOutcome => o !== undefined);
  const interrupted = options.signal?.aborted ? interruption(options, outcomes, stopped) : undefined;
  for (const job of stopped) await recoverStaleStaging(path.join(outDir, job.name), { abandonedBy: process.pid });
  const elapsedMs = performance.now() - started;
  const pkg = JSON.parse(await readFile(path.join(PACKAGE_ROOT, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  const summary: BatchSummary = {
    summaryVersion: 1,
    tool: { name: pkg.name, version: pkg.version },
    outDir,
    jobs,
    options: {
      lang: options.caseOptions.lang ?? "case",
      formats: [...options.caseOptions.formats],
      allowOutOfScope: options.caseOptions.allowOutOfScope,
    },
    exitCode: interrupted
      ? EXIT.INTERRUPTED
      : batchExitCode(
          outcomes.map((o) => o.status),
          outcomes.some((o) => o.findings.some((f) => f.severity === "error")),
        ),
    totals: totalsOf(outcomes),
    elapsedMs: Math.round(elapsedMs),
    casesPerSec: outcomes.length > 0 ? Math.round((outcomes.length / (elapsedMs / 1000)) * 100) / 100 : 0,
    // Workers are threads of this process, so the process's peak resident set covers all of them.
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cases: outcomes.map((o) => ({
      case: o.name,
      file: path.relative(options.cwd ?? process.cwd(), o.casePath) || o.casePath,
      packet: o.status === "consistent" || o.status === "inconsistent" ? o.name : null,
      status: o.status,
      selectedCode: o.selectedCode ?? null,
      bestCode: o.bestCode ?? null,
      findings: o.findings,
      ...(o.error ? { error: o.error } : {}),
      ms: o.ms,
    })),
    ...(interrupted ? { interrupted } : {}),
    ...(options.skipped && options.skipped.length > 0
      ? {
          skipped: options.skipped.map((entry) => ({
            path: path.relative(options.cwd ?? process.cwd(), entry.path) || entry.path,
            reason: entry.reason,
          })),
        }
      : {}),
  };
  await writeBatchSummary(outDir, summary);
  return summary;
}

/** What a batch stopped by Ctrl-C did not finish: the cases stopped while running, and those never started. */
function interruption(
  options: BatchOptions,
  outcomes: readonly CaseOutcome[],
  stopped: readonly BatchCase[],
): NonNullable<BatchSummary["interrupted"]> {
  const cwd = options.cwd ?? process.cwd();
  const entry = (job: BatchCase): { case: string; file: string } => ({
    case: job.name,
    file: path.relative(cwd, job.casePath) || job.casePath,
  });
  const seen = new Set([...outcomes.map((o) => o.name), ...stopped.map((job) => job.name)]);
  const reason = options.signal?.reason;
  return {
    signal: typeof reason === "string" ? reason : "SIGINT",
    stopped: stopped.map(entry),
    notStarted: options.cases.filter((job) => !seen.has(job.name)).map(entry),
  };
}

function totalsOf(outcomes: readonly CaseOutcome[]): BatchSummary["totals"] {
  const count = (status: CaseStatus): number => outcomes.filter((o) => o.status === status).length;
  return {
    cases: outcomes.length,
    consistent: count("consistent"),
    inconsistent: count("inconsistent"),
    stopped: count("stopped"),
    invalid: count("invalid"),
    error: count("error"),
  };
}
