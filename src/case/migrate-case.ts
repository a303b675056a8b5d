/**
 * Upgrades a version-1 case (plain-string free texts, an office written out) to version 2: each text goes under
 * the language it is written in, the office becomes an id of the official list, and the fields that now need the
 * other language are listed. Pure: the caller decides where the result is written.
 */
import type { DocumentNode } from "@humanwhocodes/momoa";
import { E7Error, ERR, type KoreanText } from "../errors.js";
import { loadOffices } from "./immigration-offices.js";
import type { DocLang } from "./local-text.js";
import { bilingualPointers, locatePointer, pointerToPath, valueAt } from "./validate-case.js";

/** A text counts as Korean when at least this share of its letters are Hangul. */
export const HANGUL_SHARE_KOREAN = 0.5;

/** The language of a text by its share of Hangul among its letters (undefined when it has no letters). */
export function detectLanguage(text: string): DocLang | undefined {
  const hangul = (text.match(/[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z\u00C0-\u024F]/g) ?? []).length;
  if (hangul + latin === 0) return undefined;
  return hangul / (hangul + latin) >= HANGUL_SHARE_KOREAN ? "ko" : "en";
}

/** A field the migrated case still needs in another language, at its place in the original file. */
export interface NeededText {
  readonly path: string;
  readonly field: string;
  readonly line: number;
  readonly column: number;
  /** The language the text was found to be in, and the one to add. */
  readonly found: DocLang;
  readonly missing: DocLang;
}

export interface MigrationResult {
  /** The version-2 case (key order kept; schemaVersion right after $schema). */
  readonly data: Record<string, unknown>;
  readonly needed: readonly NeededText[];
  /** Other things the user must look at (an office the list does not know). */
  readonly notes: readonly string[];
}

const NOT_A_CASE_HINT = {
  en: "Give the case.json of an application.",
  ko: "신청 건의 case.json을 지정하십시오.",
} as const;

/** A case that cannot be migrated (already version 2, or not a case file); exit code 2. */
export class MigrateError extends E7Error {
  constructor(message: string, hints: readonly string[], ko: KoreanText) {
    super(ERR.E_MIGRATE, message, { hints, ko });
    this.name = "MigrateError";
  }
}

/** The office id a version-1 office text names: its Korean name (ignoring spaces and the middle dot) or English name; the longest name wins. */
export function officeIdFor(text: string): string | undefined {
  const squash = (s: string): string => s.replace(/[\s·ㆍ.\-()]/g, "").toLowerCase();
  const wanted = squash(text);
  let best: { id: string; length: number } | undefined;
  for (const office of loadOffices().offices) {
    for (const name of [office.ko, office.en, office.ko.replace(/출입국·외국인(청|사무소)/, "출입국관리사무소")]) {
      const key = squash(name);
      if (wanted.includes(key) && (!best || key.length > best.length)) best = { id: office.id, length: key.length };
    }
  }
  return best?.id;
}

/** Sets the value at a JSON pointer of plain data (the parent exists: the pointer came from walking the same data). */
function setAt(data: Record<string, unknown>, pointer: string, value: unknown): void {
  const segments = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = segments.pop()!;
  let node: unknown = data;
  for (const segment of segments) node = (node as Record<string, unknown>)[segment];
  (node as Record<string, unknown>)[last] = value;
}

/** Upgrades a parsed version-1 case. Throws MigrateError for a version-2 file or something that is not a case. */
export function migrateCase(input: unknown, ast?: DocumentNode): MigrationResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new MigrateError("The file is not a case file: it is not a JSON object.", [NOT_A_CASE_HINT.en], {
      message: "신청 건 정보 파일이 아닙니다: JSON 객체가 아닙니다.",
      hints: [NOT_A_CASE_HINT.ko],
    });
  }
  const source = input as Record<string, unknown>;
  if (source.schemaVersion !== undefined) {
    throw new MigrateError(
      `The case is already schema version ${JSON.stringify(source.schemaVersion)}; there is nothing to migrate.`,
      ["Run `e7-align validate` on it instead."],
      {
        message: `이미 스키마 버전 ${JSON.stringify(source.schemaVersion)}의 신청 건 정보 파일이므로 올릴 것이 없습니다.`,
        hints: ["대신 `e7-align validate`를 실행하십시오."],
      },
    );
  }
  if (typeof source.filing !== "object" || typeof source.position !== "object") {
    throw new MigrateError("The file is not a case file: it has no filing or position.", [NOT_A_CASE_HINT.en], {
      message: "신청 건 정보 파일이 아닙니다: filing이나 position이 없습니다.",
      hints: [NOT_A_CASE_HINT.ko],
    });
  }
  const data = structuredClone(source);
  const filing = data.filing as Record<string, unknown>;
  const languages = (Array.isArray(filing.languages) ? filing.languages : ["en", "ko"]).filter(
    (l): l is DocLang => l === "ko" || l === "en",
  );
  const needed: NeededText[] = [];
  const notes: string[] = [];
  for (const pointer of bilingualPointers(data)) {
    const value = valueAt(data, pointer);
    if (typeof value !== "string") continue;
    const found = detectLanguage(value) ?? (languages.length === 1 ? languages[0]! : "en");
    setAt(data, pointer, { [found]: value });
    const position = locatePointer(ast, pointer);
    for (const missing of languages) {
      if (missing !== found) needed.push({ path: pointer, field: pointerToPath(pointer), ...position, found, missing });
    }
  }
  if (typeof filing.immigrationOffice === "string") {
    const id = officeIdFor(filing.immigrationOffice);
    if (id) filing.immigrationOffice = id;
    else {
      const position = locatePointer(ast, "/filing/immigrationOffice");
      notes.push(
        `filing.immigrationOffice ${JSON.stringify(filing.immigrationOffice)}${position.line > 0 ? ` (line ${position.line})` : ""} names no office of the official list; write one of the ids listed in docs/case-format.md`,
      );
    }
  }
  // schemaVersion goes right after $schema (or first), so the version is the first thing a reader sees.
  const ordered: Record<string, unknown> = {};
  if ("$schema" in data) ordered.$schema = data.$schema;
  ordered.schemaVersion = 2;
  for (const [key, value] of Object.entries(data)) if (key !== "$schema") ordered[key] = value;
  needed.sort((a, b) => a.line - b.line || a.column - b.column);
  return { data: ordered, needed, notes };
}
