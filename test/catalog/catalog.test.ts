import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { CATALOG_PATH, loadCatalog } from "../../src/catalog/load-catalog.js";
import { requireOccupation, resolveCode } from "../../src/catalog/resolve-code.js";

const catalog = loadCatalog();
const official = readFileSync(new URL("../fixtures/official-list-2026-09.tsv", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line && !line.startsWith("#") && !line.startsWith("subtype"))
  .map((line) => {
    const [subtype, code, nameKo, formerCode, formerEdition] = line.split("\t") as [
      string,
      string,
      string,
      string,
      string,
    ];
    return { subtype, code, nameKo, formerCode, formerEdition };
  });

describe("catalog data", () => {
  it("should validate against schemas/catalog.schema.json", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictTuples: false });
    addFormats.default(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(new URL("../../schemas/catalog.schema.json", import.meta.url), "utf8")),
    );
    const data = JSON.parse(readFileSync(CATALOG_PATH, "utf8"));
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe(true);
  });

  it("should hold every coded occupation of the September 2026 list with its official Korean name", () => {
    const coded = official.filter((row) => row.code);
    expect(coded).toHaveLength(94);
    for (const row of coded) {
      const occupation = catalog.byCode.get(row.code);
      expect(occupation, row.code).toBeDefined();
      expect(occupation!.nameKo).toBe(row.nameKo);
      expect(occupation!.subtype).toBe(row.subtype);
    }
    expect(catalog.occupations.filter((o) => o.code !== null)).toHaveLength(94);
  });

  it("should count 67 E-7-1, 10 E-7-2, 14 E-7-3, 3 E-7-4 and two E-7-S tracks without a code", () => {
    const count = (subtype: string) => catalog.occupations.filter((o) => o.subtype === subtype).length;
    expect([count("E-7-1"), count("E-7-2"), count("E-7-3"), count("E-7-4"), count("E-7-S")]).toEqual([
      67, 10, 14, 3, 2,
    ]);
    expect(catalog.occupations.filter((o) => o.subtype === "E-7-S").every((o) => o.code === null)).toBe(true);
  });

  it("should have unique codes and ids", () => {
    const ids = catalog.occupations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const codes = catalog.occupations.flatMap((o) => (o.code ? [o.code] : []));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("should give every occupation 5-12 tasks written in both languages", () => {
    for (const occupation of catalog.occupations) {
      expect(occupation.tasks.length, occupation.id).toBeGreaterThanOrEqual(5);
      expect(occupation.tasks.length, occupation.id).toBeLessThanOrEqual(12);
      for (const task of occupation.tasks) {
        expect(task.en, occupation.id).toMatch(/[a-z]{3}/i);
        expect(task.ko, occupation.id).toMatch(/[\uAC00-\uD7A3]/);
      }
    }
  });

  it("should keep adjacency symmetric and point only at catalog codes", () => {
    // E-7-S tracks have no code, so their neighbours cannot point back at them.
    for (const occupation of catalog.occupations.filter((o) => o.code !== null)) {
      for (const adjacent of occupation.adjacent) {
        const other = catalog.byCode.get(adjacent.code);
        expect(other, `${occupation.id} -> ${adjacent.code}`).toBeDefined();
        expect(
          other!.adjacent.map((a) => a.code),
          `${adjacent.code} should list ${occupation.code}`,
        ).toContain(occupation.code);
      }
    }
  });

  it("should name the list editions every former code belongs to", () => {
    const editions = new Set(catalog.editions.map((e) => e.id));
    for (const occupation of catalog.occupations) {
      for (const former of occupation.formerCodes)
        expect(editions.has(former.edition), `${occupation.id} ${former.edition}`).toBe(true);
    }
  });

  it("should mark the five named occupations, web developers and designers for stricter review, and exempt 2341 and 271", () => {
    for (const code of ["2351", "2395", "2832", "2842", "2914", "2224", "295"])
      expect(catalog.byCode.get(code)!.stricterReview.applies, code).toBe(true);
    for (const code of ["2341", "271"]) expect(catalog.byCode.get(code)!.stricterReview.applies, code).toBe(false);
    for (const o of catalog.occupations.filter((o) => ["E-7-2", "E-7-3", "E-7-4"].includes(o.subtype)))
      expect(o.stricterReview.applies, o.id).toBe(true);
  });
});

describe("resolveCode", () => {
  it("should resolve every former code of the reference to its occupation", () => {
    for (const row of official.filter((r) => r.formerCode)) {
      const readings = resolveCode(catalog, row.formerCode);
      const ids =
        readings.kind === "found"
          ? [readings.occupation.id]
          : readings.kind === "ambiguous"
            ? readings.readings.map((r) => r.occupation.id)
            : [];
      expect(ids, `${row.formerCode} -> ${row.code}`).toContain(row.code);
      const inEdition = resolveCode(catalog, row.formerCode, row.formerEdition);
      if (row.code !== "2372") {
        expect(inEdition.kind, `${row.formerCode} in ${row.formerEdition}`).toBe("found");
        if (inEdition.kind === "found") expect(inEdition.occupation.code).toBe(row.code);
      }
    }
  });

  it("should report numbers that mean different occupations in different editions as ambiguous", () => {
    const expectations: Record<string, string[]> = {
      "441": ["441", "451"],
      "2224": ["2224", "2231"],
      "2351": ["2351", "2341"],
      "2352": ["2352", "2342"],
    };
    for (const [code, ids] of Object.entries(expectations)) {
      const resolution = resolveCode(catalog, code);
      expect(resolution.kind, code).toBe("ambiguous");
      if (resolution.kind === "ambiguous")
        expect(resolution.readings.map((r) => r.occupation.id).sort()).toEqual([...ids].sort());
    }
  });

  it("should read a colliding number in the named edition only", () => {
    const chef = resolveCode(catalog, "441", "ksco7-list");
    expect(chef.kind === "found" && chef.occupation.code).toBe("451");
    const transport = resolveCode(catalog, "441", "2026-09");
    expect(transport.kind === "found" && transport.occupation.code).toBe("441");
    const data = resolveCode(catalog, "2224", "ksco6-list");
    expect(data.kind === "found" && data.occupation.code).toBe("2231");
  });

  it("should answer the article's wrong numbers with the right code", () => {
    const expected: Record<string, string> = {
      "2222": "2223",
      "2223": "2224",
      "2732": "2834",
      "2311": "2351",
      "2321": "2395",
      "2752": "2832",
    };
    for (const [code, correct] of Object.entries(expected)) {
      const resolution = resolveCode(catalog, code);
      const misuse =
        resolution.kind === "misused" || resolution.kind === "found" || resolution.kind === "ambiguous"
          ? resolution.misuse
          : undefined;
      expect(misuse?.correctCode, code).toBe(correct);
    }
    expect(resolveCode(catalog, "2752").kind).toBe("misused");
  });

  it("should suggest close codes for an unknown number and throw a user error", () => {
    const resolution = resolveCode(catalog, "22245");
    expect(resolution.kind).toBe("unknown");
    if (resolution.kind === "unknown") expect(resolution.candidates.map((o) => o.code)).toContain("2224");
    expect(() => requireOccupation(catalog, "99999")).toThrowError(/not an E-7 occupation code/);
  });

  it("should accept lower-case and spaced input", () => {
    const resolution = resolveCode(catalog, " s2353 ");
    expect(resolution.kind === "found" && resolution.occupation.code).toBe("S2353");
  });
});
