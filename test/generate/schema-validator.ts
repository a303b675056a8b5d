/** Compiles schemas/report.schema.json once for the tests that check real reports against it. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { SCHEMAS_DIR } from "../../src/paths.js";

const ajv = new Ajv2020({ strict: true, allErrors: true, strictTuples: false, allowUnionTypes: true });
addFormats.default(ajv);

/** Validates a report; returns the ajv errors (empty when valid). */
export const validateReport = (() => {
  const validate = ajv.compile(
    JSON.parse(readFileSync(path.join(SCHEMAS_DIR, "report.schema.json"), "utf8")) as object,
  );
  return (report: unknown): readonly unknown[] => (validate(report) ? [] : (validate.errors ?? []));
})();
