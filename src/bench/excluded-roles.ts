/**
 * How the verdict treats roles the catalog excludes: duty lists of an excluded role filed under the code that
 * excludes it must never be called a match, and true duty lists of the same codes must never be excluded.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Catalog } from "../catalog/types.js";
import { matchDuties } from "../match/match-duties.js";
import { PACKAGE_ROOT } from "../paths.js";

/** A duty list of one role filed under `code`; `role` is the excluded title (catalog excludedTitles[].en). */
export interface RoleList {
  readonly id: string;
  readonly code: string;
  readonly lang: "en" | "ko";
  readonly role?: string;
  readonly title?: string;
  readonly duties: readonly string[];
}

const EXCLUSIONS_DIR = path.join(PACKAGE_ROOT, "test", "fixtures", "exclusions");
/** Lists written with the cue words in view (the tests' own cases). */
export const SEEN_LISTS_FILE = path.join(EXCLUSIONS_DIR, "duty-lists.json");
/** Lists written by people who never saw the cue words or the rule (see the fixture's note). */
export const BLIND_LISTS_FILE = path.join(EXCLUSIONS_DIR, "blind-lists.json");

export interface ExcludedRoleFigures {
  readonly set: string;
  readonly n: number;
  /** Lists called a match: the target is none. */
  readonly match: readonly string[];
  /** Lists whose verdict names the very role the list was written as. */
  readonly named: number;
  readonly byVerdict: Readonly<Record<string, number>>;
}

function verdictsOf(catalog: Catalog, lists: readonly RoleList[]) {
  return lists.map((list) => ({
    list,
    result: matchDuties(
      catalog,
      list.duties.map((text) => ({ text })),
      { selectedCode: list.code, ...(list.title ? { title: list.title } : {}) },
    ),
  }));
}

/** Excluded-role lists: how many are called a match, how many are named as the excluded role. */
export function excludedRoleFigures(catalog: Catalog, set: string, lists: readonly RoleList[]): ExcludedRoleFigures {
  const results = verdictsOf(catalog, lists);
  const byVerdict: Record<string, number> = {};
  for (const { result } of results) byVerdict[result.verdict] = (byVerdict[result.verdict] ?? 0) + 1;
  return {
    set,
    n: lists.length,
    match: results.filter(({ result }) => result.verdict === "match").map(({ list }) => list.id),
    named: results.filter(({ list, result }) => result.exclusion?.role.en === list.role).length,
    byVerdict,
  };
}

/** True lists of the codes: the ids of those excluded (the target is none). */
export function falselyExcludedLists(catalog: Catalog, lists: readonly RoleList[]): string[] {
  return verdictsOf(catalog, lists)
    .filter(({ result }) => result.exclusion !== undefined)
    .map(({ list }) => list.id);
}

/** The shipped fixtures: the seen set (excluded and true lists) and, when present, the blind set. */
export function roleListFixtures(): { seen: RoleList[]; seenTrue: RoleList[]; blind: RoleList[] } {
  const seen = JSON.parse(readFileSync(SEEN_LISTS_FILE, "utf8")) as { excluded: RoleList[]; true: RoleList[] };
  const blind = existsSync(BLIND_LISTS_FILE)
    ? (JSON.parse(readFileSync(BLIND_LISTS_FILE, "utf8")) as { lists: RoleList[] }).lists
    : [];
  return { seen: seen.excluded, seenTrue: seen.true, blind };
}

/** The figures as report lines. */
export function formatExcludedRoles(
  figures: readonly ExcludedRoleFigures[],
  falselyExcluded: readonly string[],
): string[] {
  const out = ["excluded roles (lists of a role the catalog excludes, filed under that code; target: none a match)"];
  for (const f of figures) {
    const verdicts = Object.entries(f.byVerdict)
      .sort()
      .map(([verdict, count]) => `${verdict} ${count}`)
      .join(", ");
    out.push(
      `  ${f.set.padEnd(6)} ${f.n} lists: ${verdicts}; the role named ${f.named}; called a match ${f.match.length}${f.match.length ? `: ${f.match.join(", ")}` : ""}`,
    );
  }
  out.push(
    `  true lists of the same codes excluded: ${falselyExcluded.length}${falselyExcluded.length ? `: ${falselyExcluded.join(", ")}` : ""}`,
  );
  return out;
}
