/** The page's report under ?ui=ko describes each cross-check in Korean; the JSON shape stays the same. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/serve/app.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const EXAMPLE = path.join(PACKAGE_ROOT, "examples", "korean-game-client-developer", "case.json");

describe("POST /api/generate?ui=ko", () => {
  it("should describe the cross-checks in Korean under ?ui=ko and in English without it", {
    timeout: 120_000,
  }, async () => {
    const app = createApp();
    const generate = async (ui: string) => {
      const res = await app.request(`/api/generate?view=json${ui}`, {
        method: "POST",
        body: readFileSync(EXAMPLE),
        headers: { "Content-Type": "application/json" },
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { report: { crossChecks: { id: string; description: string }[] } }).report
        .crossChecks;
    };
    const ko = await generate("&ui=ko");
    const en = await generate("");
    expect(ko.map((c) => c.id)).toEqual(en.map((c) => c.id));
    expect(ko.length).toBeGreaterThan(10);
    for (const check of ko) expect(check.description, check.id).toMatch(/[가-힣].*니다\)?\.$/u);
    for (const check of en) expect(check.description, check.id).not.toMatch(/[가-힣]/u);
  });
});
