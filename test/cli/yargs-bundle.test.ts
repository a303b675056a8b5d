// The build's one-file yargs (dist/vendor/yargs.js) behaves as the package: same help and errors, and its message
// translations are found although the bundle lives elsewhere than yargs' own files.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type yargsType from "yargs";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";

const BUNDLE = path.join(PACKAGE_ROOT, "dist", "vendor", "yargs.js");

/** What a small parser prints for `argv` in `locale` (help text or the error message). */
async function output(yargs: typeof yargsType, argv: string[], locale: string): Promise<string> {
  let printed = "";
  try {
    await yargs(argv)
      .scriptName("e7-align")
      .locale(locale)
      .command("match <text>", "Match duties", (y) =>
        y.positional("text", { type: "string" }).option("code", { type: "string", describe: "Occupation code" }),
      )
      .strict()
      .demandCommand(1)
      .exitProcess(false)
      .fail((message) => {
        throw new Error(message);
      })
      .parseAsync(argv, {}, (_error, _argv, text) => {
        printed = text;
      });
  } catch (error) {
    printed = (error as Error).message;
  }
  return printed;
}

describe("dist/vendor/yargs.js", () => {
  it("prints what the yargs package prints, in English and in Korean", async () => {
    const bundled = ((await import(pathToFileURL(BUNDLE).href)) as { default: typeof yargsType }).default;
    const original = (await import("yargs")).default;
    for (const locale of ["en", "ko"]) {
      for (const argv of [["--help"], ["match", "--help"], ["match"], ["mtch", "x"]]) {
        expect(await output(bundled, argv, locale), `${locale} ${argv.join(" ")}`).toBe(
          await output(original, argv, locale),
        );
      }
    }
    // Korean from yargs' own translation file: found from the bundle.
    expect(await output(bundled, ["--help"], "ko")).toContain("옵션:");
  });
});
