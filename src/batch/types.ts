/** Shapes shared by the batch runner, its worker threads and the batch summary. */
import type { MessagePort } from "node:worker_threads";
import type { ErrorCode } from "../errors.js";
import type { DocumentLang } from "../model/nodes.js";
import type { OutputFormat } from "../writers/index.js";

/** One case file of a batch and the packet folder it gets inside the batch's output folder. */
export interface BatchCase {
  /** Absolute path of the case file. */
  readonly casePath: string;
  /** Unique folder name inside the output folder. */
  readonly name: string;
}

/**
 * How one case ended. consistent / inconsistent: a packet was written (exit 0 / 1 on its own); stopped: the case
 * checks found errors and nothing was written (1); invalid: the input could not be used (2); error: a bug (3).
 */
export type CaseStatus = "consistent" | "inconsistent" | "stopped" | "invalid" | "error";

/** A finding as the summary keeps it: enough to act on without opening the packet. */
export interface CaseFinding {
  readonly checkId: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
}

export interface CaseOutcome {
  readonly name: string;
  readonly casePath: string;
  /** Absolute path of the packet folder (present on disk only for consistent and inconsistent). */
  readonly outDir: string;
  readonly status: CaseStatus;
  readonly selectedCode?: string;
  readonly bestCode?: string;
  readonly findings: readonly CaseFinding[];
  /** For invalid and error: the error code, message and hints. */
  readonly error?: { readonly code: ErrorCode; readonly message: string; readonly hints: readonly string[] };
  /** Time spent on the case inside its worker. */
  readonly ms: number;
}

/** The options every case of a batch is generated with. */
export interface BatchCaseOptions {
  readonly lang?: DocumentLang;
  readonly formats: readonly OutputFormat[];
  readonly force: boolean;
  readonly allowOutOfScope: boolean;
  /** Language of the finding messages the summary keeps (default English). */
  readonly ui?: "ko" | "en";
  /** Language of each packet's Markdown report (default English), as generate's --ui sets it. */
  readonly reportUi?: "ko" | "en";
}

/** What a batch worker is started with. */
export interface WorkerData {
  /** Where the worker asks the batch for the PDF fonts' shared bytes (see shared-fonts.ts). */
  readonly fontPort: MessagePort;
}

/** Main thread -> worker: generate one case. */
export interface WorkerTask {
  readonly id: number;
  readonly job: BatchCase;
  readonly outDir: string;
  readonly options: BatchCaseOptions;
}

/** Worker -> main thread: one case finished (never a throw: every outcome is data). */
export interface WorkerReply {
  readonly id: number;
  readonly outcome: CaseOutcome;
}
