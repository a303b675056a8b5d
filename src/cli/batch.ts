/** `e7-align batch CASES… --out DIR`: generates a packet per case on worker threads and prints a summary table. */
import path from "node:path";
import { UsageError } from "../errors.js";
import type { CaseOutcome } from "../batch/types.js";
import type { BatchSummary } from "../batch/write-batch-summary.js";
import { defineCommand, type CliIo } from "./command.js";
import { fill, formatJson, formatTable, type UiText } from "./format.js";
import { parseFormats } from "./generate.js";
import { type UiLang, uiLangFrom } from "../checks/messages/ui-lang.js";

interface BatchArgs {
  cases: string[];
  out: string;
  jobs?: number;
  lang?: "en" | "ko" | "both";
  format: string;
  force: boolean;
  allowOutOfScope: boolean;
  json: boolean;
  ui?: "ko" | "en";
}

const MAX_JOBS = 64;
/** Errors printed per case under the table; the rest are in batch-summary.json. */
const FINDINGS_SHOWN = 2;

/** batch's frame lines in both UI languages ({x} is filled in by fill). */
const TEXT = {
  seconds: { ko: "{n}초", en: "{n} s" },
  readAs: { ko: "{status}(업무는 {code} 직종으로 읽힘)", en: "{status} (duties read as {code})" },
  failed: { ko: "{status}({code})", en: "{status} ({code})" },
  errorLine: { ko: "{case}: 오류 {check}: {message}", en: "{case}: error {check}: {message}" },
  moreErrors: {
    ko: "{case}: … 나머지 오류 {count}건은 batch-summary.json에 있습니다.",
    en: "{case}: … {more} in batch-summary.json",
  },
  totals: {
    ko: "사례 {cases}건: {parts} ({elapsed}, 병렬 작업 {jobs}개, 초당 {rate}건).",
    en: "{cases}: {parts} in {elapsed} on {jobs} ({rate} cases/s).",
  },
  interrupted: {
    ko: "{signal} 신호로 중단했습니다: 실행 중이던 사례 {stopped}건을 멈추었고({names}), 사례 {notStarted}건은 시작하지 않았습니다.",
    en: "Stopped by {signal}: {stopped} stopped ({names}), {notStarted} not started.",
  },
  none: { ko: "없음", en: "none" },
  summary: { ko: "요약: {file}", en: "Summary: {file}" },
  noCases: {
    ko: '경고: "{input}"에서 신청 건 정보 파일을 찾지 못했습니다.\n',
    en: 'warning: no case files in "{input}".\n',
  },
  skipped: {
    ko: "경고: 신청 건 정보 파일로 읽지 않고 건너뛰었습니다: {path} ({reason}).\n",
    en: "warning: skipped {path}: {reason}.\n",
  },
  bar: { ko: "{bar} {value}/{total}건 | {last}", en: "{bar} {value}/{total} cases | {last}" },
} as const satisfies Record<string, UiText>;

/** Table headers of the summary. */
const HEADER: Readonly<Record<UiLang, readonly string[]>> = {
  ko: ["사례", "코드", "판정", "점검 결과", "소요 시간"],
  en: ["case", "code", "verdict", "findings", "time"],
};

/** How a case ended, in Korean (English prints the status as the summary JSON names it). */
const STATUS_KO: Readonly<Record<CaseOutcome["status"], string>> = {
  consistent: "일치",
  inconsistent: "불일치",
  stopped: "중단",
  invalid: "입력 오류",
  error: "실패",
};

const statusIn = (status: CaseOutcome["status"], ui: UiLang): string => (ui === "ko" ? STATUS_KO[status] : status);

const seconds = (ms: number, ui: UiLang = "en"): string => fill(TEXT.seconds, ui, { n: (ms / 1000).toFixed(1) });

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** "2 errors, 1 warning" ("오류 2건, 경고 1건"), or "0". */
function findingsCell(findings: readonly { severity: string }[], ui: UiLang): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const parts =
    ui === "ko"
      ? [errors ? `오류 ${errors}건` : "", warnings ? `경고 ${warnings}건` : ""]
      : [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""];
  const shown = parts.filter(Boolean);
  return shown.length ? shown.join(", ") : "0";
}

function verdictCell(
  c: {
    readonly status: CaseOutcome["status"];
    readonly selectedCode?: string | null;
    readonly bestCode?: string | null;
    readonly error?: CaseOutcome["error"];
  },
  ui: UiLang = "en",
): string {
  const status = statusIn(c.status, ui);
  if (c.status === "invalid" || c.status === "error")
    return fill(TEXT.failed, ui, { status, code: c.error?.code ?? "?" });
  if (c.bestCode && c.selectedCode && c.bestCode !== c.selectedCode)
    return fill(TEXT.readAs, ui, { status, code: c.bestCode });
  return status;
}

/** Progress: a bar on a terminal, one plain line per finished case otherwise. */
async function progressReporter(
  io: CliIo,
  total: number,
  quiet: boolean,
  ui: UiLang,
): Promise<{ done: (outcome: CaseOutcome, done: number) => void; stop: () => void }> {
  if (quiet) return { done: () => undefined, stop: () => undefined };
  if (io.isTTY && process.stderr.isTTY) {
    const { default: cliProgress } = await import("cli-progress");
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: TEXT.bar[ui],
        hideCursor: true,
        clearOnComplete: true,
        barsize: 30,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { last: "" });
    return {
      done: (outcome, done) => bar.update(done, { last: `${outcome.name}: ${statusIn(outcome.status, ui)}` }),
      stop: () => bar.stop(),
    };
  }
  const width = String(total).length;
  return {
    done: (outcome, done) =>
      io.stderr(
        `[${String(done).padStart(width)}/${total}] ${outcome.name}: ${verdictCell(outcome, ui)}, ${seconds(outcome.ms, ui)}\n`,
      ),
    stop: () => undefined,
  };
}

/** A path relative to the working folder when it is inside it, absolute otherwise. */
function displayPath(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : target;
}

function printSummary(summary: BatchSummary, io: CliIo, ui: UiLang): void {
  const rows = summary.cases.map((c) => [
    c.case,
    c.selectedCode ?? "-",
    verdictCell(c, ui),
    findingsCell(c.findings, ui),
    seconds(c.ms, ui),
  ]);
  const out: string[] = [formatTable(HEADER[ui], rows).trimEnd(), ""];
  for (const c of summary.cases) {
    if (c.error) {
      out.push(`${c.case} (${c.file}): ${c.error.message}`);
      for (const hint of c.error.hints) out.push(`  ${hint}`);
    }
    const errors = c.findings.filter((finding) => finding.severity === "error");
    for (const f of errors.slice(0, FINDINGS_SHOWN))
      out.push(fill(TEXT.errorLine, ui, { case: c.case, check: f.checkId, message: f.message }));
    if (errors.length > FINDINGS_SHOWN) {
      const count = errors.length - FINDINGS_SHOWN;
      out.push(fill(TEXT.moreErrors, ui, { case: c.case, count, more: plural(count, "more error") }));
    }
  }
  if (out.at(-1) !== "") out.push("");
  const t = summary.totals;
  const counted = (count: number, status: CaseOutcome["status"], en: string): string | 0 =>
    count && (ui === "ko" ? `${STATUS_KO[status]} ${count}건` : `${count} ${en}`);
  const parts = [
    ui === "ko" ? `${STATUS_KO.consistent} ${t.consistent}건` : `${t.consistent} consistent`,
    counted(t.inconsistent, "inconsistent", "inconsistent"),
    counted(t.stopped, "stopped", "stopped"),
    counted(t.invalid, "invalid", "invalid"),
    counted(t.error, "error", "failed"),
  ].filter(Boolean);
  out.push(
    fill(TEXT.totals, ui, {
      cases: ui === "ko" ? t.cases : plural(t.cases, "case"),
      parts: parts.join(", "),
      elapsed: seconds(summary.elapsedMs, ui),
      jobs: ui === "ko" ? summary.jobs : plural(summary.jobs, "worker"),
      rate: summary.casesPerSec,
    }),
  );
  if (summary.interrupted) {
    const { signal, stopped, notStarted } = summary.interrupted;
    out.push(
      fill(TEXT.interrupted, ui, {
        signal,
        stopped: ui === "ko" ? stopped.length : plural(stopped.length, "running case"),
        names: stopped.map((c) => c.case).join(", ") || fill(TEXT.none, ui),
        notStarted: ui === "ko" ? notStarted.length : plural(notStarted.length, "case"),
      }),
    );
  }
  out.push(fill(TEXT.summary, ui, { file: displayPath(io.cwd, path.join(summary.outDir, "batch-summary.json")) }));
  io.stdout(`${out.join("\n")}\n`);
}

/** What `--help` says of each option and example, in both UI languages. */
const HELP = {
  cases: {
    en: "Case files, folders (searched for *.json) or quoted patterns",
    ko: "신청 건 정보 파일, 폴더(*.json을 찾음) 또는 따옴표로 감싼 패턴",
  },
  out: {
    en: "Folder for the packet folders (one per case) and batch-summary.json",
    ko: "서류 묶음 폴더(신청 건마다 하나)와 batch-summary.json을 둘 폴더",
  },
  jobs: {
    en: "Cases generated at once, each on its own worker thread (default: the number of cores)",
    ko: "동시에 작성할 신청 건 수(각각 별도 작업 스레드, 기본값: 코어 수)",
  },
  lang: {
    en: "Document language for every case (default: each case's filing.languages)",
    ko: "모든 신청 건의 문서 언어(기본값: 각 신청 건의 filing.languages)",
  },
  format: {
    en: "Formats to write: docx, pdf or docx,pdf",
    ko: "쓸 형식: docx, pdf 또는 docx,pdf",
  },
  force: {
    en: "Replace packet folders and the summary that already exist in --out",
    ko: "--out에 이미 있는 서류 묶음 폴더와 요약 파일을 바꿉니다",
  },
  allowOutOfScope: {
    en: "Keep duties outside the code's scope as written (marked in each report)",
    ko: "코드의 범위를 벗어난 직무를 적힌 그대로 둡니다(각 보고서에 표시)",
  },
  json: {
    en: "Print the batch summary as JSON (no progress output)",
    ko: "일괄 처리 요약을 JSON으로 출력합니다(진행 상황 출력 없음)",
  },
  example1: {
    en: "Every case file under examples/, one packet folder each",
    ko: "examples/ 아래의 모든 신청 건 정보 파일, 각각 서류 묶음 폴더 하나",
  },
  example2: {
    en: "Cases matching a pattern, two at a time, English only",
    ko: "패턴에 맞는 신청 건을 두 건씩, 영문만",
  },
} as const satisfies Record<string, UiText>;

export const batchCommand = defineCommand<BatchArgs>({
  builder: (yargs, ui) =>
    yargs
      .positional("cases", {
        type: "string",
        array: true,
        describe: HELP.cases[ui],
        demandOption: true,
      })
      .option("out", {
        type: "string",
        describe: HELP.out[ui],
        demandOption: true,
      })
      .option("jobs", {
        type: "number",
        describe: HELP.jobs[ui],
      })
      .option("lang", {
        choices: ["en", "ko", "both"] as const,
        describe: HELP.lang[ui],
      })
      .option("format", { type: "string", default: "docx,pdf", describe: HELP.format[ui] })
      .option("force", {
        type: "boolean",
        default: false,
        describe: HELP.force[ui],
      })
      .option("allow-out-of-scope", {
        type: "boolean",
        default: false,
        describe: HELP.allowOutOfScope[ui],
      })
      .option("json", {
        type: "boolean",
        default: false,
        describe: HELP.json[ui],
      })
      .example("$0 batch examples --out packets", HELP.example1[ui])
      .example("$0 batch 'cases/*.json' --out packets --jobs 2 --lang en", HELP.example2[ui]) as never,
  run: async (args, io) => {
    const formats = parseFormats(args.format);
    const jobs = args.jobs;
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= MAX_JOBS)) {
      throw new UsageError(
        `--jobs must be a whole number from 1 to ${MAX_JOBS} (got ${String(jobs)}).`,
        ["Leave it out to use one worker per core."],
        {
          message: `--jobs는 1부터 ${MAX_JOBS}까지의 정수여야 합니다(받은 값: ${String(jobs)}).`,
          hints: ["생략하면 코어마다 작업 스레드를 하나씩 씁니다."],
        },
      );
    }
    const outDir = path.resolve(io.cwd, args.out);
    const { collectCases } = await import("../batch/collect-cases.js");
    const { runBatch } = await import("../batch/run-batch.js");
    const { tuneV8ForBatch } = await import("../batch/batch-jit.js");
    const { cases, unmatched, skipped } = await collectCases(args.cases, { cwd: io.cwd, exclude: [outDir] });
    // Text output follows --ui or the locale; --json changes language only when --ui is given.
    const ui = args.json ? (args.ui ?? "en") : uiLangFrom(args.ui);
    if (!args.json) for (const input of unmatched) io.stderr(fill(TEXT.noCases, ui, { input }));
    if (!args.json)
      for (const entry of skipped)
        io.stderr(fill(TEXT.skipped, ui, { path: displayPath(io.cwd, entry.path), reason: entry.reason }));
    const progress = await progressReporter(io, cases.length, args.json, ui);
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
          ...(ui === "ko" ? { ui } : {}),
          // Only an explicit --ui changes a file of a packet, as with generate.
          ...(args.ui ? { reportUi: args.ui } : {}),
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
    else printSummary(summary, io, ui);
    return summary.exitCode;
  },
});
