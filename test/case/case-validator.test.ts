import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CASE_SCHEMA_FILE, compileCaseSchema, schemaDigest } from "../../src/case/case-validator.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const GENERATED = path.join(PACKAGE_ROOT, "dist", "case", "case-validator.generated.js");
const EXAMPLES = path.join(PACKAGE_ROOT, "examples");

/** Each example, then copies broken in ways that reach different schema keywords. */
function samples(): unknown[] {
  const cases = readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(EXAMPLES, entry.name, "case.json")))
    .map(
      (entry) => JSON.parse(readFileSync(path.join(EXAMPLES, entry.name, "case.json"), "utf8")) as Record<string, any>,
    );
  const broken = cases.slice(0, 3).flatMap((c) => [
    { ...c, selectedCode: 2224 },
    { ...c, filing: { ...c.filing, plannedFilingDate: "2026-13-40" } },
    { ...c, position: { ...c.position, duties: [] } },
    { ...c, unexpected: true },
    { ...c, employer: { ...c.employer, businessRegistrationNumber: "12" } },
  ]);
  return [...cases, ...broken, {}, [], "text", null];
}

describe("case validator built at build time", () => {
  it.skipIf(!existsSync(GENERATED))(
    "is built from the schema on disk and reports exactly what the compiled schema reports",
    async () => {
      const built = (await import(GENERATED)) as {
        default: ((data: unknown) => boolean) & { errors?: unknown };
        schemaSha256: string;
        schemaText?: string;
      };
      const schemaText = readFileSync(CASE_SCHEMA_FILE, "utf8");
      expect(built.schemaSha256).toBe(schemaDigest(schemaText));
      // A command compares the text, not the digest (hashing would load node:crypto at every start).
      expect(built.schemaText).toBe(schemaText);
      const { validate } = await compileCaseSchema(schemaText);
      let invalid = 0;
      for (const sample of samples()) {
        const ok = built.default(sample);
        expect(ok).toBe(validate(sample));
        if (!ok) invalid++;
        const strip = (errors: unknown) => JSON.parse(JSON.stringify(errors ?? null));
        expect(strip(built.default.errors)).toEqual(strip(validate.errors));
      }
      expect(invalid).toBeGreaterThanOrEqual(10);
    },
  );
});
