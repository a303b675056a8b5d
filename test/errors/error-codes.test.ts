// The error-code registry is the only place a code is spelt, and docs/errors.md documents exactly its codes.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ERR, ERROR_CODES, type ErrorCode } from "../../src/error-codes.js";
import { E7Error, InputFileError } from "../../src/errors.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const REGISTRY = path.join("src", "error-codes.ts");

/** "E_..." written as a string literal (quotes or backticks around the whole code). */
export function codeLiterals(text: string): string[] {
  return [...text.matchAll(/(["'`])(E_[A-Z][A-Z0-9_]*)\1/g)].map((m) => m[2]!);
}

/** Code-like string literals in every source file except the registry, as "file: E_CODE". */
function strayLiterals(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const file = path.relative(PACKAGE_ROOT, full);
      if (entry.isDirectory()) walk(full);
      else if (/\.(m?ts|mjs|js)$/.test(entry.name) && file !== REGISTRY)
        out.push(...codeLiterals(readFileSync(full, "utf8")).map((code) => `${file}: ${code}`));
    }
  };
  walk(path.join(PACKAGE_ROOT, "src"));
  return out;
}

/** The rows of the main table of docs/errors.md: code -> exit status. */
function documentedCodes(): Map<string, number> {
  const text = readFileSync(path.join(PACKAGE_ROOT, "docs", "errors.md"), "utf8");
  const table = text.slice(0, text.indexOf("## Renamed codes"));
  return new Map([...table.matchAll(/^\| `(E_[A-Z0-9_]+)` \| (\d+) \|/gm)].map((m) => [m[1]!, Number(m[2])]));
}

describe("error codes", () => {
  it("should document every registered code with its exit status, and nothing else, in docs/errors.md", () => {
    const documented = documentedCodes();
    const registered = Object.entries(ERROR_CODES).map(([code, info]) => [code, info.exit] as const);
    expect(registered.length).toBeGreaterThan(20);
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(registered));
  });

  it("should spell no error code as a string literal in src/ outside the registry", () => {
    expect(strayLiterals()).toEqual([]);
  });

  it("should find a stray literal when there is one (the scan works)", () => {
    expect(
      codeLiterals(
        `throw new E7Error("E_WRITE", "x"); const a = 'E_USAGE'; const b = \`E_X\`; ERR.E_USAGE; "not E_USAGE"`,
      ),
    ).toEqual(["E_WRITE", "E_USAGE", "E_X"]);
  });

  it("should take each error's exit status from the registry", () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      expect(ERR[code]).toBe(code);
      expect(new E7Error(code, "m").exitCode).toBe(ERROR_CODES[code].exit);
    }
    expect(new InputFileError("f.txt", "is odd.").code).toBe("E_INPUT_FILE");
    expect(new E7Error(ERR.E_TEMPLATE_UNKNOWN, "m").exitCode).toBe(3);
  });
});
