import { describe, expect, it } from "vitest";
import { citationKo, citationsKo } from "../../src/catalog/citation-ko.js";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { formatMessageKo } from "../../src/checks/messages/localize-finding.js";

describe("catalog citations in Korean", () => {
  const catalog = loadCatalog();
  it("should name the source by its Korean title and the pages in 쪽", () => {
    expect(citationKo(catalog, "MOJ-2026-09 p.235-236")).toBe("법무부 「외국인체류 안내매뉴얼」(2026. 9.) 235~236쪽");
    expect(citationKo(catalog, "MOJ-2026-09 p.232, p.247")).toBe(
      "법무부 「외국인체류 안내매뉴얼」(2026. 9.) 232쪽, 247쪽",
    );
    expect(citationKo(catalog, "JB")).toBe(catalog.sources.JB!.titleKo);
    expect(citationKo(catalog, "UNKNOWN p.3")).toBe("UNKNOWN p.3");
  });

  it("should give one source's pages after its title once", () => {
    expect(citationsKo(catalog, ["MOJ-2026-09 p.222", "MOJ-2026-09 p.229", "JB"])).toBe(
      `법무부 「외국인체류 안내매뉴얼」(2026. 9.) 222쪽, 229쪽; ${catalog.sources.JB!.titleKo}`,
    );
  });

  it("should cite a rule's source in a Korean finding message in Korean", () => {
    expect(formatMessageKo("최대 {{cap}}명({{ruleSource}})", { cap: 2, ruleSource: "MOJ-2026-09 p.256-257" })).toBe(
      "최대 2명(법무부 「외국인체류 안내매뉴얼」(2026. 9.) 256~257쪽)",
    );
  });
});
