/** Writes a report file atomically with owner-only permissions, never replacing an existing file unless told to. */
import { randomBytes } from "node:crypto";
import { link, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { E7Error, ERR, UsageError } from "../errors.js";

/** Refuses early (before any work) when the report could not be written: an existing file without force, a missing folder. */
export async function checkReportTarget(file: string, force: boolean): Promise<void> {
  const folder = path.dirname(file);
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo?.isDirectory())
    throw new UsageError(`Cannot write the report ${file}: the folder ${folder} does not exist.`, [
      "Create the folder first, or choose another path.",
    ]);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory())
    throw new UsageError(`Cannot write the report to ${file}: it is a directory.`, [
      "Give a file name, e.g. --report verify-report.md",
    ]);
  if (info && !force)
    throw new UsageError(`The report file ${file} already exists; it was not overwritten.`, [
      "Choose another path, or pass --force to replace it.",
    ]);
}

/**
 * Writes through a temporary file in the same folder, then links it into place (fails if the file appeared
 * meanwhile) or, with force, renames over it: a reader never sees a half-written report.
 */
export async function writeReportFile(file: string, content: string, force: boolean): Promise<void> {
  await checkReportTarget(file, force);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(temporary, content, { mode: 0o600, flag: "wx" });
  try {
    if (force) await rename(temporary, file);
    else {
      try {
        await link(temporary, file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "EEXIST")
          throw new UsageError(`The report file ${file} already exists; it was not overwritten.`, [
            "Choose another path, or pass --force to replace it.",
          ]);
        throw new E7Error(ERR.E_WRITE_FAILED, `Cannot write the report ${file}: ${(error as Error).message}`);
      }
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
