/** Small lookups shared by several checks (names of codes, the selected code). */
import type { Catalog } from "../catalog/types.js";
import type { CheckContext } from "./types.js";
import { codeOf, findOccupation } from "../catalog/occupation-lookup.js";

/** "Web developer" for "2224" (current code or E-7-S id); the code itself when unknown. */
export function occupationName(catalog: Catalog, code: string): string {
  return findOccupation(catalog, code)?.nameEn ?? code;
}

/** The current-list code of the selected occupation (the id for E-7-S tracks). */
export function selectedCodeOf(context: CheckContext): string {
  return codeOf(context.occupation);
}
