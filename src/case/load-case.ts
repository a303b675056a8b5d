/** Turns the bytes of a case file into a JSON value plus its syntax tree, or a syntax error that says where and how to fix it. */
import { evaluate, parse, type DocumentNode, type ValueNode } from "@humanwhocodes/momoa";
import { E7Error, ERR } from "../errors.js";
import { formatSize } from "../io/read-file-limited.js";

/** Case files are a few kilobytes; anything this large is almost certainly the wrong file. */
export const MAX_CASE_BYTES = 1024 * 1024;

/** A case is nested a few levels deep; far deeper input would overflow the recursive parser's stack. */
export const MAX_CASE_DEPTH = 64;

/** A key written twice in one object; JSON.parse would silently keep the last one. */
export interface DuplicateKey {
  /** JSON pointer of the object that holds the key twice. */
  readonly pointer: string;
  readonly key: string;
  /** Position of the second occurrence. */
  readonly line: number;
  readonly column: number;
  readonly firstLine: number;
}

/** A parsed case file: the plain value (not yet validated), its text and the syntax tree used for line:column lookups. */
export interface LoadedCase {
  readonly path: string;
  readonly text: string;
  readonly data: unknown;
  readonly ast: DocumentNode;
  readonly duplicateKeys: readonly DuplicateKey[];
  /** Problems that did not stop parsing (a UTF-8 byte-order mark). */
  readonly notices: readonly string[];
  /** The notices in Korean, index for index. */
  readonly noticesKo: readonly string[];
}

export interface LoadCaseOptions {
  /** File name used in messages. */
  readonly path?: string;
  readonly maxBytes?: number;
}

/** What is wrong and how to fix it, in English and Korean (line for line). */
interface SyntaxWords {
  readonly detail: string;
  readonly hints: readonly string[];
  readonly detailKo: string;
  readonly hintsKo: readonly string[];
}

/** A case file that is not well-formed JSON (or not UTF-8 text); exit code 2. */
export class CaseSyntaxError extends E7Error {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  /** The offending source line with a caret under the column. */
  readonly excerpt: string;
  /** What is wrong, without the file position. */
  readonly detail: string;
  constructor(path: string, line: number, column: number, words: SyntaxWords, excerpt: string) {
    const { detail, hints } = words;
    const excerptLines = excerpt ? excerpt.split("\n") : [];
    super(ERR.E_CASE_SYNTAX, `${path}:${line}:${column}: ${detail}`, {
      hints: [...excerptLines, ...hints],
      ko: { message: `${path}:${line}:${column}: ${words.detailKo}`, hints: [...excerptLines, ...words.hintsKo] },
    });
    this.name = "CaseSyntaxError";
    this.path = path;
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.excerpt = excerpt;
  }
}

/** The source line at `line` with a caret under `column` (both 1-based). */
export function excerptAt(text: string, line: number, column: number): string {
  const source = text.split(/\r?\n/)[line - 1];
  if (source === undefined) return "";
  const shown = source.length > 120 ? source.slice(Math.max(0, column - 60), column + 60) : source;
  const caretColumn = source.length > 120 ? Math.min(column, 60) : column;
  const gutter = `${line} | `;
  return `${gutter}${shown.replace(/\t/g, " ")}\n${" ".repeat(gutter.length + caretColumn - 1)}^`;
}

/** 1-based line and column of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text[i] === "\n") {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Byte offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    // The second byte's range excludes overlong forms (E0, F0), UTF-16 surrogates (ED) and code points past U+10FFFF (F4).
    const second = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && second < 0xa0) ||
      (b === 0xed && second > 0x9f) ||
      (b === 0xf0 && second < 0x90) ||
      (b === 0xf4 && second > 0x8f)
    )
      return i;
    for (let k = 1; k <= need; k += 1) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/** Position (line, column) in a byte buffer, counting characters of the valid UTF-8 prefix. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number; text: string } {
  const text = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const position = positionOf(text, text.length);
  return { ...position, text: new TextDecoder("utf-8").decode(bytes) };
}

/** The opening quote of the first string that runs past the end of its line (JSON strings cannot hold a raw line break). */
function unterminatedString(text: string, before: number): number {
  let start = -1;
  for (let i = 0; i < text.length && i <= before; i += 1) {
    const ch = text[i];
    if (start < 0) {
      if (ch === '"') start = i;
    } else if (ch === "\\") i += 1;
    else if (ch === '"') start = -1;
    else if (ch === "\n" || ch === "\r") return start;
  }
  return start >= 0 && before >= text.length - 1 ? start : -1;
}

/** Offsets of the brackets still open at `before`, outermost first (strings skipped). */
function openBrackets(text: string, before: number): number[] {
  const stack: number[] = [];
  let inString = false;
  for (let i = 0; i < before && i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") stack.push(i);
    else if (ch === "}" || ch === "]") stack.pop();
  }
  return stack;
}

/** Offset of the first bracket that opens level `maxDepth + 1` (strings skipped), or -1. */
function depthExceeded(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i += 1;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "{" || ch === "[") {
      depth += 1;
      if (depth > maxDepth) return i;
    } else if (ch === "}" || ch === "]") depth -= 1;
  }
  return -1;
}

/** Index of the last non-whitespace character before `offset`, or -1. */
function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i -= 1;
  return i;
}

/** A hint in both languages. */
interface Hint {
  readonly en: string;
  readonly ko: string;
}

/** Plain-language hints for a momoa syntax error at `offset`, in English and Korean. */
function syntaxHints(text: string, message: string, offset: number): Hint[] {
  const hints: Hint[] = [];
  const at = (index: number): string => {
    const p = positionOf(text, index);
    return `line ${p.line}, column ${p.column}`;
  };
  const atKo = (index: number): string => {
    const p = positionOf(text, index);
    return `${p.line}행 ${p.column}열`;
  };
  const open = unterminatedString(text, offset);
  if (open >= 0) {
    hints.push({
      en: `The text starting at ${at(open)} has no closing double quote (") on its line. Close the string before the line ends.`,
      ko: `${atKo(open)}에서 시작하는 텍스트에 닫는 큰따옴표(")가 그 줄에 없습니다. 줄이 끝나기 전에 문자열을 닫으십시오.`,
    });
    return hints;
  }
  const prev = previousSignificant(text, offset);
  const prevChar = prev >= 0 ? text[prev] : "";
  const token = /Unexpected token (\w+)/.exec(message)?.[1];
  const character = /Unexpected character '([\s\S])'/.exec(message)?.[1];
  if ((token === "RBrace" || token === "RBracket") && prevChar === ",") {
    hints.push({
      en: `Remove the comma at ${at(prev)}: JSON allows no comma after the last item.`,
      ko: `${atKo(prev)}의 쉼표를 지우십시오. JSON에서는 마지막 항목 뒤에 쉼표를 쓸 수 없습니다.`,
    });
  } else if (token === "RBrace" || token === "RBracket") {
    const open = openBrackets(text, offset).pop();
    const wanted = open === undefined ? undefined : text[open] === "{" ? "}" : "]";
    const closing = token === "RBrace" ? "}" : "]";
    hints.push(
      open !== undefined && wanted !== closing
        ? {
            en: `The ${text[open]} opened at ${at(open)} is not closed: put ${wanted} before this ${closing}.`,
            ko: `${atKo(open)}에서 연 괄호(${text[open]})가 닫히지 않았습니다. 이 ${closing} 앞에 닫는 괄호(${wanted})를 넣으십시오.`,
          }
        : {
            en: `This closing ${closing} has no matching opening bracket, or a value is missing before it.`,
            ko: `이 닫는 괄호(${closing})에 맞는 여는 괄호가 없거나, 그 앞에 값이 빠졌습니다.`,
          },
    );
  } else if (token && prevChar !== undefined && /["\d}\]el]/.test(prevChar) && prevChar !== "") {
    hints.push({
      en: `A comma is missing after ${at(prev)} (between two items), or a colon is missing after a property name.`,
      ko: `${atKo(prev)} 뒤에 쉼표가 빠졌거나(두 항목 사이), 속성 이름 뒤에 콜론이 빠졌습니다.`,
    });
  } else if (character === "/" || character === "#") {
    hints.push({
      en: "JSON has no comments. Delete the comment, or keep the note in a text field (for example in a duty's text).",
      ko: "JSON에는 주석을 쓸 수 없습니다. 주석을 지우거나, 메모는 텍스트 필드(예: 직무의 text)에 적으십시오.",
    });
  } else if (character === "'") {
    hints.push({
      en: 'JSON needs double quotes ("like this") around strings and property names, not single quotes.',
      ko: 'JSON에서는 문자열과 속성 이름을 작은따옴표가 아니라 큰따옴표("이렇게")로 감싸야 합니다.',
    });
  } else if (text[offset] === "\\" || character === "\\") {
    hints.push({
      en: 'A backslash in a string starts an escape. Write \\\\ for a backslash, or use / in paths; valid escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX.',
      ko: '문자열 안의 백슬래시는 이스케이프를 시작합니다. 백슬래시는 \\\\로 쓰거나 경로에는 /를 쓰십시오. 올바른 이스케이프는 \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX입니다.',
    });
  } else if (character !== undefined && /[A-Za-z_]/.test(character)) {
    const word = /^[A-Za-z_]\w*/.exec(text.slice(offset))?.[0] ?? character;
    if (/^(True|False|TRUE|FALSE|None|NULL|Null|undefined|NaN|Infinity)$/.test(word))
      hints.push({
        en: `Write true, false or null in lower case (found ${word}); NaN, Infinity and undefined are not JSON.`,
        ko: `true, false, null은 소문자로 쓰십시오(찾은 값: ${word}). NaN, Infinity, undefined는 JSON에 없습니다.`,
      });
    else
      hints.push({
        en: `Property names and text need double quotes: write "${word}" instead of ${word}.`,
        ko: `속성 이름과 텍스트는 큰따옴표로 감싸야 합니다. ${word} 대신 다음처럼 쓰십시오: "${word}"`,
      });
  } else if (character === "\uFEFF") {
    hints.push({
      en: "The file has a byte-order mark (BOM) in the middle. Save it as UTF-8 without BOM.",
      ko: "파일 중간에 바이트 순서 표시(BOM)가 있습니다. BOM 없는 UTF-8로 저장하십시오.",
    });
  } else if (character !== undefined && /\d/.test(character) && (text[offset] === "0" || prevChar === "0")) {
    hints.push({
      en: "Numbers cannot start with 0 (write 1, not 01), and cannot contain commas or units.",
      ko: "숫자는 0으로 시작할 수 없고(01이 아니라 1), 쉼표나 단위를 넣을 수 없습니다.",
    });
  } else if (/end of input/.test(message)) {
    const open = openBrackets(text, text.length);
    const last = open[open.length - 1];
    hints.push(
      last !== undefined
        ? {
            en: `The file ends before every bracket is closed: the ${text[last]} opened at ${at(last)} has no closing ${text[last] === "{" ? "}" : "]"}.`,
            ko: `모든 괄호가 닫히기 전에 파일이 끝납니다. ${atKo(last)}에서 연 괄호(${text[last]})를 닫는 괄호(${text[last] === "{" ? "}" : "]"})가 없습니다.`,
          }
        : {
            en: "The file is empty or ends in the middle of a value.",
            ko: "파일이 비어 있거나 값의 중간에서 끝납니다.",
          },
    );
  } else if (character !== undefined) {
    const shown = `${JSON.stringify(character)} (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})`;
    hints.push({
      en: `The character ${shown} is not allowed here.`,
      ko: `이 자리에 쓸 수 없는 문자입니다: ${shown}`,
    });
  }
  return hints;
}

/** momoa's syntax error (without its position) in Korean; a wording this does not know is kept as it is. */
function parserDetailKo(detail: string): string {
  const known: readonly [RegExp, (m: RegExpExecArray) => string][] = [
    [/^Unexpected end of input found$/, () => "입력이 값의 중간에서 끝납니다"],
    [/^Unexpected character '([\s\S])' found$/, (m) => `예상하지 못한 문자가 있습니다: '${m[1]}'`],
    [/^Unexpected identifier '(.*)' found$/, (m) => `예상하지 못한 이름이 있습니다: '${m[1]}'`],
    [/^Unexpected token (\w+) found$/, (m) => `예상하지 못한 토큰이 있습니다: ${m[1]}`],
    [/^Invalid (unicode |hex )?escape (.*)$/, (m) => `잘못된 이스케이프입니다: ${m[2]}`],
  ];
  for (const [pattern, say] of known) {
    const m = pattern.exec(detail);
    if (m) return say(m);
  }
  return detail;
}

/** Finds keys written twice in the same object, anywhere in the tree. */
function findDuplicateKeys(node: ValueNode, pointer: string, out: DuplicateKey[]): void {
  if (node.type === "Object") {
    const seen = new Map<string, number>();
    for (const member of node.members) {
      const key = member.name.type === "String" ? member.name.value : member.name.name;
      const first = seen.get(key);
      if (first !== undefined)
        out.push({
          pointer,
          key,
          line: member.name.loc.start.line,
          column: member.name.loc.start.column,
          firstLine: first,
        });
      else seen.set(key, member.name.loc.start.line);
      findDuplicateKeys(member.value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`, out);
    }
  } else if (node.type === "Array") {
    for (const [index, element] of node.elements.entries())
      findDuplicateKeys(element.value, `${pointer}/${index}`, out);
  }
}

/**
 * Parses case-file bytes. Throws CaseSyntaxError (exit 2) for text that is not UTF-8 JSON, with the line, column,
 * offending line and a hint. A UTF-8 byte-order mark is accepted with a notice.
 */
export function loadCase(bytes: Uint8Array, options: LoadCaseOptions = {}): LoadedCase {
  const path = options.path ?? "case.json";
  const maxBytes = options.maxBytes ?? MAX_CASE_BYTES;
  if (bytes.length > maxBytes) {
    throw new E7Error(
      ERR.E_TOO_LARGE,
      `${path} is ${formatSize(bytes.length)}; a case file is at most ${formatSize(maxBytes)}.`,
      {
        hints: [
          "Is this the right file? A case file is a small JSON document (run `e7-align init` for a starting one).",
        ],
        ko: {
          message: `${path}: 크기가 ${formatSize(bytes.length)}입니다. 신청 건 정보 파일은 최대 ${formatSize(maxBytes)}까지입니다.`,
          hints: [
            "올바른 파일인지 확인하십시오. 신청 건 정보 파일은 작은 JSON 문서입니다(`e7-align init`으로 처음 쓸 파일을 만들 수 있습니다).",
          ],
        },
      },
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CaseSyntaxError(
      path,
      1,
      1,
      {
        detail: "the file is saved as UTF-16 (it starts with a UTF-16 byte-order mark).",
        hints: ["Save it as UTF-8 (in most editors: Save As > Encoding > UTF-8)."],
        detailKo: "파일이 UTF-16으로 저장되어 있습니다(UTF-16 바이트 순서 표시로 시작합니다).",
        hintsKo: ["UTF-8로 저장하십시오(대부분의 편집기에서: 다른 이름으로 저장 > 인코딩 > UTF-8)."],
      },
      "",
    );
  }
  const notices: string[] = [];
  const noticesKo: string[] = [];
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    notices.push(
      `${path} starts with a UTF-8 byte-order mark (BOM); it was ignored. Saving as UTF-8 without BOM avoids problems with other JSON tools.`,
    );
    noticesKo.push(
      `${path}: UTF-8 바이트 순서 표시(BOM)로 시작합니다. BOM은 무시했습니다. BOM 없는 UTF-8로 저장하면 다른 JSON 도구에서도 문제가 생기지 않습니다.`,
    );
  }
  const nul = body.indexOf(0);
  if (nul >= 0) {
    const p = bytePosition(body, nul);
    const utf16 = body.length > 1 && (body[1] === 0 || body[0] === 0);
    throw new CaseSyntaxError(
      path,
      p.line,
      p.column,
      {
        detail: "the file contains a NUL byte (0x00).",
        hints: [
          utf16
            ? "It looks like UTF-16 text. Save it as UTF-8."
            : "The file may be binary, truncated or damaged. Is this the right file?",
        ],
        detailKo: "파일에 NUL 바이트(0x00)가 있습니다.",
        hintsKo: [
          utf16
            ? "UTF-16 텍스트로 보입니다. UTF-8로 저장하십시오."
            : "파일이 바이너리이거나, 잘렸거나, 손상되었을 수 있습니다. 올바른 파일인지 확인하십시오.",
        ],
      },
      "",
    );
  }
  const invalid = firstInvalidUtf8(body);
  if (invalid >= 0) {
    const p = bytePosition(body, invalid);
    const byte = `0x${body[invalid]!.toString(16).toUpperCase().padStart(2, "0")}`;
    throw new CaseSyntaxError(
      path,
      p.line,
      p.column,
      {
        detail: `byte ${byte} is not valid UTF-8.`,
        hints: ["Save the file as UTF-8. Legacy Korean encodings (EUC-KR, CP949) are not accepted."],
        detailKo: `올바른 UTF-8이 아닌 바이트가 있습니다(${byte}).`,
        hintsKo: ["파일을 UTF-8로 저장하십시오. 예전 한글 인코딩(EUC-KR, CP949)은 받지 않습니다."],
      },
      excerptAt(p.text, p.line, p.column),
    );
  }
  const text = new TextDecoder("utf-8").decode(body);
  const tooDeep = depthExceeded(text, MAX_CASE_DEPTH);
  if (tooDeep >= 0) {
    const p = positionOf(text, tooDeep);
    throw new CaseSyntaxError(
      path,
      p.line,
      p.column,
      {
        detail: `the JSON is nested more than ${MAX_CASE_DEPTH} levels deep.`,
        hints: ["A case file is nested only a few levels deep. Is this the right file, or are brackets unbalanced?"],
        detailKo: `JSON이 ${MAX_CASE_DEPTH}단계보다 깊게 중첩되어 있습니다.`,
        hintsKo: ["신청 건 정보 파일은 몇 단계만 중첩됩니다. 올바른 파일인지, 괄호의 짝이 맞는지 확인하십시오."],
      },
      "",
    );
  }
  let ast: DocumentNode;
  try {
    ast = parse(text, { mode: "json", ranges: false, tokens: false });
  } catch (error) {
    const e = error as Error & { line?: number; column?: number; offset?: number };
    if (typeof e.line !== "number" || typeof e.column !== "number") throw error;
    const detail = e.message.replace(/\s*\(\d+:\d+\)\s*$/, "").replace(/\.$/, "");
    const hints = syntaxHints(text, e.message, e.offset ?? 0);
    throw new CaseSyntaxError(
      path,
      e.line,
      e.column,
      {
        detail: `invalid JSON: ${detail}.`,
        hints: hints.map((hint) => hint.en),
        detailKo: `올바른 JSON이 아닙니다. ${parserDetailKo(detail)}.`,
        hintsKo: hints.map((hint) => hint.ko),
      },
      excerptAt(text, e.line, e.column),
    );
  }
  const duplicateKeys: DuplicateKey[] = [];
  findDuplicateKeys(ast.body, "", duplicateKeys);
  return { path, text, data: evaluate(ast), ast, duplicateKeys, notices, noticesKo };
}
