/**
 * Turns the CASES arguments of a batch (folders, globs, files) into a sorted list of case files, each with a
 * unique packet folder name: the file name without .json, or the parent folder's name for `…/NAME/case.json`.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { UsageError } from "../errors.js";
import type { BatchCase } from "./types.js";

/** Files a packet or a batch writes: never cases, even when the batch is pointed at a folder that holds old output. */
const OUTPUT_FILE_NAMES = new Set(["batch-summary.json", "consistency-report.json", "manifest.json"]);
const GLOB_CHARS = /[*?[\]{}]/;

export interface CollectOptions {
  readonly cwd: string;
  /** Folders whose contents are never cases (the batch's own output folder). */
  readonly exclude?: readonly string[];
}

export interface CollectedCases {
  readonly cases: readonly BatchCase[];
  /** Arguments (folders, patterns) that contributed no case file, for a warning. */
  readonly unmatched: readonly string[];
  /** Entries named *.json inside the folders searched that are not taken as cases, with the reason (for the summary). */
  readonly skipped: readonly SkippedEntry[];
}

export interface SkippedEntry {
  readonly path: string;
  readonly reason: string;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/**
 * Every *.json file under a folder, skipping hidden folders, node_modules and excluded folders. A symbolic link to a
 * regular file is followed; other *.json entries that are not regular files are listed in `skipped` with the reason.
 */
function jsonFilesUnder(folder: string, exclude: readonly string[], skipped: SkippedEntry[]): string[] {
  const found: string[] = [];
  const visit = (dir: string): void => {
    if (exclude.some((ex) => isInside(dir, ex))) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      const json = entry.name.toLowerCase().endsWith(".json") && !OUTPUT_FILE_NAMES.has(entry.name);
      if (entry.isDirectory()) {
        if (json)
          skipped.push({ path: full, reason: "a folder named like a case file (searched for case files inside)" });
        visit(full);
      } else if (!json) continue;
      else if (entry.isFile()) found.push(full);
      else if (entry.isSymbolicLink()) {
        let target: ReturnType<typeof statSync> | undefined;
        try {
          target = statSync(full);
        } catch {
          target = undefined;
        }
        if (target?.isFile()) found.push(full);
        else
          skipped.push({
            path: full,
            reason: target
              ? "a symbolic link to something that is not a file (not followed)"
              : "a symbolic link whose target is missing",
          });
      } else skipped.push({ path: full, reason: "not a regular file (a pipe, socket or device), so it is not read" });
    }
  };
  visit(folder);
  return found;
}

/** The packet folder name a case file suggests, made safe as a single path segment. */
export function packetNameFor(casePath: string): string {
  const base = path.basename(casePath);
  const stem =
    base.toLowerCase() === "case.json" ? path.basename(path.dirname(casePath)) : base.replace(/\.json$/i, "");
  const safe = stem
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[.-]+|-+$/g, "");
  return safe || "case";
}

/** Gives each case a distinct name (compared case-insensitively, for case-insensitive file systems): web-developer, web-developer-2, … */
function uniqueNames(files: readonly string[]): BatchCase[] {
  const taken = new Set<string>();
  return files.map((casePath) => {
    const base = packetNameFor(casePath);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return { casePath, name };
  });
}

/**
 * Resolves the inputs. An existing folder contributes its *.json files (recursively), a pattern its matches, and
 * any other argument is taken as a case file (one that does not exist becomes an invalid case, not a stop).
 * Throws UsageError when nothing at all is found.
 */
export async function collectCases(inputs: readonly string[], options: CollectOptions): Promise<CollectedCases> {
  const exclude = (options.exclude ?? []).map((folder) => path.resolve(options.cwd, folder));
  const files: string[] = [];
  const empty: string[] = [];
  const skipped: SkippedEntry[] = [];
  for (const input of inputs) {
    const full = path.resolve(options.cwd, input);
    let stat: ReturnType<typeof statSync> | undefined;
    try {
      stat = statSync(full);
    } catch {
      stat = undefined;
    }
    let found: string[];
    if (stat?.isDirectory()) {
      found = jsonFilesUnder(full, exclude, skipped);
    } else if (!stat && GLOB_CHARS.test(input)) {
      const { glob } = await import("tinyglobby");
      const matches = await glob(input, {
        cwd: options.cwd,
        absolute: true,
        onlyFiles: true,
        ignore: ["**/node_modules/**"],
      });
      found = matches
        .map((file) => path.resolve(file))
        .filter((file) => !exclude.some((ex) => isInside(file, ex)) && !OUTPUT_FILE_NAMES.has(path.basename(file)));
    } else {
      found = [full];
    }
    if (found.length === 0) empty.push(input);
    for (const file of found) files.push(file); // push(...found) overflows the stack past ~100,000 files
  }
  const unique = [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (unique.length === 0) {
    const inputs = empty.map((input) => `"${input}"`).join(", ");
    throw new UsageError(
      `No case files found in ${inputs}.`,
      [
        'Give case files (JSON), a folder that holds them (searched recursively), or a quoted pattern such as "cases/*.json".',
      ],
      {
        message: `다음에서 신청 건 정보 파일을 찾지 못했습니다: ${inputs}.`,
        hints: [
          '신청 건 정보 파일(JSON), 그 파일이 있는 폴더(하위 폴더까지 찾습니다), 또는 "cases/*.json"처럼 따옴표로 감싼 패턴을 지정하십시오.',
        ],
      },
    );
  }
  return { cases: uniqueNames(unique), unmatched: empty, skipped };
}
