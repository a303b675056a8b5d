/** The page's Korean particles (web/korean.js), with the es-hangul build the server hands the page. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import * as hangul from "es-hangul";
import { createApp } from "../../src/serve/app.js";
// @ts-expect-error web/ is plain browser JavaScript without type declarations.
import { format, particle } from "../../web/korean.js";
// @ts-expect-error web/ is plain browser JavaScript without type declarations.
import { HINTS_KO } from "../../web/hints-ko.js";

type Format = (h: typeof hangul, template: string, data: Record<string, unknown>) => string;
type Particle = (h: typeof hangul, word: string, which: string) => string;

describe("web/korean.js", () => {
  it("should pick the particle after a code by its Korean reading", () => {
    const f = format as Format;
    const template = "모든 서류가 {code|을/를} 가리키고";
    expect(f(hangul, template, { code: "2833" })).toBe("모든 서류가 2833을 가리키고");
    expect(f(hangul, template, { code: "2224" })).toBe("모든 서류가 2224를 가리키고");
    expect(f(hangul, template, { code: "S2955" })).toBe("모든 서류가 S2955를 가리키고");
    expect(f(hangul, "{code|이/가}", { code: "2830" })).toBe("2830이");
    expect(f(hangul, "{name|을/를} 불러왔습니다", { name: "case.json" })).toBe("case.json을 불러왔습니다");
    expect(f(hangul, "{missing} {code}", { code: "1" })).toBe("{missing} 1");
    expect((particle as Particle)(hangul, "2223(웹 개발자)", "은/는")).toBe("은");
  });

  it("should serve es-hangul to the page, and the page should use it for its Korean strings", async () => {
    const app = createApp();
    const lib = await app.request("/static/es-hangul.js");
    expect(lib.status).toBe(200);
    expect(lib.headers.get("Content-Type")).toContain("javascript");
    expect(await lib.text()).toContain("numberToHangul");
    const page = await (await app.request("/static/app.js")).text();
    expect(page).toContain('from "./es-hangul.js"');
    expect(page).toContain("{code|을/를} 가리키고");
    expect(page).not.toMatch(/\{\w+\}(을|를|이|가|은|는)[ (]/u);
  });

  it("should have a Korean help text for every description of the case schema", () => {
    const schema = JSON.parse(readFileSync("schemas/case.schema.json", "utf8")) as unknown;
    const descriptions = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        const d = (node as { description?: unknown }).description;
        if (typeof d === "string") descriptions.add(d);
        Object.values(node).forEach(walk);
      }
    };
    walk(schema);
    expect(descriptions.size).toBeGreaterThan(100);
    const hints = HINTS_KO as Record<string, string>;
    const missing = [...descriptions].filter((d) => !hints[d]);
    expect(missing).toEqual([]);
    for (const d of descriptions) expect(hints[d], d).toMatch(/[가-힣]/u);
    expect(
      hints[
        "The E-7 occupation code to file, in the list edition named by filing.codeEdition (e.g. 2224 web developer)."
      ],
    ).toContain("E-7 직종코드");
    const page = readFileSync("web/app.js", "utf8");
    expect(page).toContain('from "./hints-ko.js"');
  });

  it("should write the Korean help without file paths, field keys or the schema's English choice words", () => {
    // The form names fields by their Korean labels and its drop-down lists by Korean names (web/enums-ko.js).
    const bad = Object.values(HINTS_KO as Record<string, string>).filter((hint) =>
      /src\/|docs\/|\.json\b|\b[a-z]+[A-Z][A-Za-z]*\b|\b(filing|employer|applicant|position|recruitment|priorApplication)\.[a-z]|\b(true|false|none|first|reapplication|domestic|foreign)\b/.test(
        hint,
      ),
    );
    expect(bad).toEqual([]);
  });
});
