import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTemplates, TEMPLATE_OPTIONS, toParagraphs } from "../../src/render/templates.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-templates-");

/** A throwaway template folder with one template in both languages. */
function templateDir(en: string, ko = en): string {
  const dir = tempDir();
  for (const [lang, source] of [
    ["en", en],
    ["ko", ko],
  ] as const) {
    mkdirSync(path.join(dir, lang));
    writeFileSync(path.join(dir, lang, "sample.hbs"), source);
  }
  writeFileSync(path.join(dir, "labels.json"), JSON.stringify({ item: { en: "Item", ko: "항목" } }));
  return dir;
}

describe("loadTemplates", () => {
  it("should compile strict, unescaped templates with built-in helpers only", () => {
    expect(TEMPLATE_OPTIONS).toMatchObject({ strict: true, noEscape: true, knownHelpersOnly: true });
  });

  it("should fail loudly with E_TEMPLATE_MISSING_FIELD when a field is missing", async () => {
    const templates = await loadTemplates(templateDir("Hello {{applicant.name}}, code {{occupation.code}}."));
    expect(() => templates.render("sample", "en", { applicant: { name: "An" } })).toThrow(
      expect.objectContaining({ code: "E_TEMPLATE_MISSING_FIELD", exitCode: 2 }),
    );
    expect(() => templates.render("sample", "en", { applicant: { name: "An" } })).toThrow(
      /en\/sample\.hbs.*"code" not defined/,
    );
  });

  it("should print user text literally: template syntax, HTML characters and prototype names", async () => {
    const templates = await loadTemplates(templateDir("Duty: {{duty}}"));
    const hostile = '{{constructor}} {{#each this}}x{{/each}} {{{raw}}} Kim & Lee <b>"q"</b> __proto__';
    expect(templates.render("sample", "en", { duty: hostile })).toEqual([`Duty: ${hostile}`]);
  });

  it("should refuse an unknown helper when compiling", async () => {
    await expect(loadTemplates(templateDir("{{shout name}}"))).rejects.toThrow(/shout/);
  });

  it("should render the shipped templates in both languages with the same ids", async () => {
    const templates = await loadTemplates();
    expect(templates.ids).toContain("annex-duty");
    expect(templates.label("annexTitle", "ko")).toBe("직무 내용");
    expect(templates.label("annexTitle", "en")).toBe("Annex: Job Duties");
  });
});

describe("toParagraphs", () => {
  it("should split on blank lines and join wrapped lines", () => {
    expect(toParagraphs("one\ntwo\n\n  three  \n\n\n")).toEqual(["one two", "three"]);
  });
});
