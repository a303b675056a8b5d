/**
 * The catalog's matcher postings, computed once by `npm run build` and shipped beside the compiled code, so the
 * `match` command starts without re-tokenising the catalog and never writes cache files at run time. A catalog
 * edited after the build has another key, finds no file and is indexed in memory as before.
 */
import { fstatSync, openSync, readFileSync, readSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../paths.js";
import type { ComputedPostings, IndexPostings } from "./index-types.js";
import { type DutyModel, decodeDutyModel, encodeDutyModel } from "./duty-model.js";
import { decodePostings, encodePostings, type PostingsBytes } from "./postings-file.js";

const BUILT_POSTINGS_DIR = path.join(PACKAGE_ROOT, "dist", "match");

const fileFor = (key: string): string => path.join(BUILT_POSTINGS_DIR, `postings-${key}.bin`);

const modelFileFor = (key: string): string => path.join(BUILT_POSTINGS_DIR, `duty-model-${key}.bin`);

/** Writes through a temporary name, so a reader never sees half a file. */
function writeWhole(file: string, bytes: Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/**
 * The build's files, each opened once and kept open for the life of the process: a command reads only the blocks of
 * the terms it meets (see decodePostings).
 */
const openFiles = new Map<string, PostingsBytes>();

function fileSource(file: string): PostingsBytes {
  const open = openFiles.get(file);
  if (open) return open;
  const descriptor = openSync(file, "r");
  const source: PostingsBytes = {
    size: fstatSync(descriptor).size,
    read: (into, position) => {
      let done = 0;
      while (done < into.length) {
        const count = readSync(descriptor, into, done, into.length - done, position + done);
        if (count === 0) throw new RangeError(`${file} ends before its postings do`);
        done += count;
      }
    },
  };
  openFiles.set(file, source);
  return source;
}

/** A read-only postings store over the build's file (for setPostingsStore). */
export const builtPostingsStore = {
  load: (key: string): IndexPostings | undefined => {
    try {
      return decodePostings(fileSource(fileFor(key)));
    } catch {
      return undefined;
    }
  },
  save: (): void => {},
  loadModel: (key: string, classes: number): DutyModel | undefined => {
    try {
      return decodeDutyModel(readFileSync(modelFileFor(key)), classes);
    } catch {
      return undefined;
    }
  },
  saveModel: (): void => {},
};

/** The store the build uses: it writes the postings file (through a temporary name, so a reader never sees half). */
export const buildPostingsWriter = {
  load: (): undefined => undefined,
  save: (key: string, postings: ComputedPostings): void => writeWhole(fileFor(key), encodePostings(postings)),
  loadModel: (): undefined => undefined,
  saveModel: (key: string, model: DutyModel): void => writeWhole(modelFileFor(key), encodeDutyModel(model)),
};
