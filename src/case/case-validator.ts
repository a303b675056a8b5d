/** The compiled case-schema validator: the one `npm run build` generated when it matches the schema on disk, else compiled now. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ValidateFunction } from "ajv";
import { SCHEMAS_DIR } from "../paths.js";

export const CASE_SCHEMA_FILE = path.join(SCHEMAS_DIR, "case.schema.json");

// strictRequired is off because the if/then rule requires priorApplication, which is defined one level up.
export const CASE_AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  strictTuples: false,
  strictRequired: false,
  verbose: true,
} as const;

export function schemaDigest(schemaText: string): string {
  return process.getBuiltinModule("node:crypto").createHash("sha256").update(schemaText).digest("hex");
}

/** Compiles the schema with ajv; with `source`, the result can be written out as standalone code. */
export async function compileCaseSchema(schemaText: string, source = false) {
  const [{ Ajv2020 }, formats] = await Promise.all([import("ajv/dist/2020.js"), import("ajv-formats")]);
  const ajv = new Ajv2020({ ...CASE_AJV_OPTIONS, ...(source ? { code: { source: true, esm: true } } : {}) });
  formats.default.default(ajv, { mode: "full" });
  return { ajv, validate: ajv.compile(JSON.parse(schemaText)) };
}

/** Compiling the schema costs a few hundred milliseconds at every start; the build-time copy skips that. */
export async function loadCaseValidator(): Promise<ValidateFunction> {
  const schemaText = readFileSync(CASE_SCHEMA_FILE, "utf8");
  const built = await import("./case-validator.generated.js").catch(() => undefined);
  // The schema text the build compiled, compared as it is: hashing it would load node:crypto (about 15 ms) at every start.
  const same =
    built &&
    (built.schemaText !== undefined
      ? built.schemaText === schemaText
      : built.schemaSha256 === schemaDigest(schemaText));
  if (built && same) return built.default as unknown as ValidateFunction;
  return (await compileCaseSchema(schemaText)).validate;
}
