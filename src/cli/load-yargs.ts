/** yargs for the CLI: the build's one-file bundle, or the package itself when running from src/ or before a build. */
import type yargsType from "yargs";

export async function loadYargs(): Promise<typeof yargsType> {
  try {
    return (await import("../vendor/yargs.js")).default;
  } catch (error) {
    if ((error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
    return (await import("yargs")).default;
  }
}
