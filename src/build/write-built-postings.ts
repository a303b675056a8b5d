/** Build step (`npm run build`): writes the shipped catalog's matcher postings into dist/match for a quick `match` start. */
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { loadCatalog, writeCatalogStamp } from "../catalog/load-catalog.js";
import { PACKAGE_ROOT } from "../paths.js";
import { buildIndex, setPostingsStore } from "../match/build-index.js";
import { buildPostingsWriter } from "../match/built-postings.js";

const dir = path.join(PACKAGE_ROOT, "dist", "match");
// Postings of earlier catalog versions are never read again.
for (const name of readdirSync(dir)) if (/^(?:postings|duty-model)-.*\.bin$/.test(name)) rmSync(path.join(dir, name));
writeCatalogStamp();
setPostingsStore(buildPostingsWriter);
buildIndex(loadCatalog()).dutyModel();
