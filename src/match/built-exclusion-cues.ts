/**
 * One occupation's exclusion cues, split out of src/data/exclusion-cues.json by `npm run build`: a command checks one
 * code, and parsing the whole file (about 20,000 cue strings) took a cold command 12 ms. The split files sit in a
 * folder named by a hash of the data file's content, so a data file edited after the build finds no folder and is
 * read whole as before. The build also stamps the data file's size and modification time with that name: a command
 * whose data file still has them takes the name from the stamp, without reading and hashing the file (and without
 * loading node:crypto, about 15 ms of a cold start).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../paths.js";

export const BUILT_CUES_DIR = path.join(PACKAGE_ROOT, "dist", "match", "exclusion-cues");

/** The build's record of the data file it split: its size and modification time, and the folder's name. */
export const CUES_STAMP = "stamp.json";

interface CuesStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly key: string;
}

/** The folder name for a data file's content. */
export function cuesKey(content: Buffer | string): string {
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(content).digest("hex").slice(0, 16);
}

/** The built folder of a data file's content, or undefined when the build made none for it. */
export function builtCuesFolder(content: Buffer, dir = BUILT_CUES_DIR): string | undefined {
  const folder = path.join(dir, cuesKey(content));
  return existsSync(folder) ? folder : undefined;
}

/** Build step: records the data file's size and modification time beside the folder named `key`. */
export function writeCuesStamp(dataFile: string, key: string, dir = BUILT_CUES_DIR): void {
  const { size, mtimeMs } = statSync(dataFile);
  const stamp: CuesStamp = { size, mtimeMs, key };
  writeFileSync(path.join(dir, CUES_STAMP), `${JSON.stringify(stamp)}\n`);
}

/**
 * The built folder of a data file: named by the build's stamp while the file has the size and modification time the
 * build saw, else by hashing its content (a file edited, or copied with new times); undefined when there is none.
 */
export function builtCuesFolderOf(dataFile: string, dir = BUILT_CUES_DIR): string | undefined {
  try {
    const stamp = JSON.parse(readFileSync(path.join(dir, CUES_STAMP), "utf8")) as CuesStamp;
    const { size, mtimeMs } = statSync(dataFile);
    if (stamp.size === size && stamp.mtimeMs === mtimeMs && /^[0-9a-f]{16}$/.test(stamp.key)) {
      const folder = path.join(dir, stamp.key);
      if (existsSync(folder)) return folder;
    }
  } catch {
    // No stamp, or no data file: hashed below as before.
  }
  return builtCuesFolder(readFileSync(dataFile), dir);
}

/** A code's entry from a built folder: null when the code has none, undefined when the folder lacks its file. */
export function readBuiltCues<T>(folder: string, code: string): T | null | undefined {
  try {
    return JSON.parse(readFileSync(path.join(folder, `${code}.json`), "utf8")) as T | null;
  } catch {
    return undefined;
  }
}
