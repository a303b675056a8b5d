/** The one reader of a case file a user named: the case size cap and the one wording of a file that cannot be read. */
import { readUserFile } from "../io/read-file-limited.js";
import { MAX_CASE_BYTES } from "./load-case.js";

/** Reads `file` (a resolved path); messages name it `name`, the path as the user typed it. */
export function readCaseFile(file: string, name: string = file): Promise<Uint8Array> {
  return readUserFile(file, {
    maxBytes: MAX_CASE_BYTES,
    label: "a case file",
    name,
    hints: ["Check the path. `e7-align init` writes a starting case file."],
  });
}
