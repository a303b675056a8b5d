/**
 * V8's tiering settings for a batch process: each case runs pdf.js, mammoth, docx and fontkit briefly on new
 * documents, so V8's defaults optimise functions on feedback that is still changing and throw the code away again;
 * waiting four times as long before optimising, with a quarter of the inlining budget, avoids that churn (figures in
 * docs/performance.md). Tiering never changes what the code computes, so the packets are byte-identical.
 */
import v8 from "node:v8";

export const BATCH_V8_FLAGS = ["--interrupt-budget=270336", "--max-inlined-bytecode-size-cumulative=230"] as const;

/**
 * Applies BATCH_V8_FLAGS to this process. They are process-wide, so the CLI's batch command calls this for its own
 * process before any worker starts (workers read them as they run); runBatch as a library call leaves the host's
 * settings alone. Only tiering thresholds are changed: V8 reads them afresh each time, unlike garbage-collector
 * settings, which must not change in a running process.
 */
export function tuneV8ForBatch(): void {
  if (!batchTuningApplies()) return;
  for (const flag of BATCH_V8_FLAGS) v8.setFlagsFromString(flag);
}

/** The flags were measured on Node 20's V8 (11.x); newer V8 tiers through Maglev and lacks --interrupt-budget (it prints an error). */
export function batchTuningApplies(v8Version: string = process.versions.v8): boolean {
  return v8Version.startsWith("11.");
}
