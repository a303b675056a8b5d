/**
 * The template environment: every templates/<lang>/<clause-id>.hbs compiled once in a private Handlebars
 * instance (strict, no HTML escaping, built-in helpers only), plus the short labels of templates/labels.json.
 * User text reaches templates only as data, so "{{…}}" inside it is printed as written.
 */
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

/** Splits rendered text into paragraphs: blank lines separate them, other line breaks and runs of spaces collapse. */
export function toParagraphs(text: string): readonly string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part.length > 0);
}

type Compiled = (data: object) => string;

let cached: Promise<Templates> | undefined;

/** Compiles the shipped templates once per process (Handlebars is loaded lazily). */
export function loadTemplates(dir: string = TEMPLATES_DIR): Promise<Templates> {
  if (dir !== TEMPLATES_DIR) return compileTemplates(dir);
  cached ??= compileTemplates(dir);
  return cached;
}

async function compileTemplates(dir: string): Promise<Templates> {
  const { default: Handlebars } = await import("handlebars");
  const env = Handlebars.create();
  const langs: readonly TemplateLang[] = ["en", "ko"];
  const compiled = new Map<string, Compiled>();
  const idsByLang = langs.map((lang) => {
    const files = readdirSync(path.join(dir, lang))
      .filter((file) => file.endsWith(".hbs"))
      .sort();
    for (const file of files) {
      const source = readFileSync(path.join(dir, lang, file), "utf8");
      // compile() is lazy; precompiling once here makes syntax errors and unknown helpers fail at load, not mid-packet.
      env.precompile(source, TEMPLATE_OPTIONS);
      compiled.set(`${lang}/${file.slice(0, -4)}`, env.compile(source, TEMPLATE_OPTIONS));
    }
    return files.map((file) => file.slice(0, -4));
  });
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
