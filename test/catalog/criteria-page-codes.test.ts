import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCase } from "../../src/case/load-case.js";
import { validateCase } from "../../src/case/validate-case.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation, resolveCode } from "../../src/catalog/resolve-code.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const EXAMPLE = readFileSync(path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"), "utf8");

describe("numbers printed on the manual's criteria pages", () => {
  const catalog = loadCatalog();
  it.each([
    ["2241", "2231"],
    ["2363", "2364"],
    ["42110", "42210"],
  ])("%s should resolve to its list-table occupation %s with the caveat", (number, listCode) => {
    const resolution = resolveCode(catalog, number);
    expect(resolution.kind).toBe("found");
    if (resolution.kind !== "found") return;
    expect(resolution.occupation.code).toBe(listCode);
    expect(resolution.criteriaPage?.note).toMatch(/criteria page/);
  });

  it("2343 should name both occupations whose criteria pages print it, and require a choice", () => {
    const resolution = resolveCode(catalog, "2343");
    expect(resolution.kind).toBe("ambiguous");
    if (resolution.kind === "ambiguous")
      expect(resolution.readings.map((r) => r.occupation.code)).toEqual(["2341", "2342"]);
    expect(() => requireOccupation(catalog, "2343")).toThrow(
      /2341 Electrical engineer[\s\S]*2342 Electronics engineer|criteria pages/,
    );
  });

  it("a case filed as 2241 should validate as 2231 with a warning naming the caveat", async () => {
    const result = await validateCase(
      loadCase(new TextEncoder().encode(EXAMPLE.replace('"selectedCode": "2224"', '"selectedCode": "2241"'))),
    );
    expect(result.valid).toBe(true);
    expect(result.occupation?.code).toBe("2231");
    expect(result.warnings.find((w) => w.keyword === "criteriaPageCode")?.message).toMatch(/criteria page.*2231/);
  });
});
