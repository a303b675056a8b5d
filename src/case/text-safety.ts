/**
 * Checks on the case's values that the schema cannot express and that would otherwise surface late, as a hang, a
 * wrong number in a document or a refusal from the PDF writer: unbroken words too long to lay out, text made only
 * of spaces, numbers past 2^53, dates in an impossible order, and characters the PDF fonts cannot draw.
 */
import { withParticleAfterName as withParticle } from "../text/korean-particle.js";
import type { Case } from "./types.js";

/** Longest run of characters without a space that a field may hold (a long web address fits; laying out longer runs grows quadratically). */
export const MAX_WORD_CHARS = 200;

/** One problem in a case value, before validateCase gives it its place in the file. */
export interface TextProblem {
  readonly pointer: string;
  readonly keyword: "longWord" | "blank" | "unsafeNumber" | "dateOrder" | "glyph";
  /** The message after the field's name: "is made only of spaces; …". */
  readonly message: string;
  /** The whole message in Korean, given the field's name (its particle depends on the name). */
  readonly messageKo: (field: string) => string;
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
          messageKo: (field) =>
            `${field}의 값이 정확히 담을 수 있는 가장 큰 정수 ${Number.MAX_SAFE_INTEGER.toLocaleString("en-US")}보다 커서 문서에 다른 숫자가 찍힙니다. 금액을 확인하십시오.`,
        });
      }
      continue;
    }
    if (value.length > 0 && value.trim() === "") {
      out.push({
        pointer,
        keyword: "blank",
        message: "is made only of spaces; write the value, or leave the field out if it is optional",
        messageKo: (field) =>
          `${withParticle(field, "은/는")} 공백만으로 되어 있습니다. 값을 쓰거나, 선택 항목이면 필드를 지우십시오.`,
      });
      continue;
    }
    const word = longWord.exec(value);
    if (word) {
      out.push({
        pointer,
        keyword: "longWord",
        message: `has a run of ${[...word[0]].length} characters without a space (from character ${word.index + 1}); documents can lay out at most ${MAX_WORD_CHARS}, so add spaces`,
        messageKo: (field) =>
          `${field}에 공백 없이 ${[...word[0]].length}자가 이어진 부분이 있습니다(${word.index + 1}번째 글자부터). 문서는 최대 ${MAX_WORD_CHARS}자까지만 배치할 수 있으니 띄어쓰기를 넣으십시오.`,
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
        messageKo: (field) =>
          `${field}의 "${missing.character}"(${codePoint(missing.character)}, ${missing.index + 1}번째 글자)는 PDF 글꼴로 그릴 수 없습니다. 다른 글자로 바꾸거나(이모지, 사용자 정의 영역 문자, U+200B 같은 보이지 않는 문자는 글꼴에 없습니다) --format docx로만 생성하십시오.`,
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
      messageKo: (field) =>
        `${withParticle(`${field}(${birth})`, "이/가")} filing.plannedFilingDate(${filing})보다 앞서지 않습니다. 연도를 확인하십시오.`,
    });
  }
  const documentDate = data.filing.documentDate;
  if (documentDate !== undefined && documentDate > filing) {
    out.push({
      pointer: "/filing/documentDate",
      keyword: "dateOrder",
      message: `(${documentDate}) is after filing.plannedFilingDate (${filing}); documents are signed on or before the day they are filed`,
      messageKo: (field) =>
        `${withParticle(`${field}(${documentDate})`, "이/가")} filing.plannedFilingDate(${filing})보다 늦습니다. 문서는 신청일 당일이나 그 전에 서명합니다.`,
    });
  }
  return out;
}
