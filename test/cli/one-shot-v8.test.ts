// A one-shot command turns off V8's optimising compiler; the server and batches keep it. The process test uses the
// build (`npm run build` first), as the binary does.
import { execFile } from "node:child_process";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { oneShotV8Flags } from "../../src/cli/one-shot-v8.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const run = promisify(execFile);

describe("oneShotV8Flags", () => {
  it("turns the optimising compiler off for commands that run once", () => {
    for (const command of ["generate", "validate", "verify", "match", "checklist"])
      expect(oneShotV8Flags([command, "case.json"])).toEqual(["--no-turbofan"]);
    expect(oneShotV8Flags(["--json", "generate", "case.json"])).toEqual(["--no-turbofan"]);
  });

  it("leaves V8's defaults for the long-running commands and without a command", () => {
    expect(oneShotV8Flags(["serve", "--port", "8080"])).toEqual([]);
    expect(oneShotV8Flags(["batch", "cases/"])).toEqual([]);
    expect(oneShotV8Flags(["--ui", "ko", "serve"])).toEqual([]);
    expect(oneShotV8Flags(["--version"])).toEqual([]);
    expect(oneShotV8Flags([])).toEqual([]);
  });
});

/**
 * Whether V8 optimises a hot function after tuneV8ForOneShot(argv) and then `afterwards` (a script step), in a fresh
 * process of this Node.
 */
async function optimisesAfter(argv: readonly string[], afterwards = ""): Promise<boolean> {
  const module = pathToFileURL(path.join(PACKAGE_ROOT, "dist", "cli", "one-shot-v8.js")).href;
  const script = `
    const { tuneV8ForOneShot } = await import(${JSON.stringify(module)});
    tuneV8ForOneShot(${JSON.stringify(argv)});
    ${afterwards}
    function add(x) { return x + 1; }
    %PrepareFunctionForOptimization(add); add(1); add(2); %OptimizeFunctionOnNextCall(add); add(3);
    // Bit 16 of the status: the function runs optimised code.
    process.stdout.write(String((%GetOptimizationStatus(add) & 16) !== 0));`;
  const { stdout, stderr } = await run(process.execPath, [
    "--allow-natives-syntax",
    "--input-type=module",
    "-e",
    script,
  ]);
  expect(stderr).not.toMatch(/unrecognized|Error/);
  return stdout === "true";
}

describe("tuneV8ForOneShot", () => {
  it("keeps a hot function unoptimised after a one-shot command, and optimises it for the server", async () => {
    expect(await optimisesAfter(["generate"])).toBe(false);
    expect(await optimisesAfter(["serve"])).toBe(true);
  });
});

describe("training the duty model in a one-shot command", () => {
  it("turns the optimising compiler back on, which a process without a built model needs", async () => {
    const model = pathToFileURL(path.join(PACKAGE_ROOT, "dist", "match", "duty-model.js")).href;
    const train = `
      const { trainDutyModel } = await import(${JSON.stringify(model)});
      trainDutyModel([{ text: "welds hull blocks", label: 0, weight: 1 }, { text: "paints ship hulls", label: 1, weight: 1 }], 2);`;
    expect(await optimisesAfter(["match"])).toBe(false);
    expect(await optimisesAfter(["match"], train)).toBe(true);
  });
});
