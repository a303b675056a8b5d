import { describe, expect, it } from "vitest";
import { CaseSyntaxError, loadCase } from "../../src/case/load-case.js";
import { E7Error } from "../../src/errors.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The CaseSyntaxError thrown for `input`. */
function syntaxError(input: string | Uint8Array): CaseSyntaxError {
  try {
    loadCase(typeof input === "string" ? bytes(input) : input, { path: "case.json" });
  } catch (error) {
    expect(error).toBeInstanceOf(CaseSyntaxError);
    return error as CaseSyntaxError;
  }
  throw new Error("expected a syntax error");
}

describe("loadCase", () => {
  it("should parse JSON and keep the syntax tree", () => {
    const loaded = loadCase(bytes('{\n  "a": [1, {"b": "c"}]\n}'));
    expect(loaded.data).toEqual({ a: [1, { b: "c" }] });
    expect(loaded.ast.body.loc.start).toMatchObject({ line: 1, column: 1 });
    expect(loaded.duplicateKeys).toEqual([]);
    expect(loaded.notices).toEqual([]);
  });

  it.each([
    ["trailing comma", '{\n  "a": 1,\n}', 3, 1, /Remove the comma at line 2, column 9/],
    ["trailing comma in a list", '{"a": [1, 2,]}', 1, 13, /Remove the comma at line 1, column 12/],
    [
      "missing closing quote",
      '{\n  "title": "Web Developer,\n  "share": 40\n}',
      3,
      4,
      /line 2, column 12 has no closing double quote/,
    ],
    ["// comment", '{\n  // the job\n  "a": 1\n}', 2, 3, /JSON has no comments/],
    ["/* comment */", '{"a": 1, /* x */ "b": 2}', 1, 10, /JSON has no comments/],
    ["single quotes", "{'a': 1}", 1, 2, /double quotes/],
    ["unquoted key", "{a: 1}", 1, 2, /write "a" instead of a/],
    ["Python True", '{"a": True}', 1, 7, /true, false or null in lower case \(found True\)/],
    ["missing comma", '{"a": 1\n "b": 2}', 2, 2, /comma is missing after line 1, column 7/],
    [
      "wrong closing bracket",
      '{"a": [1, 2}',
      1,
      12,
      /The \[ opened at line 1, column 7 is not closed: put \] before this \}/,
    ],
    ["unclosed object", '{"a": {"b": 1}', 1, 15, /the \{ opened at line 1, column 1 has no closing \}/],
    ["backslash in a path", '{"a": "C:\\Users"}', 1, 10, /backslash/],
    ["leading zero", '{"a": 01}', 1, 7, /cannot start with 0/],
    ["empty file", "", 1, 1, /empty/],
  ])("should locate and explain a syntax error: %s", (_name, input, line, column, hint) => {
    const error = syntaxError(input);
    expect(error.code).toBe("E_CASE_SYNTAX");
    expect(error.exitCode).toBe(2);
    expect([error.line, error.column]).toEqual([line, column]);
    expect(error.message).toMatch(new RegExp(`^case\\.json:${line}:${column}: invalid JSON`));
    expect(error.hints.join("\n")).toMatch(hint);
  });

  it("should show the offending line with a caret under the column", () => {
    const error = syntaxError('{\n  "a": 1,\n}');
    expect(error.excerpt).toBe("3 | }\n    ^");
  });

  it("should accept a UTF-8 byte-order mark with a notice", () => {
    const loaded = loadCase(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('{"a": 1}')]));
    expect(loaded.data).toEqual({ a: 1 });
    expect(loaded.notices[0]).toMatch(/byte-order mark/);
  });

  it("should reject UTF-16 with a hint to save as UTF-8", () => {
    const error = syntaxError(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]));
    expect(error.message).toMatch(/UTF-16/);
    expect(error.hints.join(" ")).toMatch(/UTF-8/);
  });

  it("should reject a NUL byte with its position", () => {
    const error = syntaxError(new Uint8Array([...bytes('{\n "a": '), 0, ...bytes("}")]));
    expect(error.message).toMatch(/NUL byte/);
    expect([error.line, error.column]).toEqual([2, 7]);
  });

  it("should reject invalid UTF-8 (e.g. EUC-KR) with its position", () => {
    // "한" in EUC-KR is 0xC7 0xD1, which is not valid UTF-8.
    const error = syntaxError(new Uint8Array([...bytes('{"a":\n "'), 0xc7, 0xd1, ...bytes('"}')]));
    expect(error.message).toMatch(/byte 0xC7 is not valid UTF-8/);
    expect([error.line, error.column]).toEqual([2, 3]);
    expect(error.hints.join(" ")).toMatch(/EUC-KR/);
  });

  it("should report duplicate keys with both positions", () => {
    const loaded = loadCase(bytes('{\n  "position": {\n    "title": "a",\n    "title": "b"\n  }\n}'));
    expect(loaded.duplicateKeys).toEqual([{ pointer: "/position", key: "title", line: 4, column: 5, firstLine: 3 }]);
  });

  it("should refuse files over the size limit with a clear message", () => {
    try {
      loadCase(bytes(`{"a": "${"x".repeat(3000)}"}`), { path: "big.json", maxBytes: 2048 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(E7Error);
      expect((error as E7Error).code).toBe("E_TOO_LARGE");
      expect((error as E7Error).message).toMatch(/big\.json is 3 KB; a case file is at most 2 KB/);
    }
  });
});
