/**
 * Writes a packet folder so that it appears complete or not at all: files go into a private temporary folder
 * beside the destination (0700, files 0600), which is then renamed into place in one step. An existing folder
 * is only replaced with `force`, and only when it is a packet this tool wrote (see assertReplaceablePacket), by
 * moving it aside, renaming the new one in, then deleting the old one.
 * Temporary folders left by killed runs are removed (or, for a moved-aside old packet, put back) by the next run.
 */
import { createHash, randomBytes } from "node:crypto";
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { E7Error, ERR } from "../errors.js";
import { withParticleAfterName } from "../text/korean-particle.js";

/** The output folder exists and --force was not given. */
export class OutputExistsError extends E7Error {
  constructor(outDir: string) {
    super(ERR.E_OUT_EXISTS, `${outDir} already exists; it was left as it is.`, {
      hints: ["Choose another --out folder, or add --force to replace it."],
      ko: {
        message: `${outDir}: 이미 있으므로 그대로 두었습니다.`,
        hints: ["다른 --out 폴더를 고르거나, 바꾸려면 --force를 주십시오."],
      },
    });
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

/** The name of the file that marks a folder as a packet this tool wrote. */
export const PACKET_MANIFEST = "manifest.json";

/** Why --force refused a folder, and what to do, in English and Korean. */
interface RefusalWords {
  readonly en: string;
  readonly ko: string;
}

const OTHER_FOLDER = {
  en: ["Choose another --out folder: --force only replaces a packet folder e7-align wrote."],
  ko: ["다른 --out 폴더를 고르십시오. --force는 e7-align이 쓴 서류 묶음 폴더만 바꿉니다."],
} as const;

/** --force met a folder that is not a packet this tool wrote, or one it must never replace. */
export class NotAPacketError extends E7Error {
  /** The path and why, in Korean, without what was (not) done: batch lists these under its own sentence. */
  readonly reasonKo: string;
  constructor(
    outDir: string,
    reason: RefusalWords,
    hints: { readonly en: readonly string[]; readonly ko: readonly string[] } = OTHER_FOLDER,
  ) {
    super(ERR.E_OUT_NOT_PACKET, `${outDir} ${reason.en}; --force did not replace it, and nothing was touched.`, {
      hints: hints.en,
      ko: {
        message: `${outDir}: ${reason.ko}. --force로 바꾸지 않았고, 아무것도 건드리지 않았습니다.`,
        hints: hints.ko,
      },
    });
    this.name = "NotAPacketError";
    this.reasonKo = `${outDir}: ${reason.ko}`;
  }
}

/** True when `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** The path with symlinks resolved as far as it exists (so /tmp/link/.. and the real folder compare equal). */
async function realPathOf(target: string): Promise<string> {
  return realpath(target).catch(() => path.resolve(target));
}

const shown = (names: readonly string[]): string =>
  names.slice(0, 8).join(", ") + (names.length > 8 ? `, and ${names.length - 8} more` : "");
const shownKo = (names: readonly string[]): string =>
  names.slice(0, 8).join(", ") + (names.length > 8 ? ` 외 ${names.length - 8}개` : "");

/** What --force must never replace a folder holding. */
export interface ReplaceGuard {
  /** Files or folders the replaced folder must not be or hold: the case files. */
  readonly protect?: readonly string[];
  /** The working folder of the command (besides this process's own). */
  readonly cwd?: string;
}

/**
 * Throws unless `outDir` may be replaced by --force: it must be an empty folder, or a folder holding this tool's
 * manifest.json and nothing that manifest does not list, every listed file unchanged since it was written; and it
 * must not be, or hold, the root folder, the home folder, the working folder or a protected path (a case file).
 */
export async function assertReplaceablePacket(outDir: string, guard: ReplaceGuard = {}): Promise<void> {
  const info = await lstat(outDir);
  if (info.isSymbolicLink())
    throw new NotAPacketError(outDir, {
      en: "is a symbolic link, not a packet folder",
      ko: "서류 묶음 폴더가 아니라 심볼릭 링크입니다",
    });
  if (!info.isDirectory())
    throw new NotAPacketError(
      outDir,
      { en: "is a file, not a packet folder", ko: "서류 묶음 폴더가 아니라 파일입니다" },
      { en: ["Choose another --out folder."], ko: ["다른 --out 폴더를 고르십시오."] },
    );
  const target = await realPathOf(outDir);
  const places: [string, RefusalWords][] = [
    ...[process.cwd(), ...(guard.cwd === undefined ? [] : [guard.cwd])].map((cwd): [string, RefusalWords] => [
      cwd,
      { en: "the current folder", ko: "현재 폴더" },
    ]),
    [homedir(), { en: "your home folder", ko: "홈 폴더" }],
    ...(guard.protect ?? []).map((file): [string, RefusalWords] => [
      file,
      { en: "the case file", ko: "신청 건 정보 파일" },
    ]),
  ];
  if (path.parse(target).root === target)
    throw new NotAPacketError(outDir, { en: "is the root folder", ko: "루트 폴더입니다" });
  for (const [place, label] of places) {
    const real = await realPathOf(place);
    if (!within(real, target)) continue;
    const relative = path.relative(target, real);
    throw new NotAPacketError(
      outDir,
      relative === ""
        ? { en: `is ${label.en}`, ko: `${label.ko}입니다` }
        : {
            en: `holds ${label.en} ${relative}`,
            ko: `${withParticleAfterName(`${label.ko}(${relative})`, "이/가")} 들어 있습니다`,
          },
    );
  }
  const entries = await readdir(target, { withFileTypes: true });
  // An empty folder holds nothing to lose (a folder made ready for the packet with mkdir).
  if (entries.length === 0) return;
  const listing = entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).sort();
  let manifest: { manifestVersion?: unknown; tool?: { name?: unknown }; files?: unknown } | undefined;
  try {
    manifest = JSON.parse(await readFile(path.join(target, PACKET_MANIFEST), "utf8")) as typeof manifest;
  } catch {
    manifest = undefined;
  }
  const files = Array.isArray(manifest?.files) ? (manifest.files as { name?: unknown; sha256?: unknown }[]) : undefined;
  if (manifest?.manifestVersion !== 1 || manifest.tool?.name !== "e7-align" || !files) {
    throw new NotAPacketError(outDir, {
      en: `is not a packet folder: it has no manifest.json written by e7-align, and holds ${shown(listing)}`,
      ko: `서류 묶음 폴더가 아닙니다. e7-align이 쓴 manifest.json이 없고, 다음이 들어 있습니다: ${shownKo(listing)}`,
    });
  }
  const listed = new Map<string, unknown>();
  for (const file of files)
    if (typeof file?.name === "string" && !/[/\\]/.test(file.name)) listed.set(file.name, file.sha256);
  const foreign = entries
    .filter((e) => e.name !== PACKET_MANIFEST && !(e.isFile() && listed.has(e.name)))
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
  if (foreign.length > 0)
    throw new NotAPacketError(
      outDir,
      {
        en: `holds ${shown(foreign.sort())}, which its manifest.json does not list`,
        ko: `manifest.json에 없는 항목이 들어 있습니다: ${shownKo(foreign.sort())}`,
      },
      {
        en: ["Move these out of the folder, or choose another --out folder."],
        ko: ["이 항목들을 폴더 밖으로 옮기거나, 다른 --out 폴더를 고르십시오."],
      },
    );
  const changed: string[] = [];
  for (const entry of entries) {
    if (entry.name === PACKET_MANIFEST) continue;
    const bytes = await readFile(path.join(target, entry.name));
    if (createHash("sha256").update(bytes).digest("hex") !== listed.get(entry.name)) changed.push(entry.name);
  }
  if (changed.length > 0) {
    throw new NotAPacketError(
      outDir,
      {
        en: `holds ${shown(changed.sort())}, changed since e7-align wrote ${changed.length === 1 ? "it" : "them"}`,
        ko: `e7-align이 쓴 뒤 바뀐 파일이 들어 있습니다: ${shownKo(changed.sort())}`,
      },
      {
        en: ["Move the changed files out (they are yours now), or choose another --out folder."],
        ko: ["바뀐 파일을 밖으로 옮기거나(이제 사용자의 파일입니다), 다른 --out 폴더를 고르십시오."],
      },
    );
  }
}

/** The output folder cannot be created where --out points (a file in the way, no permission, read-only disk). */
export class OutputUnwritableError extends E7Error {
  constructor(outDir: string, error: unknown) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const blocked = code === "EEXIST" || code === "ENOTDIR";
    super(ERR.E_WRITE_FAILED, `${outDir} cannot be created (${code ?? String(error)}); nothing was written.`, {
      hints: [
        blocked
          ? "A file is in the way: --out must name a folder inside an existing folder."
          : "Choose an --out folder in a place you can write to.",
      ],
      ko: {
        message: `${outDir}: 폴더를 만들 수 없어(${code ?? String(error)}) 아무것도 쓰지 않았습니다.`,
        hints: [
          blocked
            ? "경로에 파일이 있습니다. --out에는 이미 있는 폴더 안의 폴더를 지정하십시오."
            : "쓸 수 있는 곳에 있는 --out 폴더를 고르십시오.",
        ],
      },
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
 * With `abandonedBy`, the folders of that process id count as stale too.
 */
export async function recoverStaleStaging(
  outDir: string,
  options: { readonly abandonedBy?: number } = {},
): Promise<void> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const prefix = `.e7-align-tmp-${path.basename(target)}-`;
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const stale = /^[a-z]+-(\d+)-[0-9a-f]{8}(-old)?$/.exec(name.slice(prefix.length));
    // abandonedBy: this process stopped the run itself (a batch worker terminated on Ctrl-C), so its folders are stale.
    if (!stale || (Number(stale[1]) !== options.abandonedBy && processAlive(Number(stale[1])))) continue;
    const full = path.join(parent, name);
    if (stale[2] && !(await pathExists(target))) await rename(full, target);
    else await rm(full, { recursive: true, force: true });
  }
}

/** A temporary folder beside `outDir` (same file system, so the final rename is atomic). */
export async function createStagingDir(outDir: string, purpose = "new"): Promise<string> {
  const parent = path.dirname(path.resolve(outDir));
  const staging = path.join(
    parent,
    `.e7-align-tmp-${path.basename(outDir)}-${purpose}-${process.pid}-${randomBytes(4).toString("hex")}`,
  );
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

/**
 * Moves the staging folder into place; with `force` an existing packet folder is replaced, otherwise it is an error.
 * The guard (what the replaced folder must not hold) is checked again here, just before the move.
 */
export async function commitStagingDir(
  staging: string,
  outDir: string,
  force: boolean,
  guard: ReplaceGuard = {},
): Promise<void> {
  const target = path.resolve(outDir);
  if (!(await pathExists(target))) {
    await rename(staging, target);
    return;
  }
  if (!force) throw new OutputExistsError(outDir);
  await assertReplaceablePacket(outDir, guard);
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
