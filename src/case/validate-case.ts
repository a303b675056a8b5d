/** Validates a parsed case file against schemas/case.schema.json and the catalog, reporting every problem at once with its place in the file. */
import path from "node:path";
import type { DocumentNode, ValueNode } from "@humanwhocodes/momoa";
import type { ErrorObject, ValidateFunction } from "ajv";
import { distance } from "fastest-levenshtein";
import { E7Error, ERR } from "../errors.js";
import { SCHEMAS_DIR } from "../paths.js";
import { loadCatalog } from "../catalog/load-catalog.js";
import { closestOccupations, occupationLabel, resolveCode } from "../catalog/resolve-code.js";
import type { Catalog, Occupation } from "../catalog/types.js";
import { checkBusinessRegistrationNumber } from "./business-registration-number.js";
import { loadOffices, officeById, officeForAddress } from "./immigration-offices.js";
import type { DuplicateKey } from "./load-case.js";
import { findDateProblems, findValueProblems, type GlyphFinder, type TextProblem } from "./text-safety.js";
import { loadCaseValidator } from "./case-validator.js";
import { textIn, type DocLang } from "./local-text.js";
import { withParticleAfterName as withParticle } from "../text/korean-particle.js";
import { countryName } from "../text/country-name.js";
import type { Case } from "./types.js";

export const CASE_SCHEMA_PATH = path.join(SCHEMAS_DIR, "case.schema.json");

/** One problem found in a case file. */
export interface CaseProblem {
  /** JSON pointer of the value ("" for the whole file). */
  readonly path: string;
  /** 1-based position in the file; 0 when the value did not come from a file. */
  readonly line: number;
  readonly column: number;
  /** Plain-language message naming the field, what was expected and what was found. */
  readonly message: string;
  /** The same message in Korean (합니다체), built at the same place from the same data; always filled by validateCase. */
  readonly messageKo?: string;
  /** What kind of problem: a JSON Schema keyword, or placeholder, unprintable, duplicateKey, unknownCode, formerCode, checkDigit, dateOrder. */
  readonly keyword: string;
}

export interface CaseValidation {
  readonly valid: boolean;
  readonly errors: readonly CaseProblem[];
  readonly warnings: readonly CaseProblem[];
  /** The validated case, when valid. */
  readonly case?: Case;
  /** The occupation selectedCode names, when it resolves to one. */
  readonly occupation?: Occupation;
}

/** What validateCase reads: a loaded file (with its syntax tree for positions) or a bare value. */
export interface CaseInput {
  readonly data: unknown;
  readonly ast?: DocumentNode;
  readonly duplicateKeys?: readonly DuplicateKey[];
  readonly notices?: readonly string[];
  /** The notices in Korean, index for index. */
  readonly noticesKo?: readonly string[];
  readonly path?: string;
}

export interface ValidateCaseOptions {
  readonly catalog?: Catalog;
  /** The PDF writer's glyph check (src/writers/pdf.ts glyphFinder); text it cannot draw is an error naming the field. */
  readonly findMissingGlyph?: GlyphFinder;
  /** Languages needed besides those filing.languages lists (the language `generate --lang` asks for). */
  readonly languages?: readonly DocLang[];
}

/** A case file that fails validation; exit code 2. `problems` holds every error. */
export class CaseInvalidError extends E7Error {
  readonly problems: readonly CaseProblem[];
  /** The message and hints in Korean, for `--ui ko`. */
  readonly messageKo: string;
  readonly hintsKo: readonly string[];
  constructor(file: string, problems: readonly CaseProblem[]) {
    super(
      ERR.E_CASE_INVALID,
      `${file} is not a valid case file (${problems.length} ${problems.length === 1 ? "error" : "errors"}).`,
      {
        hints: [...problems.map((p) => p.message), `Run \`e7-align validate ${file}\` for the full list.`],
      },
    );
    this.name = "CaseInvalidError";
    this.problems = problems;
    this.messageKo = `${file}: 유효한 신청 건 정보 파일이 아닙니다(오류 ${problems.length}건).`;
    this.hintsKo = [
      ...problems.map((p) => problemMessage(p, "ko")),
      `전체 목록은 다음 명령으로 확인하십시오: \`e7-align validate ${file}\``,
    ];
  }
}

/** A string written by `e7-align init` that the user still has to replace: "<job title in English>". */
export const PLACEHOLDER = /^<[^<>]+>$/;

let compiled: Promise<ValidateFunction> | undefined;

/** The case schema's validator, once per process; ajv is loaded lazily so commands that never validate start fast. */
function caseValidator(): Promise<ValidateFunction> {
  compiled ??= loadCaseValidator();
  return compiled;
}

const decodeSegment = (segment: string): string => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** JSON pointer -> "position.duties[2].share". */
export function pointerToPath(pointer: string): string {
  if (pointer === "") return "(the file)";
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const segment = decodeSegment(raw);
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Finds the position of the value at a JSON pointer (the deepest existing ancestor when it is missing); with `key`, the position of that member's name. */
export function locatePointer(
  ast: DocumentNode | undefined,
  pointer: string,
  key?: string,
): { line: number; column: number } {
  if (!ast) return { line: 0, column: 0 };
  let node: ValueNode = ast.body;
  for (const raw of pointer === "" ? [] : pointer.split("/").slice(1)) {
    const segment = decodeSegment(raw);
    let next: ValueNode | undefined;
    if (node.type === "Object") {
      const members = node.members.filter((m) => m.name.type === "String" && m.name.value === segment);
      next = members[members.length - 1]?.value;
    } else if (node.type === "Array") next = node.elements[Number(segment)]?.value;
    if (!next) break;
    node = next;
  }
  if (key !== undefined && node.type === "Object") {
    const member = node.members.find((m) => m.name.type === "String" && m.name.value === key);
    if (member) return { line: member.name.loc.start.line, column: member.name.loc.start.column };
  }
  return { line: node.loc.start.line, column: node.loc.start.column };
}

const at = (p: { line: number; column: number }): string =>
  p.line > 0 ? ` at line ${p.line}, column ${p.column}` : "";

/** The Korean counterpart of `at`, after the sentence: " (6행 26열)". */
const atKo = (p: { line: number; column: number }): string => (p.line > 0 ? ` (${p.line}행 ${p.column}열)` : "");

/** A field's JSON path in a Korean message: the same path as in English, with the whole file named in Korean. */
const fieldKo = (pointer: string): string => (pointer === "" ? "파일 최상위" : pointerToPath(pointer));

/** A problem's message in the UI language (Korean falls back to English for a problem built without one). */
export function problemMessage(p: CaseProblem, ui: "ko" | "en"): string {
  return ui === "ko" ? (p.messageKo ?? p.message) : p.message;
}

/** A problem's message without its position, for output that prints the line and column in front. */
export function problemMessageUnplaced(p: CaseProblem, ui: "ko" | "en"): string {
  if (ui === "ko" && p.messageKo !== undefined) return p.messageKo.replace(atKo(p), "");
  return p.message.replace(at(p), "");
}

/** How a found value reads in a message. */
function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list of ${value.length}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "string")
    return value === "" ? "an empty string" : JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

/** How a found value reads in a Korean message. */
function describeValueKo(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "빈 목록" : `항목 ${value.length}개의 목록`;
  if (typeof value === "object") return "객체";
  if (typeof value === "string") return value === "" ? "빈 문자열" : describeValue(value);
  return String(value);
}

interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minLength?: number;
  readonly const?: unknown;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
}

/** Example country codes each with its country's name, so a reader who knows the country finds its code. */
function namedCodes(codes: readonly string[], lang: "ko" | "en"): string {
  const named = codes.map((code) =>
    lang === "ko" ? `${countryName(code, "ko")} ${code}` : `${code} (${countryName(code, "en")})`,
  );
  return lang === "ko" ? named.join(", ") : `${named.slice(0, -1).join(", ")} or ${named.at(-1)}`;
}

/** Field-specific wording for the patterns of the case schema. */
function describePattern(pointer: string, pattern: string | undefined): string {
  const last = pointer.split("/").pop() ?? "";
  if (last === "selectedCode" || last === "codeFiled")
    return "an occupation code such as 2224 or S2353 (3 to 5 digits, optionally S first)";
  if (last === "businessRegistrationNumber") return "10 digits written 123-45-67890";
  if (last === "nationality")
    return `the three-letter country code printed in the passport, such as ${namedCodes(["VNM", "IND", "USA"], "en")}`;
  if (last === "country") return `a two-letter country code such as ${namedCodes(["KR", "VN", "US"], "en")}`;
  return `text matching ${pattern ?? "the expected pattern"}`;
}

/** describePattern in Korean. */
function describePatternKo(pointer: string, pattern: string | undefined): string {
  const last = pointer.split("/").pop() ?? "";
  if (last === "selectedCode" || last === "codeFiled")
    return "2224나 S2353 같은 직종코드(숫자 3~5자리, 앞에 S가 올 수 있음)";
  if (last === "businessRegistrationNumber") return "123-45-67890 형식의 숫자 10자리";
  if (last === "nationality") return `여권에 인쇄된 세 글자 국가 코드(예: ${namedCodes(["VNM", "IND", "USA"], "ko")})`;
  if (last === "country") return `두 글자 국가 코드(예: ${namedCodes(["KR", "VN", "US"], "ko")})`;
  return `${pattern ?? "정해진 형식"}에 맞는 텍스트`;
}

/** describeExpected in Korean, as a noun phrase: "0부터 100까지의 숫자". */
function describeExpectedKo(schema: SchemaNode, pointer: string): string {
  const last = pointer.split("/").pop() ?? "";
  if (schema.enum) return `${schema.enum.map((v) => JSON.stringify(v)).join(", ")} 중 하나`;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const low = schema.minimum ?? schema.exclusiveMinimum;
  const exclusive = schema.exclusiveMinimum !== undefined;
  const range = (): string => {
    if (low !== undefined && schema.maximum !== undefined)
      return exclusive ? `${low} 초과 ${schema.maximum} 이하의 ` : `${low}부터 ${schema.maximum}까지의 `;
    if (low !== undefined) return exclusive ? `${low}보다 큰 ` : `${low} 이상의 `;
    if (schema.maximum !== undefined) return `${schema.maximum} 이하의 `;
    return "";
  };
  switch (type) {
    case "integer":
      return /Krw$/.test(last) ? "쉼표·단위·따옴표 없이 원 단위 정수(예: 42000000)" : `${range()}정수`;
    case "number":
      return `${range()}숫자${last === "share" ? "(근무 시간의 백분율, % 기호와 따옴표 없이)" : ""}`;
    case "boolean":
      return "따옴표 없는 true 또는 false";
    case "array":
      return "대괄호 [ ]로 묶은 목록";
    case "object":
      return "중괄호 { }로 묶은 객체";
    case "string":
      if (schema.format === "date") return "YYYY-MM-DD 형식의 날짜";
      if (schema.pattern) return describePatternKo(pointer, schema.pattern);
      return "큰따옴표로 묶은 텍스트";
    default:
      return "알맞은 종류의 값";
  }
}

/** What the schema expects at a node, in words: "a number from 0 to 100". */
function describeExpected(schema: SchemaNode, pointer: string): string {
  const last = pointer.split("/").pop() ?? "";
  if (schema.enum) return `one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  const low = schema.minimum ?? schema.exclusiveMinimum;
  const range = (): string => {
    if (low !== undefined && schema.maximum !== undefined)
      return schema.exclusiveMinimum !== undefined
        ? ` above ${low} and at most ${schema.maximum}`
        : ` from ${low} to ${schema.maximum}`;
    if (low !== undefined)
      return schema.exclusiveMinimum !== undefined
        ? ` above ${low}`
        : low === 0
          ? " (0 or more)"
          : ` of at least ${low}`;
    if (schema.maximum !== undefined) return ` of at most ${schema.maximum}`;
    return "";
  };
  switch (type) {
    case "integer":
      return /Krw$/.test(last)
        ? "a whole number of won, without commas, units or quotes (e.g. 42000000)"
        : `a whole number${range()}`;
    case "number":
      return `a number${range()}${last === "share" ? " (percent of working time, without the % sign or quotes)" : ""}`;
    case "boolean":
      return "true or false (without quotes)";
    case "array":
      return "a list in square brackets [ ]";
    case "object":
      return "an object in curly braces { }";
    case "string":
      if (schema.format === "date") return "a calendar date written YYYY-MM-DD";
      if (schema.pattern) return describePattern(pointer, schema.pattern);
      return "text in double quotes";
    default:
      return "a value of the right kind";
  }
}

function closest(word: string, options: readonly string[]): string | undefined {
  const prefixed =
    word.length >= 3 ? options.find((option) => option.toLowerCase().startsWith(word.toLowerCase())) : undefined;
  if (prefixed) return prefixed;
  const scored = options
    .map((option) => ({ option, d: distance(word.toLowerCase(), option.toLowerCase()) }))
    .sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.option : undefined;
}

/**
 * The errors of a string-or-{ko, en} field (an anyOf) reduced to those of the branch the value's kind chose, so
 * an empty name is "must not be empty", not also "must be an object"; a value of neither kind keeps the anyOf error.
 */
function oneBranchOfEach(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  for (const union of errors.filter((e) => e.keyword === "anyOf")) {
    const alternatives = (union.schema as readonly { type?: string }[] | undefined) ?? [];
    const kind = union.data === null ? "null" : Array.isArray(union.data) ? "array" : typeof union.data;
    const chosen = alternatives.findIndex((alternative) => alternative.type === kind);
    for (const error of errors) {
      if (
        !error.schemaPath.startsWith(`${union.schemaPath}/`) ||
        (error.instancePath !== union.instancePath && !error.instancePath.startsWith(`${union.instancePath}/`))
      )
        continue;
      if (chosen < 0 || !error.schemaPath.startsWith(`${union.schemaPath}/${chosen}/`)) drop.add(error);
    }
    if (chosen >= 0) drop.add(union);
  }
  return errors.filter((e) => !drop.has(e));
}

/** Turns one ajv error into a located, plain-language problem (or nothing, for errors that only repeat another). */
function describeError(error: ErrorObject, ast: DocumentNode | undefined): CaseProblem | undefined {
  const pointer = error.instancePath;
  const field = pointerToPath(pointer);
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const found = describeValue(error.data);
  const f = fieldKo(pointer);
  const foundKo = describeValueKo(error.data);
  /** "X에는 (expected)을 써야 합니다. 지금 값: (found)." */
  const expectKo = (expected: string): string =>
    `${f}에는 ${withParticle(expected, "을/를")} 써야 합니다. 지금 값: ${foundKo}.`;
  const problem = (
    message: string,
    messageKo: string,
    position = locatePointer(ast, pointer),
    where = pointer,
  ): CaseProblem => ({
    path: where,
    line: position.line,
    column: position.column,
    message: `${message}${at(position)}`,
    messageKo: `${messageKo}${atKo(position)}`,
    keyword: error.keyword,
  });
  switch (error.keyword) {
    case "if":
    case "propertyNames":
      return undefined;
    case "required": {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      const description = schema.properties?.[missing]?.description;
      const where = `${pointer}/${missing}`;
      return problem(
        `${pointerToPath(where)} is missing${description ? ` (${description.replace(/\.$/, "")})` : ""}; add it to ${field === "(the file)" ? "the top level" : field}`,
        `${withParticle(pointerToPath(where), "이/가")} 없습니다. ${f}에 추가하십시오.`,
        locatePointer(ast, pointer),
        where,
      );
    }
    case "additionalProperties": {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys(schema.properties ?? {});
      const guess = closest(extra, known);
      const where = `${pointer}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      return problem(
        `${pointerToPath(where)} is not a field of ${field === "(the file)" ? "a case file" : field}${guess ? `; did you mean "${guess}"?` : ""} (known fields: ${known.join(", ")})`,
        `${withParticle(pointerToPath(where), "은/는")} ${pointer === "" ? "신청 건 정보 파일" : f}에 없는 필드입니다.${guess ? ` "${guess}"의 오타가 아닌지 확인하십시오.` : ""} (쓸 수 있는 필드: ${known.join(", ")})`,
        locatePointer(ast, pointer, extra),
        where,
      );
    }
    case "enum": {
      const guess = typeof error.data === "string" ? closest(error.data, (schema.enum ?? []).map(String)) : undefined;
      return problem(
        `${field} must be ${describeExpected(schema, pointer)}; found ${found}${guess ? ` (did you mean "${guess}"?)` : ""}`,
        `${expectKo(describeExpectedKo(schema, pointer))}${guess ? ` "${guess}"의 오타가 아닌지 확인하십시오.` : ""}`,
      );
    }
    case "pattern": {
      const name = (error as ErrorObject & { propertyName?: string }).propertyName;
      if (name !== undefined) {
        return problem(
          `${field} has the key ${JSON.stringify(name)}, which is not a stay status; write statuses like "E-7-1", "E-9" or "F-6"`,
          `${f}의 키 ${withParticle(JSON.stringify(name), "은/는")} 체류자격이 아닙니다. "E-7-1", "E-9", "F-6"처럼 쓰십시오.`,
          locatePointer(ast, pointer, name),
        );
      }
      return problem(
        `${field} must be ${describeExpected(schema, pointer)}; found ${found}`,
        expectKo(describeExpectedKo(schema, pointer)),
      );
    }
    case "format": {
      const onCalendar = typeof error.data === "string" && /^\d{4}-\d{2}-\d{2}$/.test(error.data);
      return problem(
        `${field} must be ${describeExpected(schema, pointer)}${onCalendar ? " that exists on the calendar" : ""}; found ${found}`,
        expectKo(`${onCalendar ? "달력에 있는 " : ""}${describeExpectedKo(schema, pointer)}`),
      );
    }
    case "minLength":
      return schema.minLength === 1
        ? problem(`${field} must not be empty`, `${withParticle(f, "은/는")} 비어 있으면 안 됩니다.`)
        : problem(
            `${field} must be at least ${schema.minLength} characters long; found ${found}`,
            expectKo(`${schema.minLength}자 이상의 텍스트`),
          );
    case "minItems": {
      const limit = (error.params as { limit: number }).limit;
      return problem(
        `${field} needs at least ${limit} ${limit === 1 ? "item" : "items"}; found ${found}`,
        `${f}에는 항목이 ${limit}개 이상 있어야 합니다. 지금 값: ${foundKo}.`,
      );
    }
    case "uniqueItems": {
      const { i, j } = error.params as { i: number; j: number };
      return problem(
        `${field} lists the same value twice (items ${Math.min(i, j)} and ${Math.max(i, j)})`,
        `${f}에 같은 값이 두 번 있습니다(항목 ${Math.min(i, j)}, ${Math.max(i, j)}). 하나만 남기십시오.`,
      );
    }
    case "minProperties":
      return problem(
        `${field} is an empty object; write { "ko": "...", "en": "..." } with the languages the documents need, or leave the field out`,
        `${withParticle(f, "은/는")} 빈 객체입니다. 문서에 필요한 언어로 { "ko": "...", "en": "..." }처럼 쓰거나, 필드를 지우십시오.`,
      );
    case "anyOf":
      return problem(
        `${field} must be text in double quotes or an object such as { "ko": "...", "en": "..." }; found ${found}`,
        expectKo(`큰따옴표로 묶은 텍스트나 { "ko": "...", "en": "..." } 같은 객체`),
      );
    case "const":
      return problem(`${field} ${error.message ?? "is not valid"}`, expectKo(`${JSON.stringify(schema.const)}`));
    case "type":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return problem(
        `${field} must be ${describeExpected(schema, pointer)}; found ${found}`,
        expectKo(describeExpectedKo(schema, pointer)),
      );
    default:
      return problem(
        `${field} ${error.message ?? "is not valid"}`,
        `${withParticle(f, "은/는")} 올바른 값이 아닙니다. 지금 값: ${foundKo}.`,
      );
  }
}

/** Every string in the value that is still an `init` placeholder, by pointer. */
function findPlaceholders(value: unknown, pointer: string, out: { pointer: string; text: string }[]): void {
  if (typeof value === "string" && PLACEHOLDER.test(value.trim())) out.push({ pointer, text: value });
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) findPlaceholders(item, `${pointer}/${i}`, out);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      findPlaceholders(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
  }
}

/**
 * Characters no document can hold: C0/C1 controls other than tab and line breaks, U+FFFE/U+FFFF (forbidden in the
 * .docx XML) and unpaired surrogates. They are invisible in editors, so the user is told where they are.
 */
const UNPRINTABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string (or key) holding an unprintable character, by pointer, with the first such character. */
function findUnprintable(
  value: unknown,
  pointer: string,
  out: { pointer: string; character: string; index: number }[],
): void {
  if (typeof value === "string") {
    const found = UNPRINTABLE.exec(value);
    if (found) out.push({ pointer, character: found[0], index: found.index });
  } else if (Array.isArray(value))
    for (const [i, item] of value.entries()) findUnprintable(item, `${pointer}/${i}`, out);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      findUnprintable(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
  }
}

/** Checks selectedCode against the catalog: unknown codes are errors with the closest codes; former-edition codes are warnings. */
function checkCode(
  catalog: Catalog,
  data: Case,
  ast: DocumentNode | undefined,
): { error?: CaseProblem; warning?: CaseProblem; occupation?: Occupation } {
  const pointer = "/selectedCode";
  const position = locatePointer(ast, pointer);
  const edition = data.filing.codeEdition ?? catalog.currentEdition;
  const make = (keyword: string, message: string, messageKo: string): CaseProblem => ({
    path: pointer,
    ...position,
    message: `${message}${at(position)}`,
    messageKo: `${messageKo}${atKo(position)}`,
    keyword,
  });
  const labelKo = (occupation: Occupation): string => `${occupation.code ?? occupation.id} ${occupation.nameKo}`;
  const codeIs = (code: string): string => `selectedCode ${withParticle(code, "은/는")}`;
  const inEdition = resolveCode(catalog, data.selectedCode, edition);
  if (inEdition.kind === "found" && inEdition.criteriaPage) {
    return {
      occupation: inEdition.occupation,
      warning: make(
        "criteriaPageCode",
        `selectedCode ${inEdition.code} is the number printed on the manual's criteria page, not in its list table; read as ${occupationLabel(inEdition.occupation)}. ${inEdition.criteriaPage.note} File under ${inEdition.occupation.code} unless the office asks for ${inEdition.code}`,
        `${codeIs(inEdition.code)} 지침의 목록표가 아니라 기준 페이지에 인쇄된 번호이므로 ${withParticle(labelKo(inEdition.occupation), "으로/로")} 읽었습니다. 관서가 ${withParticle(inEdition.code, "을/를")} 요구하지 않으면 ${withParticle(String(inEdition.occupation.code), "으로/로")} 신청하십시오.`,
      ),
    };
  }
  if (inEdition.kind === "ambiguous" && inEdition.criteriaPage) {
    return {
      error: make(
        "unknownCode",
        `selectedCode ${inEdition.code} is a number printed on the manual's criteria pages for more than one occupation (${inEdition.readings.map((r) => occupationLabel(r.occupation)).join("; ")}). ${inEdition.criteriaPage.note} Write the list-table code of the job's occupation`,
        `${codeIs(inEdition.code)} 지침의 기준 페이지에서 여러 직종에 인쇄된 번호입니다(${inEdition.readings.map((r) => labelKo(r.occupation)).join("; ")}). 해당 직종의 목록표 코드를 쓰십시오.`,
      ),
    };
  }
  if (inEdition.kind === "found") {
    if (inEdition.isCurrentEdition) return { occupation: inEdition.occupation };
    return {
      occupation: inEdition.occupation,
      warning: make(
        "formerCode",
        `selectedCode ${inEdition.code} is the ${edition} code of ${inEdition.occupation.nameEn}; in the current list (${catalog.currentEdition}) it is ${occupationLabel(inEdition.occupation)}. File under ${inEdition.occupation.code} unless the office still asks for the old number`,
        `${codeIs(inEdition.code)} ${edition} 목록의 ${inEdition.occupation.nameKo} 코드이며, 현행 목록(${catalog.currentEdition})에서는 ${labelKo(inEdition.occupation)}입니다. 관서가 옛 번호를 요구하지 않으면 ${withParticle(String(inEdition.occupation.code), "으로/로")} 신청하십시오.`,
      ),
    };
  }
  const anyEdition = resolveCode(catalog, data.selectedCode);
  if (anyEdition.kind === "found") {
    return {
      occupation: anyEdition.occupation,
      warning: make(
        "formerCode",
        `selectedCode ${anyEdition.code} is not a code in the ${edition} list; it is the ${anyEdition.edition} code of ${anyEdition.occupation.nameEn}, now ${occupationLabel(anyEdition.occupation)}. Read as that occupation; write ${anyEdition.occupation.code} (or set filing.codeEdition to "${anyEdition.edition}")`,
        `${codeIs(anyEdition.code)} ${edition} 목록에 없는 코드입니다. ${anyEdition.edition} 목록의 ${anyEdition.occupation.nameKo} 코드이며 지금은 ${labelKo(anyEdition.occupation)}입니다. 그 직종으로 읽었습니다. ${withParticle(String(anyEdition.occupation.code), "을/를")} 쓰거나 filing.codeEdition을 ${withParticle(`"${anyEdition.edition}"`, "으로/로")} 정하십시오.`,
      ),
    };
  }
  if (anyEdition.kind === "ambiguous") {
    return {
      error: make(
        "unknownCode",
        `selectedCode ${anyEdition.code} is not a code in the ${edition} list and means different occupations in older lists (${anyEdition.readings.map((r) => `${r.edition}: ${occupationLabel(r.occupation)}`).join("; ")}); set filing.codeEdition to the list it comes from, or use the current code`,
        `${codeIs(anyEdition.code)} ${edition} 목록에 없는 코드이고, 이전 목록에서는 서로 다른 직종을 뜻합니다(${anyEdition.readings.map((r) => `${r.edition}: ${labelKo(r.occupation)}`).join("; ")}). filing.codeEdition에 코드가 나온 목록을 적거나 현행 코드를 쓰십시오.`,
      ),
    };
  }
  if (anyEdition.kind === "misused") {
    return {
      error: make(
        "unknownCode",
        `selectedCode ${anyEdition.code} is not the E-7 code for ${anyEdition.misuse.usedFor}: ${anyEdition.misuse.note} Use ${occupationLabel(anyEdition.correct)}`,
        `${codeIs(anyEdition.code)} 이 직무의 E-7 코드가 아닙니다. ${withParticle(labelKo(anyEdition.correct), "을/를")} 쓰십시오.`,
      ),
    };
  }
  const candidates = closestOccupations(catalog, data.selectedCode);
  return {
    error: make(
      "unknownCode",
      `selectedCode ${anyEdition.code} is not an E-7 occupation code in any list edition${candidates.length > 0 ? `; closest: ${candidates.map(occupationLabel).join("; ")}` : ""}. Find the code with \`e7-align codes search <job title>\``,
      `${codeIs(anyEdition.code)} 어느 목록판에도 없는 E-7 직종코드입니다.${candidates.length > 0 ? ` 가장 가까운 코드: ${candidates.map(labelKo).join("; ")}.` : ""} \`e7-align codes search <직무명>\`으로 코드를 찾으십시오.`,
    ),
  };
}

/** A problem of text-safety.ts with the field's name and place in the file. */
function textProblem(ast: DocumentNode | undefined, found: TextProblem): CaseProblem {
  const position = locatePointer(ast, found.pointer);
  return {
    path: found.pointer,
    ...position,
    message: `${pointerToPath(found.pointer)} ${found.message}${at(position)}`,
    messageKo: `${found.messageKo(fieldKo(found.pointer))}${atKo(position)}`,
    keyword: found.keyword,
  };
}

/** Where the bilingual texts of a case are: "*" stands for every index of a list. */
export const BILINGUAL_FIELDS: readonly string[] = [
  "/employer/businessDescription",
  "/position/department",
  "/position/workplace",
  "/position/duties/*/text",
  "/recruitment/domesticEfforts/*/channel",
  "/recruitment/domesticEfforts/*/outcome",
  "/recruitment/whyForeignNational",
  "/recruitment/specialisedSkills/*",
  "/recruitment/expectedEffect",
  "/recruitment/utilisationPlan",
  "/recruitment/otherNotes",
  "/priorApplication/reasons/*",
  "/priorApplication/duties/*/text",
  "/priorApplication/whatChanged/*",
  "/applicant/experience/*/role",
  "/applicant/experience/*/duties",
  "/applicant/education/*/field",
];

/** Fields that are a language-neutral name (a string) or a {ko, en} wording; only the object form needs each language. */
export const NAME_OR_TEXT_FIELDS: readonly string[] = [
  "/position/duties/*/tools/*",
  "/position/duties/*/products/*",
  "/position/duties/*/clients/*",
];

/** Pointers of every bilingual text present in the data (any shape: version 1 strings or version 2 objects), in file order of the list given. */
export function bilingualPointers(data: unknown, fields: readonly string[] = BILINGUAL_FIELDS): string[] {
  const out: string[] = [];
  const walk = (node: unknown, segments: readonly string[], pointer: string): void => {
    if (segments.length === 0) {
      if (node !== undefined && node !== null) out.push(pointer);
      return;
    }
    const [head, ...rest] = segments as [string, ...string[]];
    if (head === "*") {
      if (Array.isArray(node)) for (const [i, item] of node.entries()) walk(item, rest, `${pointer}/${i}`);
    } else if (node !== null && typeof node === "object" && !Array.isArray(node)) {
      walk((node as Record<string, unknown>)[head], rest, `${pointer}/${head}`);
    }
  };
  for (const field of fields) walk(data, field.split("/").slice(1), "");
  return out;
}

const LANGUAGE_NAMES: Readonly<Record<DocLang, string>> = { ko: "Korean (ko)", en: "English (en)" };
const LANGUAGE_NAMES_KO: Readonly<Record<DocLang, string>> = { ko: "한국어(ko)", en: "영어(en)" };

/** The value at a JSON pointer of plain data. */
export function valueAt(data: unknown, pointer: string): unknown {
  let node = data;
  for (const segment of pointer.split("/").slice(1)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[decodeSegment(segment)];
  }
  return node;
}

/** Every bilingual field that lacks a language the documents are written in, each at its line and column. */
function checkLanguages(data: Case, ast: DocumentNode | undefined, extra: readonly DocLang[]): CaseProblem[] {
  const listed = data.filing.languages ?? ["en", "ko"];
  const needed = (["ko", "en"] as const).filter((lang) => listed.includes(lang) || extra.includes(lang));
  const out: CaseProblem[] = [];
  const wordings = bilingualPointers(data, NAME_OR_TEXT_FIELDS).filter(
    (pointer) => typeof valueAt(data, pointer) === "object",
  );
  for (const pointer of [...bilingualPointers(data), ...wordings]) {
    const value = valueAt(data, pointer) as Parameters<typeof textIn>[0];
    const missing = needed.filter((lang) => textIn(value, lang) === undefined);
    if (missing.length === 0) continue;
    const position = locatePointer(ast, pointer);
    const listedAll = missing.every((lang) => listed.includes(lang));
    const why = listedAll ? "filing.languages lists it" : "the documents are asked for in it";
    const whyKo = listedAll ? "filing.languages에 이 언어가 있습니다" : "문서를 이 언어로도 만들도록 요청했습니다";
    out.push({
      path: pointer,
      ...position,
      message: `${pointerToPath(pointer)} has no ${missing.map((lang) => LANGUAGE_NAMES[lang]).join(" or ")} text, but ${why}; add ${missing.map((lang) => `"${lang}": "..."`).join(" and ")}${at(position)}`,
      messageKo: `${pointerToPath(pointer)}에 ${missing.map((lang) => LANGUAGE_NAMES_KO[lang]).join(" 또는 ")} 텍스트가 없지만 ${whyKo}. 다음을 추가하십시오: ${missing.map((lang) => `"${lang}": "..."`).join(", ")}${atKo(position)}`,
      keyword: "missingLanguage",
    });
  }
  return out;
}

/** The office id must be in the official list; where the list knows the employer's district, another office is a warning. */
function checkOffice(data: Case, ast: DocumentNode | undefined): { error?: CaseProblem; warning?: CaseProblem } {
  const pointer = "/filing/immigrationOffice";
  const position = locatePointer(ast, pointer);
  const id = data.filing.immigrationOffice;
  const office = officeById(id);
  if (!office) {
    const ids = loadOffices().offices.map((o) => o.id);
    const guess = closest(id, ids);
    return {
      error: {
        path: pointer,
        ...position,
        message: `filing.immigrationOffice "${id}" is not an office in the official list${guess ? `; did you mean "${guess}"?` : ""} (ids: ${ids.join(", ")})${at(position)}`,
        messageKo: `filing.immigrationOffice ${withParticle(`"${id}"`, "은/는")} 공식 목록에 없는 관서입니다.${guess ? ` "${guess}"의 오타가 아닌지 확인하십시오.` : ""} (id: ${ids.join(", ")})${atKo(position)}`,
        keyword: "unknownOffice",
      },
    };
  }
  const suggested = officeForAddress(data.employer.address.ko);
  if (suggested && suggested.office.id !== office.id) {
    return {
      warning: {
        path: pointer,
        ...position,
        message: `filing.immigrationOffice is "${office.id}" (${office.ko}), but the employer's address (${suggested.district}) is under ${suggested.office.ko} ("${suggested.office.id}"); file there unless the office has told you otherwise${at(position)}`,
        messageKo: `filing.immigrationOffice 값은 "${office.id}"(${office.ko})이지만, 고용주 주소(${suggested.district})의 관할 관서는 ${suggested.office.ko}("${suggested.office.id}")입니다. 관서가 달리 안내하지 않았다면 관할 관서에 신청하십시오.${atKo(position)}`,
        keyword: "officeJurisdiction",
      },
    };
  }
  return {};
}

/** Fields the two-page Recruitment Reason Statement prints; without them it prints a blank. */
function checkRrsFields(data: Case, ast: DocumentNode | undefined): CaseProblem[] {
  const wanted: { pointer: string; present: boolean; what: string; whatKo: string }[] = [
    {
      pointer: "/employer/financials",
      present: data.employer.financials !== undefined,
      what: "the last financial year's capital, sales, liabilities and operating profit",
      whatKo: "직전 사업연도의 자본금·매출액·부채·영업이익",
    },
    {
      pointer: "/applicant/sex",
      present: data.applicant.sex !== undefined,
      what: "the applicant's sex",
      whatKo: "외국인의 성별",
    },
    {
      pointer: "/applicant/passportNumber",
      present: data.applicant.passportNumber !== undefined,
      what: "the passport number",
      whatKo: "여권 번호",
    },
    {
      pointer: "/applicant/addressAbroad",
      present: data.applicant.addressAbroad !== undefined,
      what: "the address abroad",
      whatKo: "해외 주소",
    },
    {
      pointer: "/applicant/phone",
      present: data.applicant.phone !== undefined,
      what: "the applicant's telephone number",
      whatKo: "외국인의 전화번호",
    },
    {
      pointer: "/recruitment/utilisationPlan",
      present: data.recruitment.utilisationPlan !== undefined,
      what: "the utilisation plan (활용계획)",
      whatKo: "활용계획",
    },
  ];
  return wanted
    .filter((w) => !w.present)
    .map((w) => {
      const parent = w.pointer.slice(0, w.pointer.lastIndexOf("/"));
      const position = locatePointer(ast, parent);
      return {
        path: w.pointer,
        ...position,
        message: `${pointerToPath(w.pointer)} is not given, so the Recruitment Reason Statement leaves ${w.what} blank${at(position)}`,
        messageKo: `${withParticle(pointerToPath(w.pointer), "이/가")} 없어 고용사유서의 ${w.whatKo} 칸이 빈칸으로 나갑니다.${atKo(position)}`,
        keyword: "rrsBlank",
      };
    });
}

/** A case written before schema version 2: one error that says how to upgrade it. */
function versionOneProblem(
  data: unknown,
  ast: DocumentNode | undefined,
  file: string | undefined,
): CaseProblem | undefined {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  // Only something that looks like a case is called version 1; anything else gets the schema's own errors.
  if (record.schemaVersion !== undefined || !("filing" in record || "position" in record || "selectedCode" in record))
    return undefined;
  const position = locatePointer(ast, "");
  const name = file ?? "case.json";
  return {
    path: "/schemaVersion",
    ...position,
    message: `${name} is a version-1 case file (it has no "schemaVersion"). Version 2 writes every free text as { "ko": "...", "en": "..." }. Upgrade it with \`e7-align migrate ${name} --out ${name.replace(/\.json$/i, "")}.v2.json\`, which keeps each text in the language it is written in and lists the fields that then need the other language`,
    messageKo: `${name}: 버전 1 신청 건 정보 파일입니다("schemaVersion"이 없습니다). 버전 2에서는 모든 자유 텍스트를 { "ko": "...", "en": "..." }로 씁니다. 다음 명령으로 올리십시오: \`e7-align migrate ${name} --out ${name.replace(/\.json$/i, "")}.v2.json\` (각 텍스트는 쓰인 언어 그대로 두고, 그 뒤 다른 언어가 필요한 필드를 알려 줍니다).${atKo(position)}`,
    keyword: "schemaVersion",
  };
}

/** Date pairs that must not run backwards. */
function checkDateOrder(data: Case, ast: DocumentNode | undefined): CaseProblem[] {
  const out: CaseProblem[] = [];
  const pairs: { pointer: string; start: string; end?: string; what: string }[] = [
    ...data.applicant.experience.map((e, i) => ({
      pointer: `/applicant/experience/${i}`,
      start: e.startDate,
      end: e.endDate,
      what: "experience",
    })),
    ...data.recruitment.domesticEfforts.map((e, i) => ({
      pointer: `/recruitment/domesticEfforts/${i}`,
      start: e.startDate,
      end: e.endDate,
      what: "recruitment effort",
    })),
  ];
  for (const pair of pairs) {
    if (pair.end !== undefined && pair.end < pair.start) {
      const position = locatePointer(ast, `${pair.pointer}/endDate`);
      out.push({
        path: `${pair.pointer}/endDate`,
        ...position,
        message: `${pointerToPath(`${pair.pointer}/endDate`)} (${pair.end}) is before its startDate (${pair.start})${at(position)}`,
        messageKo: `${withParticle(`${pointerToPath(`${pair.pointer}/endDate`)}(${pair.end})`, "이/가")} 시작일 startDate(${pair.start})보다 앞섭니다. 날짜를 확인하십시오.${atKo(position)}`,
        keyword: "dateOrder",
      });
    }
  }
  return out;
}

/**
 * Validates a parsed case: JSON Schema (every error at once), leftover `init` placeholders, duplicate keys,
 * the business registration check digit, date order and the occupation code. Pure apart from the one-time
 * schema compilation.
 */
export async function validateCase(input: CaseInput, options: ValidateCaseOptions = {}): Promise<CaseValidation> {
  const validator = await caseValidator();
  const { data, ast } = input;
  const old = versionOneProblem(data, ast, input.path);
  if (old) return { valid: false, errors: [old], warnings: [] };
  const errors: CaseProblem[] = [];
  const warnings: CaseProblem[] = (input.notices ?? []).map((message, i) => ({
    path: "",
    line: 0,
    column: 0,
    message,
    messageKo: input.noticesKo?.[i] ?? message,
    keyword: "notice",
  }));

  const placeholders: { pointer: string; text: string }[] = [];
  findPlaceholders(data, "", placeholders);
  const placeholderPointers = new Set(placeholders.map((p) => p.pointer));
  for (const placeholder of placeholders) {
    const position = locatePointer(ast, placeholder.pointer);
    errors.push({
      path: placeholder.pointer,
      ...position,
      message: `${pointerToPath(placeholder.pointer)} is still the placeholder ${JSON.stringify(placeholder.text)}; replace it with the real value${at(position)}`,
      messageKo: `${pointerToPath(placeholder.pointer)}에 아직 자리표시 ${withParticle(JSON.stringify(placeholder.text), "이/가")} 그대로 있습니다. 실제 값으로 바꾸십시오.${atKo(position)}`,
      keyword: "placeholder",
    });
  }
  const unprintable: { pointer: string; character: string; index: number }[] = [];
  findUnprintable(data, "", unprintable);
  for (const found of unprintable) {
    const position = locatePointer(ast, found.pointer);
    const code = `U+${found.character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    errors.push({
      path: found.pointer,
      ...position,
      message: `${pointerToPath(found.pointer)} contains the invisible character ${code} (character ${found.index + 1} of the text), which documents cannot show; delete it${at(position)}`,
      messageKo: `${pointerToPath(found.pointer)}의 ${found.index + 1}번째 글자에 문서에 나타낼 수 없는 보이지 않는 문자 ${withParticle(code, "이/가")} 있습니다. 지우십시오.${atKo(position)}`,
      keyword: "unprintable",
    });
  }
  for (const found of findValueProblems(data, options.findMissingGlyph)) errors.push(textProblem(ast, found));
  for (const duplicate of input.duplicateKeys ?? []) {
    errors.push({
      path: `${duplicate.pointer}/${duplicate.key}`,
      line: duplicate.line,
      column: duplicate.column,
      message: `${pointerToPath(`${duplicate.pointer}/${duplicate.key}`)} is written twice (first at line ${duplicate.firstLine}); keep one${at(duplicate)}`,
      messageKo: `${withParticle(pointerToPath(`${duplicate.pointer}/${duplicate.key}`), "이/가")} 두 번 적혀 있습니다(처음은 ${duplicate.firstLine}행). 하나만 남기십시오.${atKo(duplicate)}`,
      keyword: "duplicateKey",
    });
  }
  if (!validator(data)) {
    for (const error of oneBranchOfEach(validator.errors ?? [])) {
      // A placeholder is reported once, as a placeholder, not again as a wrong type or format.
      if (placeholderPointers.has(error.instancePath)) continue;
      const problem = describeError(error, ast);
      if (problem) errors.push(problem);
    }
  }
  if (errors.length > 0) return { valid: false, errors: sortProblems(errors), warnings };

  const valid = data as Case;
  const brn = checkBusinessRegistrationNumber(valid.employer.businessRegistrationNumber);
  if (!brn.valid && brn.reason === "checkDigit") {
    const pointer = "/employer/businessRegistrationNumber";
    const position = locatePointer(ast, pointer);
    errors.push({
      path: pointer,
      ...position,
      message: `employer.businessRegistrationNumber ${JSON.stringify(valid.employer.businessRegistrationNumber)} fails the check digit (the last digit would be ${brn.expected} for these first nine digits); copy the number again from the registration certificate${at(position)}`,
      messageKo: `employer.businessRegistrationNumber ${JSON.stringify(valid.employer.businessRegistrationNumber)}의 검증 숫자가 맞지 않습니다(앞 아홉 자리에 맞는 마지막 자리는 ${brn.expected}입니다). 사업자등록증에서 번호를 다시 옮겨 적으십시오.${atKo(position)}`,
      keyword: "checkDigit",
    });
  }
  errors.push(...checkDateOrder(valid, ast), ...findDateProblems(valid).map((found) => textProblem(ast, found)));
  errors.push(...checkLanguages(valid, ast, options.languages ?? []));
  const office = checkOffice(valid, ast);
  if (office.error) errors.push(office.error);
  if (office.warning) warnings.push(office.warning);
  warnings.push(...checkRrsFields(valid, ast));
  const code = checkCode(options.catalog ?? loadCatalog(), valid, ast);
  if (code.error) errors.push(code.error);
  if (code.warning) warnings.push(code.warning);
  const result = {
    errors: sortProblems(errors),
    warnings,
    ...(code.occupation ? { occupation: code.occupation } : {}),
  };
  return errors.length > 0 ? { valid: false, ...result } : { valid: true, case: valid, ...result };
}

/** File order: by line, then column, so the list reads top to bottom. */
function sortProblems(problems: readonly CaseProblem[]): CaseProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column || a.path.localeCompare(b.path));
}

/** Validates and returns the case and its occupation, or throws CaseInvalidError listing every error. */
export async function requireValidCase(
  input: CaseInput,
  options: ValidateCaseOptions = {},
): Promise<{ case: Case; occupation: Occupation; warnings: readonly CaseProblem[] }> {
  const result = await validateCase(input, options);
  if (!result.valid || !result.case || !result.occupation)
    throw new CaseInvalidError(input.path ?? "case.json", result.errors);
  return { case: result.case, occupation: result.occupation, warnings: result.warnings };
}
