/** Finds occupation code numbers and occupation names a document cites ("Occupation code: 2224", "직종코드 2224", "웹 개발자"). */
import { normalizeCode } from "../catalog/resolve-code.js";
import type { Catalog, Occupation } from "../catalog/types.js";

/** A code number the document cites, with the occupation(s) it names in any list edition. */
export interface CodeMention {
  readonly code: string;
  /** Ids of the occupations the number names, by edition. */
  readonly readings: readonly { readonly occupationId: string; readonly edition: string }[];
}

/** Words that announce a code number; a bare number (a year, a wage) is never read as a code. */
const CODE_CONTEXT = /(?:code|코드|직종|분류|번호|ksco|e-?7(?:-[1-4s])?|occupation|직업)[^\n\d]{0,25}$/iu;

/** Every catalog code number the text cites in a code context, in order of appearance. */
export function findCodeMentions(catalog: Catalog, text: string): CodeMention[] {
  const mentions: CodeMention[] = [];
  for (const found of text.matchAll(/(?<![\d.,])(S?\d{3,6})(?![\d.,]\d)/giu)) {
    // Form labels are often spaced out ("직    종 :"), so spaces between Hangul syllables are closed up first.
    const before = text
      .slice(Math.max(0, (found.index ?? 0) - 40), found.index ?? 0)
      .replace(/(?<=[\uAC00-\uD7A3])[ \t]+(?=[\uAC00-\uD7A3])/gu, "");
    if (!CODE_CONTEXT.test(before)) continue;
    const code = normalizeCode(found[1]!);
    if (mentions.some((mention) => mention.code === code)) continue;
    const readings = catalog.editions.flatMap((edition) => {
      const occupation = catalog.byEditionCode.get(`${edition.id}:${code}`);
      return occupation ? [{ occupationId: occupation.id, edition: edition.id }] : [];
    });
    if (readings.length > 0) mentions.push({ code, readings });
  }
  return mentions;
}

/** Removes spaces and case so "웹 개발자" matches "웹개발자" and "Web Developer" matches "web developer". */
function squash(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\-_/()·.]+/gu, "");
}

/** True when the text names the occupation: its English or Korean name, or one of its example titles. */
export function namesOccupation(occupation: Occupation, text: string): boolean {
  const haystack = squash(text);
  const names = [occupation.nameEn, occupation.nameKo, ...occupation.exampleTitles.en, ...occupation.exampleTitles.ko];
  return names.some((name) => squash(name).length >= 2 && haystack.includes(squash(name)));
}
