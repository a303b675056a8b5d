import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { generateCaseTypes } from "./generate-case-types.js";

const TYPES_PATH = path.join(PACKAGE_ROOT, "src", "case", "types.ts");

describe("src/case/types.ts", () => {
  it("should be exactly what the generator makes from schemas/case.schema.json", () => {
    const schema = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "schemas", "case.schema.json"), "utf8"));
    const expected = generateCaseTypes(schema);
    if (process.env.UPDATE_CASE_TYPES === "1") writeFileSync(TYPES_PATH, expected);
    expect(
      readFileSync(TYPES_PATH, "utf8"),
      "src/case/types.ts is out of date: run UPDATE_CASE_TYPES=1 npx vitest run test/case/case-types.test.ts",
    ).toBe(expected);
  });
});
