/** Build step (`npm run build`): writes the catalog's tokenised titles and keywords (src/catalog/built-title-terms.ts). */
import { renameSync, writeFileSync } from "node:fs";
import { TITLE_TERMS_FILE, titleTermsTable } from "../catalog/built-title-terms.js";
import { loadCatalog } from "../catalog/load-catalog.js";

const temporary = `${TITLE_TERMS_FILE}.${process.pid}.tmp`;
writeFileSync(temporary, `${JSON.stringify(titleTermsTable(loadCatalog().occupations))}\n`);
renameSync(temporary, TITLE_TERMS_FILE);
process.stdout.write("Catalog title terms written to dist/catalog/title-terms.json\n");
