/** Build step (`npm run build`): writes the case schema's ajv validator as standalone code into dist/case, keyed by the schema's SHA-256 and text. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import standaloneCode from "ajv/dist/standalone/index.js";
import { CASE_SCHEMA_FILE, compileCaseSchema, schemaDigest } from "../case/case-validator.js";
import { PACKAGE_ROOT } from "../paths.js";

const schemaText = readFileSync(CASE_SCHEMA_FILE, "utf8");
const { ajv, validate } = await compileCaseSchema(schemaText, true);
const code = standaloneCode.default(ajv, validate);
const target = path.join(PACKAGE_ROOT, "dist", "case", "case-validator.generated.js");
// ajv's standalone output loads its format and length helpers with require(), which an ES module lacks.
const header = 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n';
writeFileSync(
  target,
  `${header}${code}\nexport const schemaSha256 = ${JSON.stringify(schemaDigest(schemaText))};\nexport const schemaText = ${JSON.stringify(schemaText)};\n`,
);
