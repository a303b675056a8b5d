/** The one reader of a case file a user named: the case size cap and the one wording of a file that cannot be read. */
import { readUserFile } from "../io/read-file-limited.js";
import { MAX_CASE_BYTES } from "./load-case.js";

/** Reads `file` (a resolved path); messages name it `name`, the path as the user typed it. */
export function readCaseFile(file: string, name: string = file): Promise<Uint8Array> {
  return readUserFile(file, {
    maxBytes: MAX_CASE_BYTES,
    label: "a case file",
    labelKo: "신청 건 정보 파일",
    name,
    hints: ["Check the path. `e7-align init` writes a starting case file."],
    hintsKo: ["경로를 확인하십시오. `e7-align init`으로 처음 쓸 신청 건 정보 파일을 만들 수 있습니다."],
  });
}
