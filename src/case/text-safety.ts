/**
 * Checks on the case's values that the schema cannot express and that would otherwise surface late, as a hang, a
 * wrong number in a document or a refusal from the PDF writer: unbroken words too long to lay out, text made only
 * of spaces, numbers past 2^53, dates in an impossible order, and characters the PDF fonts cannot draw.
 */
import type { Case } from "./types.js";

/** Longest run of characters without a space that a field may hold (a long web address fits; laying out longer runs grows quadratically). */
export const MAX_WORD_CHARS = 200;

/** One problem in a case value, before validateCase gives it its place in the file. */
export interface TextProblem {
  readonly pointer: string;
  readonly keyword: "longWord" | "blank" | "unsafeNumber" | "dateOrder" | "glyph";
  /** The message after the field's name: "is made only of spaces; …". */
  readonly message: string;
}

/** Finds the first character of a text that the documents' fonts cannot draw, or undefined. */
export type GlyphFinder = (text: string) => { readonly character: string; readonly index: number } | undefined;

/** The characters src/checks/direction-controls.ts reports (embeddings, overrides, isolates). */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

const encode = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** Every string and number of a value with its JSON pointer (keys included as the member's pointer). */
function* leaves(value: unknown, pointer: string): Generator<{ pointer: string; value: string | number }> {
  if (typeof value === "string" || typeof value === "number") yield { pointer, value };
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* leaves(item, `${pointer}/${i}`);
  else if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) yield* leaves(item, `${pointer}/${encode(key)}`);
}

const codePoint = (character: string): string =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Problems any string or number of the case may have, wherever it is: checked before the schema, on the raw value. */
export function findValueProblems(data: unknown, findMissingGlyph?: GlyphFinder): TextProblem[] {
  const out: TextProblem[] = [];
  const longWord = new RegExp(`\\S{${MAX_WORD_CHARS + 1},}`, "u");
  for (const { pointer, value } of leaves(data, "")) {
    if (typeof value === "number") {
      if (Math.abs(value) > Number.MAX_SAFE_INTEGER) {
        out.push({
          pointer,
          keyword: "unsafeNumber",
          message: `is larger than ${Number.MAX_SAFE_INTEGER.toLocaleString("en-US")}, the largest whole number that can be kept exactly (documents would print another number); check the amount`,
        });
      }
      continue;
    }
    if (value.length > 0 && value.trim() === "") {
      out.push({
        pointer,
        keyword: "blank",
        message: "is made only of spaces; write the value, or leave the field out if it is optional",
      });
      continue;
    }
    const word = longWord.exec(value);
    if (word) {
      out.push({
        pointer,
        keyword: "longWord",
        message: `has a run of ${[...word[0]].length} characters without a space (from character ${word.index + 1}); documents can lay out at most ${MAX_WORD_CHARS}, so add spaces`,
      });
      continue;
    }
    // Direction controls are left to the direction-controls check, which explains them; a space keeps the indexes.
    const missing = findMissingGlyph?.(value.replace(DIRECTION_CONTROLS, " "));
    if (missing) {
      out.push({
        pointer,
        keyword: "glyph",
        message: `contains "${missing.character}" (${codePoint(missing.character)}, character ${missing.index + 1} of the text), which the PDF fonts cannot draw; replace it (emoji, private-use and invisible characters such as U+200B are not in the fonts), or generate with --format docx only`,
      });
    }
  }
  return out;
}

/** Dates of a schema-valid case that cannot be in this order. */
export function findDateProblems(data: Case): TextProblem[] {
  const out: TextProblem[] = [];
  const filing = data.filing.plannedFilingDate;
  const birth = data.applicant.dateOfBirth;
  if (birth !== undefined && birth >= filing) {
    out.push({
      pointer: "/applicant/dateOfBirth",
      keyword: "dateOrder",
      message: `(${birth}) is not before filing.plannedFilingDate (${filing}); check the year`,
    });
  }
  const documentDate = data.filing.documentDate;
  if (documentDate !== undefined && documentDate > filing) {
    out.push({
      pointer: "/filing/documentDate",
      keyword: "dateOrder",
      message: `(${documentDate}) is after filing.plannedFilingDate (${filing}); documents are signed on or before the day they are filed`,
    });
  }
  return out;
}
