// Korean output cites each check's source and describes each packet check in Korean, not in the English meta text.
import { describe, expect, it } from "vitest";
import { checks } from "../../src/checks/index.js";
import { packetCaseChecks, packetChecks } from "../../src/checks/packet/index.js";

describe("the checks' Korean meta", () => {
  it("should give every check that validate prints a Korean source naming the manual by its Korean title", () => {
    const metas = [...Object.values(checks), ...Object.values(packetCaseChecks)].map((c) => c.meta);
    expect(metas.length).toBeGreaterThan(15);
    for (const meta of metas) {
      expect(meta.sourceKo, meta.id).toMatch(/[가-힣]/u);
      expect(meta.sourceKo, meta.id).not.toMatch(/MOJ-|\bp\.\d|criteria page/);
      if (meta.source.includes("MOJ-2026-09"))
        expect(meta.sourceKo, meta.id).toContain("「외국인체류 안내매뉴얼」(2026. 9.)");
    }
  });

  it("should describe every packet check in Korean for the Korean consistency report", () => {
    for (const check of [...Object.values(packetChecks), ...Object.values(packetCaseChecks)])
      expect(check.meta.descriptionKo, check.meta.id).toMatch(/[가-힣].*니다\)?\.$/u);
  });
});
