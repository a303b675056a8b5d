/** docs/checks.md is generated from the registries (`npm run docs:checks`) and must not drift from them. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checksDoc } from "../../src/build/checks-doc.js";
import { checks } from "../../src/checks/index.js";
import { packetCaseChecks, packetChecks } from "../../src/checks/packet/index.js";
import { verifyChecks } from "../../src/checks/verify/index.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const DOC = path.join(PACKAGE_ROOT, "docs", "checks.md");

describe("docs/checks.md", () => {
  it("should be what `npm run docs:checks` writes from the registries (run it after changing a check's meta)", () => {
    expect(readFileSync(DOC, "utf8")).toBe(checksDoc());
  });

  it("should list every registered check once, with its source and test files that exist", () => {
    const ids = [
      ...Object.keys(checks),
      ...Object.keys(packetChecks),
      ...Object.keys(packetCaseChecks),
      ...Object.keys(verifyChecks),
    ];
    const doc = checksDoc();
    const rows = doc.split("\n").filter((line) => line.startsWith("| `"));
    expect(rows.map((row) => /^\| `([^`]+)`/.exec(row)![1]).sort()).toEqual([...ids].sort());
    const links = [...doc.matchAll(/\]\(\.\.\/([^)]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(ids.length * 2);
    for (const link of links) expect(existsSync(path.join(PACKAGE_ROOT, link)), link).toBe(true);
  });
});
