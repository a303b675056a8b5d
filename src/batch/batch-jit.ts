/**
 * V8's tiering settings for a batch process. With V8's defaults the optimising compiler kept the helper threads about as
 * busy as the workers themselves (11.6 against 14.0 CPU-s for 40 cases at --jobs 1, measured 2026-11-25): each case
 * runs pdf.js, mammoth, docx and fontkit for a few hundred milliseconds on new documents, so functions were optimised
 * on feedback that was still changing, deoptimised and optimised again (953 TurboFan compiles, 8.8 CPU-s, for 20
 * cases). A function must now run four times as long before it is optimised, and a quarter of the inlining budget is
 * allowed per compile: the helper threads' time halves, and 40 cases take 26.5 -> 20.2 CPU-s at --jobs 1 and
 * 36.0 -> 30.1 at --jobs 2. Tiering never changes what the code computes, so the packets are byte-identical.
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
