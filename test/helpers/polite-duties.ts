/** A case whose Korean duties a user wrote in 합니다체, for the tests of the documents' register and the read-back. */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Case } from "../../src/case/types.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

/** The web-developer example with every Korean duty ending in 합니다. */
export function politeDutiesCase(): Case {
  const input = JSON.parse(
    readFileSync(path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"), "utf8"),
  ) as Case;
  const duties = input.position.duties.map((duty) => {
    const text = duty.text as { ko: string; en: string };
    return { ...duty, text: { ...text, ko: `${text.ko.replace(/한다$/, "합니다")}.` } };
  });
  return { ...input, position: { ...input.position, duties } };
}
