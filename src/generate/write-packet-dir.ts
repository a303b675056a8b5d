/**
 * Writes a packet folder so that it appears complete or not at all: files go into a private temporary folder
 * beside the destination (0700, files 0600), which is then renamed into place in one step. An existing folder
 * is only replaced with `force`, by moving it aside, renaming the new one in, then deleting the old one.
 * Temporary folders left by killed runs are removed (or, for a moved-aside old packet, put back) by the next run.
 */
import { randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { E7Error } from "../errors.js";

/** The output folder exists and --force was not given. */
export class OutputExistsError extends E7Error {
  constructor(outDir: string) {
    super("E_OUT_EXISTS", `${outDir} already exists; it was left as it is.`, { hints: ["Choose another --out folder, or add --force to replace it."] });
    this.name = "OutputExistsError";
  }
}

/** True when something (file or folder) exists at the path. */
export async function pathExists(target: string): Promise<boolean> {
  try {
    await lstat(target);
    return true;
  } catch {
    return false;
  }
}

/** The output folder cannot be created where --out points (a file in the way, no permission, read-only disk). */
export class OutputUnwritableError extends E7Error {
  constructor(outDir: string, error: unknown) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    super("E_OUT_UNWRITABLE", `${outDir} cannot be created (${code ?? String(error)}); nothing was written.`, {
      hints: [code === "EEXIST" || code === "ENOTDIR" ? "A file is in the way: --out must name a folder inside an existing folder." : "Choose an --out folder in a place you can write to."],
    });
    this.name = "OutputUnwritableError";
  }
}

/** True while a process with this id runs (EPERM: it runs under another user). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Cleans up after runs that were killed: their temporary folders beside `outDir` (named with their process id) are
 * deleted, except that an old packet moved aside by a killed --force run is moved back when `outDir` is missing.
 */
export async function recoverStaleStaging(outDir: string): Promise<void> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const prefix = `.e7-align-tmp-${path.basename(target)}-`;
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const stale = /^[a-z]+-(\d+)-[0-9a-f]{8}(-old)?$/.exec(name.slice(prefix.length));
    if (!stale || processAlive(Number(stale[1]))) continue;
    const full = path.join(parent, name);
    if (stale[2] && !(await pathExists(target))) await rename(full, target);
    else await rm(full, { recursive: true, force: true });
  }
}

/** A temporary folder beside `outDir` (same file system, so the final rename is atomic). */
export async function createStagingDir(outDir: string, purpose = "new"): Promise<string> {
  const parent = path.dirname(path.resolve(outDir));
  const staging = path.join(parent, `.e7-align-tmp-${path.basename(outDir)}-${purpose}-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await mkdir(parent, { recursive: true });
    await recoverStaleStaging(outDir);
    await mkdir(staging, { mode: 0o700 });
  } catch (error) {
    throw new OutputUnwritableError(outDir, error);
  }
  return staging;
}

/** Writes one file into the staging folder, readable by the owner only. */
export async function writeStagedFile(staging: string, name: string, bytes: Uint8Array | string): Promise<string> {
  const target = path.join(staging, name);
  await writeFile(target, bytes, { mode: 0o600, flag: "wx" });
  return target;
}

/** Moves the staging folder into place; with `force` an existing folder is replaced, otherwise it is an error. */
export async function commitStagingDir(staging: string, outDir: string, force: boolean): Promise<void> {
  const target = path.resolve(outDir);
  if (!(await pathExists(target))) {
    await rename(staging, target);
    return;
  }
  if (!force) throw new OutputExistsError(outDir);
  // --force replaces a packet folder, never a file the user pointed --out at by mistake.
  if (!(await lstat(target)).isDirectory()) {
    throw new E7Error("E_OUT_NOT_FOLDER", `${outDir} is a file, not a packet folder; --force only replaces folders, so it was left as it is.`, { hints: ["Choose another --out folder."] });
  }
  const aside = `${staging}-old`;
  await rename(target, aside);
  try {
    await rename(staging, target);
  } catch (error) {
    await rename(aside, target);
    throw error;
  }
  await rm(aside, { recursive: true, force: true });
}

/** Removes a staging folder left by a failed run. */
export async function discardStagingDir(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
