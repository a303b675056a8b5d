/** The batch summary's shape, and writing it as OUT/batch-summary.json in one step (temporary file, then rename). */
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ExitCode } from "../errors.js";
import type { DocumentLang } from "../model/nodes.js";
import type { CaseFinding, CaseOutcome, CaseStatus } from "./types.js";

export const BATCH_SUMMARY = "batch-summary.json";

export interface BatchSummaryCase {
  /** The packet folder name inside the output folder. */
  readonly case: string;
  /** The case file, relative to the folder the batch ran from. */
  readonly file: string;
  /** The packet folder, when one was written. */
  readonly packet: string | null;
  readonly status: CaseStatus;
  readonly selectedCode: string | null;
  readonly bestCode: string | null;
  readonly findings: readonly CaseFinding[];
  readonly error?: CaseOutcome["error"];
  readonly ms: number;
}

export interface BatchSummary {
  readonly summaryVersion: 1;
  readonly tool: { readonly name: string; readonly version: string };
  readonly outDir: string;
  readonly jobs: number;
  /** lang "case": each case's own filing.languages. */
  readonly options: {
    readonly lang: DocumentLang | "case";
    readonly formats: readonly string[];
    readonly allowOutOfScope: boolean;
  };
  readonly exitCode: ExitCode;
  readonly totals: { readonly cases: number } & Readonly<Record<CaseStatus, number>>;
  readonly elapsedMs: number;
  readonly casesPerSec: number;
  /** Peak resident memory of the batch process (main thread and all workers). */
  readonly peakRssMb: number;
  readonly cases: readonly BatchSummaryCase[];
  /** Present when Ctrl-C (SIGINT/SIGTERM) stopped the batch: `cases` lists what finished; these did not. */
  readonly interrupted?: {
    readonly signal: string;
    readonly stopped: readonly { readonly case: string; readonly file: string }[];
    readonly notStarted: readonly { readonly case: string; readonly file: string }[];
  };
  /** Entries of the searched folders that were not taken as cases, with the reason. */
  readonly skipped?: readonly { readonly path: string; readonly reason: string }[];
}

/** Writes the summary so that the file is either the old one or the complete new one; owner-only, like the packets (it quotes duties and names). */
export async function writeBatchSummary(outDir: string, summary: BatchSummary): Promise<string> {
  const target = path.join(outDir, BATCH_SUMMARY);
  const temporary = path.join(outDir, `.${BATCH_SUMMARY}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, `${JSON.stringify(summary, null, 2)}\n`, { flag: "wx", mode: 0o600 });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return target;
}
