import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { priorEditionOf } from "../../src/catalog/resolve-code.js";

describe("priorEditionOf", () => {
  const catalog = loadCatalog();
  it("should give the list edition in force on the earlier filing date", () => {
    expect(priorEditionOf(catalog, "2026-08-10")).toBe("ksco7-list");
    expect(priorEditionOf(catalog, "2026-09-17")).toBe("ksco7-list");
    expect(priorEditionOf(catalog, "2026-09-18")).toBe("2026-09");
    expect(priorEditionOf(catalog, "2018-05-01")).toBe("ksco6-list");
  });
});
