/** The Korean page's names for the schema's enum values (web/enums-ko.js) cover every drop-down list of the form. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { DOCUMENT_KINDS } from "../../src/case/document-kinds.js";
// @ts-expect-error web/ is plain browser JavaScript without type declarations.
import { ENUMS_KO, enumLabel } from "../../web/enums-ko.js";

const names = ENUMS_KO as Record<string, Record<string, string>>;
const label = enumLabel as (key: string, value: string, lang: string) => string;

/** Every [property name, enum value] of the case schema that the form shows as a drop-down list. */
function schemaEnums(): [string, string][] {
  const schema = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, "schemas", "case.schema.json"), "utf8")) as unknown;
  const found: [string, string][] = [];
  const walk = (node: unknown, key: string): void => {
    if (Array.isArray(node)) for (const n of node) walk(n, key);
    else if (node && typeof node === "object") {
      const o = node as Record<string, unknown>;
      // filing.languages is a set of checkboxes named 한국어 / English, not a drop-down list.
      if (Array.isArray(o.enum) && key !== "items") for (const v of o.enum) found.push([key, String(v)]);
      for (const [k, v] of Object.entries(o)) walk(v, k === "properties" || k === "$defs" || k === "if" ? key : k);
    }
  };
  walk(schema, "");
  return found;
}

describe("web/enums-ko.js", () => {
  it("should name every enum value of the case schema in Korean on the Korean page", () => {
    const all = schemaEnums();
    expect(all.length).toBeGreaterThan(40);
    for (const [key, value] of all) {
      expect(label(key, value, "ko"), `${key}: ${value}`).toMatch(/[가-힣]/u);
      expect(label(key, value, "en")).toBe(value);
    }
  });

  it("should name document kinds as the checklist does", () => {
    for (const [kind, { name }] of Object.entries(DOCUMENT_KINDS)) expect(names.kind![kind], kind).toBe(name.ko);
  });
});
