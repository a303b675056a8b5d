/** Build step (`npm run build`): splits the exclusion cues into one compact file per code (see built-exclusion-cues.ts). */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadCatalog } from "../catalog/load-catalog.js";
import { BUILT_CUES_DIR, cuesKey, writeCuesStamp } from "../match/built-exclusion-cues.js";
import { EXCLUSION_CUES_PATH, type ExclusionCuesData } from "../match/exclusions.js";

const content = readFileSync(EXCLUSION_CUES_PATH);
const data = JSON.parse(content.toString("utf8")) as ExclusionCuesData;
const key = cuesKey(content);
// Folders of earlier data are never read again; the new one is written aside and renamed whole.
rmSync(BUILT_CUES_DIR, { recursive: true, force: true });
const temporary = path.join(BUILT_CUES_DIR, `${key}.${process.pid}.tmp`);
mkdirSync(temporary, { recursive: true });
// Every code and id a command may look up gets a file (null without cues), so none falls back to the whole file.
const occupations = loadCatalog().occupations;
const codes = new Set([
  ...Object.keys(data.occupations),
  ...occupations.flatMap((occupation) => [occupation.id, ...(occupation.code ? [occupation.code] : [])]),
]);
for (const code of codes)
  writeFileSync(path.join(temporary, `${code}.json`), `${JSON.stringify(data.occupations[code] ?? null)}\n`);
renameSync(temporary, path.join(BUILT_CUES_DIR, key));
writeCuesStamp(EXCLUSION_CUES_PATH, key);
process.stdout.write(`Exclusion cues split into dist/match/exclusion-cues/${key} (${codes.size} codes)\n`);
