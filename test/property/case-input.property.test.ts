// Property: whatever a case file holds (any bytes, any JSON value, any value at any place of a real case), loading
// and validating it either succeeds or fails with a typed E7Error (exit 2), and `validate` never exits 3.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCase } from "../../src/case/load-case.js";
import { validateCase, type CaseValidation } from "../../src/case/validate-case.js";
import { E7Error } from "../../src/errors.js";
import { crashText, EXAMPLES_DIR } from "../corpus/prepare.js";
import { cli } from "../helpers/run-cli.js";

const EXAMPLE_TEXT = readFileSync(path.join(EXAMPLES_DIR, "web-developer", "case.json"), "utf8");

/** Every JSON pointer of a value (objects and arrays included), in document order. */
function pointersOf(value: unknown, pointer = ""): string[] {
  const out = [pointer];
  if (Array.isArray(value)) for (const [i, item] of value.entries()) out.push(...pointersOf(item, `${pointer}/${i}`));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value))
      out.push(...pointersOf(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  }
  return out;
}

const POINTERS = pointersOf(JSON.parse(EXAMPLE_TEXT)).filter((p) => p !== "");

/** The example with the value at `pointer` replaced (or a member added beside it) as JSON text. */
function mutate(pointer: string, value: unknown, addKey?: string): string {
  const data = JSON.parse(EXAMPLE_TEXT) as Record<string, unknown>;
  const segments = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  const last = segments.pop()!;
  let node = data;
  for (const segment of segments) node = node[segment] as Record<string, unknown>;
  const key = addKey ?? last;
  Object.defineProperty(node, Array.isArray(node) && addKey === undefined ? Number(key) : key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return JSON.stringify(data, null, 2);
}

/** Loads and validates text the way the commands do; returns the validation, or the E7Error it fails with. */
async function loadAndValidate(bytes: Uint8Array): Promise<CaseValidation | E7Error> {
  try {
    return await validateCase(loadCase(bytes, { path: "case.json" }));
  } catch (error) {
    if (error instanceof E7Error) return error;
    throw error;
  }
}

function expectWellFormed(outcome: CaseValidation | E7Error): void {
  if (outcome instanceof E7Error) {
    expect(outcome.exitCode).toBe(2);
    expect(outcome.message.length).toBeGreaterThan(0);
    return;
  }
  for (const problem of [...outcome.errors, ...outcome.warnings]) {
    expect(typeof problem.path).toBe("string");
    expect(problem.message.length).toBeGreaterThan(0);
    expect(problem.line).toBeGreaterThanOrEqual(0);
  }
  expect(outcome.valid).toBe(outcome.errors.length === 0);
}

/** JSON values, including keys that name Object.prototype members. */
const hostileKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
  "$schema",
  "",
);
const jsonValue = fc.jsonValue({ maxDepth: 4 });
const hostileObject = fc.dictionary(fc.oneof(hostileKey, fc.string()), jsonValue, { maxKeys: 4 });
const anyValue = fc.oneof(jsonValue, hostileObject);

describe("any input as a case file", () => {
  it("should load and validate any JSON value or fail with a typed error", async () => {
    await fc.assert(
      fc.asyncProperty(anyValue, async (value) => {
        expectWellFormed(await loadAndValidate(new TextEncoder().encode(JSON.stringify(value) ?? "null")));
      }),
      { numRuns: 200 },
    );
  });

  it("should give a typed error for any bytes", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          fc.string({ unit: "binary", maxLength: 500 }).map((s) => new TextEncoder().encode(s)),
        ),
        async (bytes) => {
          expectWellFormed(await loadAndValidate(bytes));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("should validate a real case with any value at any place, or any extra member", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: POINTERS.length - 1 }),
        anyValue,
        fc.option(hostileKey, { nil: undefined }),
        async (index, value, addKey) => {
          const text = mutate(POINTERS[index]!, value, addKey);
          const outcome = await loadAndValidate(new TextEncoder().encode(text));
          expectWellFormed(outcome);
          // Object.prototype is never modified by what a case holds.
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.keys(Object.prototype)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("validate command on mutated cases", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "e7-prop-validate-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("should exit 0, 1 or 2 with no stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: POINTERS.length - 1 }), anyValue, async (index, value) => {
        const file = path.join(dir, "case.json");
        await writeFile(file, mutate(POINTERS[index]!, value));
        for (const args of [
          ["validate", file],
          ["validate", file, "--json"],
        ]) {
          const run = await cli(args);
          expect(crashText(run.stdout + run.stderr)).toBeUndefined();
          expect([0, 1, 2]).toContain(run.code);
          if (args.includes("--json")) expect(() => JSON.parse(run.stdout)).not.toThrow();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
