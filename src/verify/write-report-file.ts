/** Writes a report file atomically with owner-only permissions, never replacing an existing file unless told to. */
import { randomBytes } from "node:crypto";
import { link, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { E7Error, ERR, UsageError } from "../errors.js";

/** The report already exists and --force was not given. */
function reportExists(file: string): UsageError {
  return new UsageError(
    `The report file ${file} already exists; it was not overwritten.`,
    ["Choose another path, or pass --force to replace it."],
    {
      message: `보고서 파일 ${file}: 파일이 이미 있어 덮어쓰지 않았습니다.`,
      hints: ["다른 경로를 고르거나, 바꾸려면 --force를 주십시오."],
    },
  );
}

/** Refuses early (before any work) when the report could not be written: an existing file without force, a missing folder. */
export async function checkReportTarget(file: string, force: boolean): Promise<void> {
  const folder = path.dirname(file);
  const folderInfo = await stat(folder).catch(() => undefined);
  if (!folderInfo?.isDirectory())
    throw new UsageError(
      `Cannot write the report ${file}: the folder ${folder} does not exist.`,
      ["Create the folder first, or choose another path."],
      {
        message: `보고서 ${file}: 폴더가 없어 쓸 수 없습니다(${folder}).`,
        hints: ["먼저 폴더를 만들거나, 다른 경로를 고르십시오."],
      },
    );
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory())
    throw new UsageError(
      `Cannot write the report to ${file}: it is a directory.`,
      ["Give a file name, e.g. --report verify-report.md"],
      {
        message: `보고서 ${file}: 폴더이므로 보고서를 쓸 수 없습니다.`,
        hints: ["파일 이름을 지정하십시오(예: --report verify-report.md)."],
      },
    );
  if (info && !force) throw reportExists(file);
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
        if ((error as NodeJS.ErrnoException).code === "EEXIST") throw reportExists(file);
        const reason = (error as Error).message;
        throw new E7Error(ERR.E_WRITE_FAILED, `Cannot write the report ${file}: ${reason}`, {
          ko: { message: `보고서 ${file}: 쓸 수 없습니다(${reason}).` },
        });
      }
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
