/**
 * Held-out catalog tasks: the catalog's task sentences in groups (by a hash of the English sentence); each group is
 * taken out of the catalog, in both languages, and its sentences are matched against the rest. A task's Korean and
 * English sentences say the same thing, so the two figures compare the languages' matching on dictionary-style
 * wording the index has not seen (the entry's scope and keywords still hold some of it).
 */
import { buildCatalog } from "../catalog/load-catalog.js";
import type { CatalogData } from "../catalog/types.js";
import { matchDuties } from "../match/match-duties.js";

export interface HeldOutTask {
  readonly code: string;
  readonly lang: "ko" | "en";
  readonly text: string;
  readonly group: number;
  /** 1-based rank of the task's own code (Infinity when absent). */
  readonly rank: number;
}

/** FNV-1a of a string. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/** The group a task is held out in; bits above the lowest, since FNV-1a's low bit follows the characters' parity. */
export const taskGroup = (english: string, groups: number): number => (fnv(english) >>> 8) % groups;

/** The catalog data without one group's tasks (both languages), and those tasks with their codes. */
export function withoutGroup(
  data: CatalogData,
  group: number,
  groups: number,
): { readonly data: CatalogData; readonly held: readonly { code: string; ko: string; en: string }[] } {
  const held: { code: string; ko: string; en: string }[] = [];
  const occupations = data.occupations.map((occupation) => {
    if (occupation.code === null) return occupation;
    const code = occupation.code;
    const tasks = occupation.tasks.filter((task) => {
      if (taskGroup(task.en, groups) !== group) return true;
      held.push({ code, ...task });
      return false;
    });
    // The vocabulary of the shipped catalog is not enumerable (it is read on first use), so it is carried by name.
    const { vocabulary, secondaryVocabulary } = occupation;
    return {
      ...occupation,
      ...(vocabulary ? { vocabulary } : {}),
      ...(secondaryVocabulary ? { secondaryVocabulary } : {}),
      tasks,
    };
  });
  return { data: { ...data, occupations }, held };
}

/** Ranks every task sentence of the matchable entries against the catalog without its group (one index per group). */
export function heldOutTasks(data: CatalogData, groups = 5): HeldOutTask[] {
  const outcomes: HeldOutTask[] = [];
  for (let group = 0; group < groups; group++) {
    const { data: rest, held } = withoutGroup(data, group, groups);
    const catalog = buildCatalog(rest);
    for (const task of held)
      for (const lang of ["ko", "en"] as const) {
        const at = matchDuties(catalog, task[lang]).ranking.findIndex((entry) => entry.code === task.code);
        outcomes.push({
          code: task.code,
          lang,
          text: task[lang],
          group,
          rank: at < 0 ? Number.POSITIVE_INFINITY : at + 1,
        });
      }
  }
  return outcomes;
}
