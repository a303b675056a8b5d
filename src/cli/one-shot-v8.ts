/**
 * V8 settings for a command that runs once and exits. V8's optimising compiler works on a second thread on code that
 * is hot for a few hundred milliseconds only; a cold `generate` then spends more CPU compiling than the compiled code
 * saves: without it, a cold `generate` on two cores took about 12 % less time on Node 20 and 4 % less on Node 24
 * (docs/performance.md). The web server and batches run long enough to gain from it, so they keep V8's defaults.
 */
import v8 from "node:v8";

/** Commands that run long enough for optimised code to pay off. */
const LONG_RUNNING = new Set(["serve", "batch"]);

/** Both Node 20's V8 (11.x, where --opt is its alias) and newer V8 know this flag. */
export const ONE_SHOT_V8_FLAGS = ["--no-turbofan"] as const;

/**
 * The flags for this command line: none without a command, or when any word is a long-running command's name (an
 * option's value such as `--ui ko` may come before the command, so the first word is not always the command).
 */
export function oneShotV8Flags(argv: readonly string[]): readonly string[] {
  const words = argv.filter((arg) => !arg.startsWith("-"));
  return words.length === 0 || words.some((word) => LONG_RUNNING.has(word)) ? [] : ONE_SHOT_V8_FLAGS;
}

/** Applies oneShotV8Flags before the command's code is loaded; only tiering changes, so output is the same. */
export function tuneV8ForOneShot(argv: readonly string[]): void {
  for (const flag of oneShotV8Flags(argv)) v8.setFlagsFromString(flag);
}
