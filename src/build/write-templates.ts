/** Build step (`npm run build`): precompiles the Handlebars templates into dist/render, keyed by the sources' digest (see render/templates.ts). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { PACKAGE_ROOT, TEMPLATES_DIR } from "../paths.js";
import { readTemplateSources, TEMPLATE_OPTIONS, templateSourcesDigest } from "../render/templates.js";

const { sources } = readTemplateSources(TEMPLATES_DIR);
const env = Handlebars.create();
const entries = [...sources].map(
  ([id, source]) => `  ${JSON.stringify(id)}: ${env.precompile(source, { ...TEMPLATE_OPTIONS })},`,
);
const target = path.join(PACKAGE_ROOT, "dist", "render", "templates.generated.js");
writeFileSync(
  target,
  `export const sourcesSha256 = ${JSON.stringify(templateSourcesDigest(sources))};\nexport const specs = {\n${entries.join("\n")}\n};\n`,
);
process.stdout.write(`Templates precompiled: ${sources.size} in ${path.relative(process.cwd(), target)}\n`);
