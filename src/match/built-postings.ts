/**
 * The catalog's matcher postings, computed once by `npm run build` and shipped beside the compiled code, so the
 * `match` command starts without re-tokenising the catalog and never writes cache files at run time. A catalog
 * edited after the build has another key, finds no file and is indexed in memory as before.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../paths.js";
import type { IndexPostings } from "./index-types.js";
import { decodePostings, encodePostings } from "./postings-file.js";

const BUILT_POSTINGS_DIR = path.join(PACKAGE_ROOT, "dist", "match");

const fileFor = (key: string): string => path.join(BUILT_POSTINGS_DIR, `postings-${key}.bin`);

/** A read-only postings store over the build's file (for setPostingsStore). */
export const builtPostingsStore = {
  load: (key: string): IndexPostings | undefined => {
    try {
      return decodePostings(readFileSync(fileFor(key)));
    } catch {
      return undefined;
    }
  },
  save: (): void => {},
};

/** The store the build uses: it writes the postings file (through a temporary name, so a reader never sees half). */
export const buildPostingsWriter = {
  load: (): undefined => undefined,
  save: (key: string, postings: IndexPostings): void => {
    const temporary = `${fileFor(key)}.${process.pid}.tmp`;
    writeFileSync(temporary, encodePostings(postings));
    renameSync(temporary, fileFor(key));
  },
};
