/**
 * The template environment: every templates/<lang>/<clause-id>.hbs compiled once in a private Handlebars
 * instance (strict, no HTML escaping, built-in helpers only), plus the short labels of templates/labels.json.
 * User text reaches templates only as data, so "{{…}}" inside it is printed as written.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { E7Error, ERR } from "../errors.js";
import { TEMPLATES_DIR } from "../paths.js";

/** The languages templates are written in. */
export type TemplateLang = "en" | "ko";

/** A compiled template set: render a clause template or look up a label, per language. */
export interface Templates {
  /** Ids present in every language (file names without .hbs). */
  readonly ids: readonly string[];
  /** Renders a template to its paragraphs (blank lines separate paragraphs; single newlines join). */
  readonly render: (id: string, lang: TemplateLang, data: object) => readonly string[];
  readonly label: (key: string, lang: TemplateLang) => string;
}

/** A template used a field the data does not have: a bug in a template or a case field that was not provided. */
export class TemplateMissingFieldError extends E7Error {
  constructor(templateFile: string, detail: string) {
    super(ERR.E_TEMPLATE_MISSING_FIELD, `Template ${templateFile} uses a field that is missing: ${detail}`, {
      hints: ["Fill in the field in the case file (run `e7-align validate CASE`), or fix the template."],
    });
    this.name = "TemplateMissingFieldError";
  }
}

/** The compile options every template gets: missing fields throw, nothing is HTML-escaped, only built-in helpers. */
export const TEMPLATE_OPTIONS = { strict: true, noEscape: true, knownHelpersOnly: true, knownHelpers: {} } as const;

/** The options as written here (Handlebars adds keys to the object it is given). */
const OPTIONS_TEXT = JSON.stringify(TEMPLATE_OPTIONS);

/** Splits rendered text into paragraphs: blank lines separate them, other line breaks and runs of spaces collapse. */
export function toParagraphs(text: string): readonly string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part.length > 0);
}

type Compiled = (data: object) => string;

async function compileNow(sources: ReadonlyMap<string, string>): Promise<Map<string, Compiled>> {
  const { default: Handlebars } = await import("handlebars");
  const env = Handlebars.create();
  const compiled = new Map<string, Compiled>();
  for (const [id, source] of sources) {
    // compile() is lazy; precompiling once here makes syntax errors and unknown helpers fail at load, not mid-packet.
    env.precompile(source, { ...TEMPLATE_OPTIONS });
    compiled.set(id, env.compile(source, { ...TEMPLATE_OPTIONS }));
  }
  return compiled;
}

let cached: Promise<Templates> | undefined;

/** Compiles the shipped templates once per process (Handlebars is loaded lazily). */
export function loadTemplates(dir: string = TEMPLATES_DIR): Promise<Templates> {
  if (dir !== TEMPLATES_DIR) return compileTemplates(dir);
  cached ??= compileTemplates(dir);
  return cached;
}

/** The template sources of a folder by "lang/clause-id", with the ids per language. */
export function readTemplateSources(dir: string): {
  readonly sources: ReadonlyMap<string, string>;
  readonly idsByLang: readonly (readonly string[])[];
} {
  const sources = new Map<string, string>();
  const idsByLang = (["en", "ko"] as const).map((lang) => {
    const files = readdirSync(path.join(dir, lang))
      .filter((file) => file.endsWith(".hbs"))
      .sort();
    for (const file of files)
      sources.set(`${lang}/${file.slice(0, -4)}`, readFileSync(path.join(dir, lang, file), "utf8"));
    return files.map((file) => file.slice(0, -4));
  });
  return { sources, idsByLang };
}

/** What the build's precompiled templates were made from: every source with its name, and the compile options. */
export function templateSourcesDigest(sources: ReadonlyMap<string, string>): string {
  const hash = createHash("sha256").update(OPTIONS_TEXT);
  for (const [id, source] of sources) hash.update(`\0${id}\0${source}`);
  return hash.digest("hex");
}

/**
 * The build's precompiled templates (src/build/write-templates.ts) when they were made from these sources: they need
 * only Handlebars' runtime, not its compiler (a tenth of a cold generate's CPU). Otherwise undefined.
 */
async function precompiled(sources: ReadonlyMap<string, string>): Promise<Map<string, Compiled> | undefined> {
  const built = await import("./templates.generated.js").catch(() => undefined);
  if (!built || built.sourcesSha256 !== templateSourcesDigest(sources)) return undefined;
  // The runtime alone: its package entry (index.js) would load the compiler as well.
  const { default: Runtime } = await import("handlebars/runtime.js");
  const env = Runtime.create();
  return new Map(
    [...sources.keys()].map((id) => [
      id,
      env.template(built.specs[id] as Parameters<typeof env.template>[0]) as Compiled,
    ]),
  );
}

async function compileTemplates(dir: string): Promise<Templates> {
  const { sources, idsByLang } = readTemplateSources(dir);
  const compiled = (dir === TEMPLATES_DIR ? await precompiled(sources) : undefined) ?? (await compileNow(sources));
  const [enIds = [], koIds = []] = idsByLang;
  const onlyOne = enIds.filter((id) => !koIds.includes(id)).concat(koIds.filter((id) => !enIds.includes(id)));
  if (onlyOne.length > 0)
    throw new E7Error(ERR.E_TEMPLATE_UNKNOWN, `Templates exist in one language only: ${onlyOne.join(", ")}`);
  const labels = JSON.parse(readFileSync(path.join(dir, "labels.json"), "utf8")) as Record<
    string,
    { en: string; ko: string } | string
  >;
  return {
    ids: enIds,
    render: (id, lang, data) => {
      const template = compiled.get(`${lang}/${id}`);
      if (!template) throw new E7Error(ERR.E_TEMPLATE_UNKNOWN, `No template ${lang}/${id}.hbs`);
      try {
        return toParagraphs(template(data));
      } catch (error) {
        // Handlebars strict mode reports `"name" not defined in [object Object] - 1:8`.
        if (error instanceof Error && /not defined in/.test(error.message))
          throw new TemplateMissingFieldError(`${lang}/${id}.hbs`, error.message.replace(/ in \[object Object\]/, ""));
        throw error;
      }
    },
    label: (key, lang) => {
      const entry = labels[key];
      if (entry === undefined || typeof entry === "string")
        throw new E7Error(ERR.E_TEMPLATE_UNKNOWN, `No label "${key}" in templates/labels.json`);
      return entry[lang];
    },
  };
}
