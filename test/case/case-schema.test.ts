import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(PACKAGE_ROOT, file), "utf8"));

function compile(schemaFile: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false, strictRequired: false });
  addFormats.default(ajv, { mode: "full" });
  return ajv.compile(read(schemaFile));
}

/** Every property schema in a schema tree, with its pointer. */
function properties(node: unknown, pointer: string, out: { pointer: string; schema: Record<string, unknown> }[]): void {
  if (node === null || typeof node !== "object") return;
  const schema = node as Record<string, unknown>;
  for (const [key, child] of Object.entries((schema.properties as Record<string, unknown>) ?? {})) {
    out.push({ pointer: `${pointer}/properties/${key}`, schema: child as Record<string, unknown> });
    properties(child, `${pointer}/properties/${key}`, out);
  }
  for (const key of ["items", "additionalProperties"])
    if (typeof schema[key] === "object") properties(schema[key], `${pointer}/${key}`, out);
  for (const [key, child] of Object.entries((schema.$defs as Record<string, unknown>) ?? {}))
    properties(child, `${pointer}/$defs/${key}`, out);
}

describe("schemas/case.schema.json", () => {
  const schema = read("schemas/case.schema.json");

  it("should be a JSON Schema 2020-12 document with an $id that compiles in strict mode", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toMatch(/case\.schema\.json$/);
    expect(() => compile("schemas/case.schema.json")).not.toThrow();
  });

  it("should describe every property, and give examples for every leaf field", () => {
    const all: { pointer: string; schema: Record<string, unknown> }[] = [];
    properties(schema, "", all);
    expect(all.length).toBeGreaterThan(80);
    expect(all.filter((p) => typeof p.schema.description !== "string").map((p) => p.pointer)).toEqual([]);
    const leaves = all.filter(
      (p) =>
        ["string", "integer", "number", "boolean"].includes(p.schema.type as string) && !p.pointer.endsWith("/$schema"),
    );
    expect(leaves.filter((p) => !Array.isArray(p.schema.examples)).map((p) => p.pointer)).toEqual([]);
  });

  it("should keep the names other tools rely on", () => {
    const props = schema.properties as Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    expect(schema.required).toContain("selectedCode");
    expect(props.position!.required).toEqual(expect.arrayContaining(["title", "duties"]));
    const duty = (schema.$defs as Record<string, { required: string[] }>).duty!;
    expect(duty.required).toEqual(["text", "share"]);
    expect(Object.keys(props.filing!.properties!)).toEqual([
      "kind",
      "plannedFilingDate",
      "immigrationOffice",
      "codeEdition",
      "languages",
      "documentDate",
    ]);
  });

  it("should accept every example case", () => {
    const validate = compile("schemas/case.schema.json");
    for (const name of [
      "web-developer",
      "application-developer",
      "korean-game-client-developer",
      "reapplication-after-code-mismatch",
      "mismatch-web-platform-filed-as-2223",
    ]) {
      expect(validate(read(`examples/${name}/case.json`)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe("src/data/rules.json", () => {
  it("should match schemas/rules.schema.json", () => {
    const validate = compile("schemas/rules.schema.json");
    expect(validate(read("src/data/rules.json")), JSON.stringify(validate.errors)).toBe(true);
  });

  it("should carry a source and an asOf date on every dated rule", () => {
    const rules = read("src/data/rules.json") as {
      wageFloors: { source: string; asOf: string }[];
      documentValidity: { source: string; asOf: string }[];
    };
    for (const rule of [...rules.wageFloors, ...rules.documentValidity]) {
      expect(rule.source).toMatch(/\S/);
      expect(rule.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("should carry a source key it defines and an asOf date on every rule added for the checklist and the new checks", () => {
    type Dated = { source: string; asOf: string };
    const rules = read("src/data/rules.json") as {
      sources: Record<string, string>;
      minimumWage: Dated & { rates: Dated[] };
      gniPerCapita: Dated[];
      occupationGniFloors: Dated[];
      occupationEmployerRules: Dated[];
      occupationDocuments: Dated[];
      applicationRoutes: Dated[];
      guaranteeLetter: Dated;
      workplaceChangePreApproval: Dated;
    };
    const dated = [
      rules.minimumWage,
      ...rules.minimumWage.rates,
      ...rules.gniPerCapita,
      ...rules.occupationGniFloors,
      ...rules.occupationEmployerRules,
      ...rules.occupationDocuments,
      ...rules.applicationRoutes,
      rules.guaranteeLetter,
      rules.workplaceChangePreApproval,
    ];
    for (const rule of dated) {
      expect(Object.keys(rules.sources)).toContain(rule.source.split(" ")[0]);
      expect(rule.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(rules.minimumWage.rates.find((r) => (r as unknown as { year: number }).year === 2026)).toMatchObject({
      hourlyKrw: 10320,
    });
  });

  it("should hold the 2025 and 2026 wage floors and the validity windows of the reference", () => {
    const rules = read("src/data/rules.json") as {
      wageFloors: { id: string; floorsKrw: Record<string, number> }[];
      documentValidity: { id: string; months: number | null }[];
      employer: { minInsuredKoreans: { value: number }; foreignRatioPercent: { value: number } };
    };
    expect(rules.wageFloors.map((p) => [p.id, p.floorsKrw["E-7-1"]])).toEqual([
      ["wage-2025", 28_670_000],
      ["wage-2026", 31_120_000],
    ]);
    expect(Object.fromEntries(rules.documentValidity.map((r) => [r.id, r.months]))).toEqual({
      "guarantee-letter": 48,
      "domestic-certificate": 3,
      "foreign-document": null,
    });
    expect([rules.employer.minInsuredKoreans.value, rules.employer.foreignRatioPercent.value]).toEqual([5, 20]);
  });
});
