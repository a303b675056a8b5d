// A check's source is shown to users with its finding, so it cites the rule (manual page, notice) or says in words
// that the rule is e7-align's own; it never points at this project's tracker ("issue 5").
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checks } from "../../src/checks/index.js";
import { packetChecks } from "../../src/checks/packet/index.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

/** "issue 5", "Issue #16", "issues 3": a reference to the tracker. */
const TRACKER = /\bissues? #?\d+|\(#\d+\)/i;

/** Every .ts and .json file under a folder, with its text. */
function filesUnder(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|json)$/.test(entry.name))
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return { file: path.relative(PACKAGE_ROOT, full), text: readFileSync(full, "utf8") };
    });
}

describe("check sources", () => {
  it("should find a tracker reference when there is one (the pattern works)", () => {
    for (const text of ["issue 5: the same salary", "see Issue #16", "(#23)"]) expect(text).toMatch(TRACKER);
    for (const text of [
      "MOJ-2026-09 p.230",
      "Unicode UAX #9 (bidirectional algorithm)",
      "e7-align rule: the same title",
    ]) {
      expect(text).not.toMatch(TRACKER);
    }
  });

  it.each(Object.entries({ ...checks, ...packetChecks }))(
    "%s: meta.source cites a rule, not the tracker",
    (_id, check) => {
      expect(check.meta.source).not.toMatch(TRACKER);
      expect(check.meta.description).not.toMatch(TRACKER);
    },
  );

  it("should have no source field citing the tracker in any check file or data file (also checks not registered here)", () => {
    const files = [
      ...filesUnder(path.join(PACKAGE_ROOT, "src", "checks")),
      ...filesUnder(path.join(PACKAGE_ROOT, "src", "data")),
    ];
    const bad = files.flatMap(({ file, text }) =>
      [...text.matchAll(/"?source"?\s*:\s*("(?:[^"\\]|\\.)*")/g)]
        .filter((m) => TRACKER.test(m[1]!))
        .map((m) => `${file}: ${m[1]}`),
    );
    expect(bad).toEqual([]);
  });
});
