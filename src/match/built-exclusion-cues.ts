/**
 * One occupation's exclusion cues, split out of src/data/exclusion-cues.json by `npm run build`: a command checks one
 * code, and parsing the whole file (about 20,000 cue strings) took a cold command 12 ms. The split files sit in a
 * folder named by a hash of the data file's content, so a data file edited after the build finds no folder and is
 * read whole as before.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../paths.js";

export const BUILT_CUES_DIR = path.join(PACKAGE_ROOT, "dist", "match", "exclusion-cues");

/** The folder name for a data file's content. */
export function cuesKey(content: Buffer | string): string {
  return createHash("sha256").update(content).digest("hex").slice(0, 16);
}

/** The built folder of a data file's content, or undefined when the build made none for it. */
export function builtCuesFolder(content: Buffer, dir = BUILT_CUES_DIR): string | undefined {
  const folder = path.join(dir, cuesKey(content));
  return existsSync(folder) ? folder : undefined;
}

/** A code's entry from a built folder: null when the code has none, undefined when the folder lacks its file. */
export function readBuiltCues<T>(folder: string, code: string): T | null | undefined {
  try {
    return JSON.parse(readFileSync(path.join(folder, `${code}.json`), "utf8")) as T | null;
  } catch {
    return undefined;
  }
}
