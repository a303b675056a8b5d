/** Helpers for the crash-safety and determinism tests: hash a packet folder and check it against its manifest. */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BINARY = path.join(REPO_ROOT, "dist", "cli", "main.js");

/** Fails with a clear message when the binary has not been built (npm test builds it before vitest). */
export function requireBinary(): string {
  if (!existsSync(BINARY))
    throw new Error(`${BINARY} is missing: run \`npm run build\` (npm test builds it before vitest).`);
  return BINARY;
}

export const sha256 = (bytes: Uint8Array | string): string => createHash("sha256").update(bytes).digest("hex");

/** SHA-256 of every file in a folder, by name. */
export async function hashFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) out[name] = sha256(await readFile(path.join(dir, name)));
  return out;
}

interface ManifestFile {
  readonly name: string;
  readonly sha256: string;
}

/**
 * Checks that `dir` is a complete packet: manifest.json parses, every file it lists is present with the listed
 * SHA-256, and nothing else is in the folder. Returns the manifest's case hash and file list, or a reason.
 */
export async function checkCompletePacket(
  dir: string,
): Promise<{ ok: true; files: readonly string[]; caseSha: string } | { ok: false; reason: string }> {
  let manifest: { files?: readonly ManifestFile[]; case?: { sha256?: string } };
  try {
    manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8")) as typeof manifest;
  } catch (error) {
    return { ok: false, reason: `manifest.json unreadable: ${(error as Error).message}` };
  }
  const listed = manifest.files ?? [];
  if (listed.length === 0) return { ok: false, reason: "manifest lists no files" };
  for (const file of listed) {
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(dir, file.name));
    } catch {
      return { ok: false, reason: `${file.name} listed but missing` };
    }
    if (sha256(bytes) !== file.sha256) return { ok: false, reason: `${file.name} has the wrong SHA-256` };
  }
  const present = (await readdir(dir)).sort();
  const expected = [...listed.map((f) => f.name), "manifest.json"].sort();
  if (JSON.stringify(present) !== JSON.stringify(expected))
    return { ok: false, reason: `folder holds ${present.join(", ")}; manifest lists ${expected.join(", ")}` };
  return { ok: true, files: expected, caseSha: manifest.case?.sha256 ?? "" };
}

/** Permission bits of a path (e.g. 0o600). */
export async function modeOf(target: string): Promise<number> {
  return (await stat(target)).mode & 0o777;
}

export interface BinaryRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

/**
 * Runs the real binary. With `killAfterMs`, sends SIGKILL after that many milliseconds (if still running).
 * `timeoutMs` bounds every run: a hung process is killed and reported with signal SIGKILL.
 */
export function runBinary(
  args: readonly string[],
  options: { cwd?: string; killAfterMs?: number; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<BinaryRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [requireBinary(), ...args], {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const timers = [options.killAfterMs, options.timeoutMs ?? 120_000]
      .filter((ms): ms is number => ms !== undefined)
      .map((ms) => setTimeout(() => child.kill("SIGKILL"), ms));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      for (const timer of timers) clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}
