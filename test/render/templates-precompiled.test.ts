import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Handlebars from "handlebars";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT, TEMPLATES_DIR } from "../../src/paths.js";
import {
  loadTemplates,
  readTemplateSources,
  TEMPLATE_OPTIONS,
  templateSourcesDigest,
  type Templates,
} from "../../src/render/templates.js";

const GENERATED = path.join(PACKAGE_ROOT, "dist", "render", "templates.generated.js");

/** What a template gives for empty data: its text, or the error strict mode raises for its first field. */
function outcome(templates: Templates, id: string, lang: "en" | "ko"): string {
  try {
    return templates.render(id, lang, {}).join("\n");
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe("the build's precompiled templates", () => {
  const { sources } = readTemplateSources(TEMPLATES_DIR);

  it("should be made from the templates on disk (npm run build writes them)", () => {
    const text = readFileSync(GENERATED, "utf8");
    expect(text).toContain(`export const sourcesSha256 = ${JSON.stringify(templateSourcesDigest(sources))};`);
    const env = Handlebars.create();
    for (const [id, source] of sources)
      expect(text, id).toContain(`  ${JSON.stringify(id)}: ${env.precompile(source, { ...TEMPLATE_OPTIONS })},`);
  });

  it("should render, and refuse missing fields, as templates compiled at run time do", async () => {
    const built = (await import(pathToFileURL(path.join(PACKAGE_ROOT, "dist", "render", "templates.js")).href)) as {
      loadTemplates: () => Promise<Templates>;
    };
    const precompiled = await built.loadTemplates();
    const compiledNow = await loadTemplates();
    expect(precompiled.ids).toEqual(compiledNow.ids);
    let refused = 0;
    for (const id of compiledNow.ids) {
      for (const lang of ["en", "ko"] as const) {
        const now = outcome(compiledNow, id, lang);
        if (now.startsWith("TemplateMissingFieldError")) refused++;
        expect(outcome(precompiled, id, lang), `${lang}/${id}`).toBe(now);
      }
    }
    expect(refused).toBeGreaterThan(0);
  });
});
