/** `e7-align batch CASES… --out DIR`: generates a packet per case on worker threads and prints a summary table. */
import path from "node:path";
import { UsageError } from "../errors.js";
import type { CaseOutcome } from "../batch/types.js";
import type { BatchSummary } from "../batch/write-batch-summary.js";
import { defineCommand, type CliIo } from "./command.js";
import { formatJson, formatTable } from "./format.js";
import { parseFormats } from "./generate.js";

interface BatchArgs {
  cases: string[];
  out: string;
  jobs?: number;
  lang?: "en" | "ko" | "both";
  format: string;
  force: boolean;
  allowOutOfScope: boolean;
  json: boolean;
}

const MAX_JOBS = 64;
/** Errors printed per case under the table; the rest are in batch-summary.json. */
const FINDINGS_SHOWN = 2;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "2 errors, 1 warning", or "0". */
function findingsCell(findings: readonly { severity: string }[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const parts = [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""].filter(Boolean);
  return parts.length ? parts.join(", ") : "0";
}

function verdictCell(c: {
  readonly status: CaseOutcome["status"];
  readonly selectedCode?: string | null;
  readonly bestCode?: string | null;
  readonly error?: CaseOutcome["error"];
}): string {
  if (c.status === "invalid" || c.status === "error") return `${c.status} (${c.error?.code ?? "?"})`;
  if (c.bestCode && c.selectedCode && c.bestCode !== c.selectedCode)
    return `${c.status} (duties read as ${c.bestCode})`;
  return c.status;
}

/** Progress: a bar on a terminal, one plain line per finished case otherwise. */
async function progressReporter(
  io: CliIo,
  total: number,
  quiet: boolean,
): Promise<{ done: (outcome: CaseOutcome, done: number) => void; stop: () => void }> {
  if (quiet) return { done: () => undefined, stop: () => undefined };
  if (io.isTTY && process.stderr.isTTY) {
    const { default: cliProgress } = await import("cli-progress");
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "{bar} {value}/{total} cases | {last}",
        hideCursor: true,
        clearOnComplete: true,
        barsize: 30,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { last: "" });
    return {
      done: (outcome, done) => bar.update(done, { last: `${outcome.name}: ${outcome.status}` }),
      stop: () => bar.stop(),
    };
  }
  const width = String(total).length;
  return {
    done: (outcome, done) =>
      io.stderr(
        `[${String(done).padStart(width)}/${total}] ${outcome.name}: ${verdictCell(outcome)}, ${seconds(outcome.ms)}\n`,
      ),
    stop: () => undefined,
  };
}

/** A path relative to the working folder when it is inside it, absolute otherwise. */
function displayPath(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : target;
}

function printSummary(summary: BatchSummary, io: CliIo): void {
  const rows = summary.cases.map((c) => [
    c.case,
    c.selectedCode ?? "-",
    verdictCell(c),
    findingsCell(c.findings),
    seconds(c.ms),
  ]);
  const out: string[] = [formatTable(["case", "code", "verdict", "findings", "time"], rows).trimEnd(), ""];
  for (const c of summary.cases) {
    if (c.error) {
      out.push(`${c.case} (${c.file}): ${c.error.message}`);
      for (const hint of c.error.hints) out.push(`  ${hint}`);
    }
    const errors = c.findings.filter((finding) => finding.severity === "error");
    for (const f of errors.slice(0, FINDINGS_SHOWN)) out.push(`${c.case}: error ${f.checkId}: ${f.message}`);
    if (errors.length > FINDINGS_SHOWN)
      out.push(`${c.case}: … ${plural(errors.length - FINDINGS_SHOWN, "more error")} in batch-summary.json`);
  }
  if (out.at(-1) !== "") out.push("");
  const t = summary.totals;
  const parts = [
    `${t.consistent} consistent`,
    t.inconsistent && `${t.inconsistent} inconsistent`,
    t.stopped && `${t.stopped} stopped`,
    t.invalid && `${t.invalid} invalid`,
    t.error && `${t.error} failed`,
  ].filter(Boolean);
  out.push(
    `${plural(t.cases, "case")}: ${parts.join(", ")} in ${seconds(summary.elapsedMs)} on ${plural(summary.jobs, "worker")} (${summary.casesPerSec} cases/s).`,
  );
  if (summary.interrupted) {
    const { signal, stopped, notStarted } = summary.interrupted;
    out.push(
      `Stopped by ${signal}: ${plural(stopped.length, "running case")} stopped (${stopped.map((c) => c.case).join(", ") || "none"}), ${plural(notStarted.length, "case")} not started.`,
    );
  }
  out.push(`Summary: ${displayPath(io.cwd, path.join(summary.outDir, "batch-summary.json"))}`);
  io.stdout(`${out.join("\n")}\n`);
}

export const batchCommand = defineCommand<BatchArgs>({
  builder: (yargs) =>
    yargs
      .positional("cases", {
        type: "string",
        array: true,
        describe: "Case files, folders (searched for *.json) or quoted patterns",
        demandOption: true,
      })
      .option("out", {
        type: "string",
        describe: "Folder for the packet folders (one per case) and batch-summary.json",
        demandOption: true,
      })
      .option("jobs", {
        type: "number",
        describe: "Cases generated at once, each on its own worker thread (default: the number of cores)",
      })
      .option("lang", {
        choices: ["en", "ko", "both"] as const,
        describe: "Document language for every case (default: each case's filing.languages)",
      })
      .option("format", { type: "string", default: "docx,pdf", describe: "Formats to write: docx, pdf or docx,pdf" })
      .option("force", {
        type: "boolean",
        default: false,
        describe: "Replace packet folders and the summary that already exist in --out",
      })
      .option("allow-out-of-scope", {
        type: "boolean",
        default: false,
        describe: "Keep duties outside the code's scope as written (marked in each report)",
      })
      .option("json", {
        type: "boolean",
        default: false,
        describe: "Print the batch summary as JSON (no progress output)",
      })
      .example("$0 batch examples --out packets", "Every case file under examples/, one packet folder each")
      .example(
        "$0 batch 'cases/*.json' --out packets --jobs 2 --lang en",
        "Cases matching a pattern, two at a time, English only",
      ) as never,
  run: async (args, io) => {
    const formats = parseFormats(args.format);
    const jobs = args.jobs;
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS)) {
      throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS} (got ${String(jobs)}).`, [
        "Leave it out to use one worker per core.",
      ]);
    }
    const outDir = path.resolve(io.cwd, args.out);
    const { collectCases } = await import("../batch/collect-cases.js");
    const { runBatch } = await import("../batch/run-batch.js");
    const { tuneV8ForBatch } = await import("../batch/batch-jit.js");
    const { cases, unmatched, skipped } = await collectCases(args.cases, { cwd: io.cwd, exclude: [outDir] });
    if (!args.json) for (const input of unmatched) io.stderr(`warning: no case files in "${input}".\n`);
    if (!args.json)
      for (const entry of skipped) io.stderr(`warning: skipped ${displayPath(io.cwd, entry.path)}: ${entry.reason}.\n`);
    const progress = await progressReporter(io, cases.length, args.json);
    tuneV8ForBatch();
    // Ctrl-C: no new case starts, running ones are stopped and cleaned up, and the summary says what finished.
    const interrupt = new AbortController();
    const onSignal = (signal: NodeJS.Signals): void => interrupt.abort(signal);
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    let summary: BatchSummary;
    try {
      summary = await runBatch({
        signal: interrupt.signal,
        cases,
        outDir,
        ...(jobs !== undefined ? { jobs } : {}),
        caseOptions: {
          ...(args.lang ? { lang: args.lang } : {}),
          formats,
          force: args.force,
          allowOutOfScope: args.allowOutOfScope,
        },
        cwd: io.cwd,
        skipped,
        onCaseDone: progress.done,
      });
    } finally {
      progress.stop();
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
    if (args.json) io.stdout(formatJson(summary));
    else printSummary(summary, io);
    return summary.exitCode;
  },
});
