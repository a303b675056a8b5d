/** The catalog's shared vocabulary: an occupation's code, the occupation a code names, its label, and the question between two codes. */
import type { Bilingual, Catalog, Occupation } from "./types.js";

/** The occupation's current-list code, or its id for an E-7-S track, which has no list code. */
export function codeOf(occupation: Occupation): string {
  return occupation.code ?? occupation.id;
}

/** The occupation a current-list code or an E-7-S id names, or undefined. */
export function findOccupation(catalog: Catalog, code: string): Occupation | undefined {
  return catalog.byCode.get(code) ?? catalog.byId.get(code);
}

/** Human label for an occupation: "2224 Web developer (웹 개발자)". */
export function occupationLabel(occupation: Occupation): string {
  return `${codeOf(occupation)} ${occupation.nameEn} (${occupation.nameKo})`;
}

/** The label of the occupation a code names, or the code itself when the catalog has none. */
export function labelOf(catalog: Catalog, code: string): string {
  const occupation = findOccupation(catalog, code);
  return occupation ? occupationLabel(occupation) : code;
}

/** The catalog question that tells two occupations apart, from either side's adjacency list. */
export function questionBetween(catalog: Catalog, a: string, b: string): Bilingual | undefined {
  return (
    findOccupation(catalog, a)?.adjacent.find((x) => x.code === b) ??
    findOccupation(catalog, b)?.adjacent.find((x) => x.code === a)
  )?.question;
}
