import { readFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { loadOffices, officeForAddress } from "../../src/case/immigration-offices.js";
import { validateCase } from "../../src/case/validate-case.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(PACKAGE_ROOT, file), "utf8"));

describe("src/data/immigration-offices.json", () => {
  it("should match its schema, with unique ids and every cited source present", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(read("schemas/immigration-offices.schema.json"));
    expect(validate(read("src/data/immigration-offices.json")), JSON.stringify(validate.errors)).toBe(true);
    const list = loadOffices();
    const ids = list.offices.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(list.offices.filter((o) => o.kind !== "branch")).toHaveLength(19);
    for (const office of list.offices) {
      expect(list.sources, office.id).toHaveProperty(office.source);
      if (office.jurisdictionSource) expect(list.sources, office.id).toHaveProperty(office.jurisdictionSource);
      if (office.parent) expect(ids).toContain(office.parent);
    }
  });

  it("should give each district to one office at most", () => {
    const districts = loadOffices().offices.flatMap((o) => o.jurisdiction ?? []);
    expect(new Set(districts).size).toBe(districts.length);
  });
});

describe("officeForAddress", () => {
  it("should name the office a sourced district belongs to, and nothing for an unsourced one", () => {
    expect(officeForAddress("경기도 성남시 분당구 판교역로 235, 7층")?.office.id).toBe("seoul");
    expect(officeForAddress("서울 마포구 월드컵북로 396")?.office.id).toBe("seoul-southern");
    expect(officeForAddress("인천광역시 남동구 남동서로 193")?.office.id).toBe("incheon");
    expect(officeForAddress("서울특별시 종로구 종로 33")?.office.id).toBe("seoul-sejongro");
    expect(officeForAddress("경상남도 창원시 성산구 공단로 474")).toBeUndefined();
  });
});

describe("validateCase and filing.immigrationOffice", () => {
  const example = (): { filing: { immigrationOffice: string } } => read("examples/web-developer/case.json") as never;

  it("should warn when the employer's district belongs to another office", async () => {
    const data = example();
    data.filing.immigrationOffice = "seoul-southern";
    const result = await validateCase({ data });
    expect(result.valid).toBe(true);
    expect(result.warnings.find((w) => w.keyword === "officeJurisdiction")?.message).toMatch(
      /서울특별시 강남구\) is under 서울출입국·외국인청 \("seoul"\)/,
    );
  });

  it("should reject an id that is not in the list, suggesting the closest", async () => {
    const data = example();
    data.filing.immigrationOffice = "seoul-southen";
    const result = await validateCase({ data });
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => [e.keyword, e.path])).toEqual([["unknownOffice", "/filing/immigrationOffice"]]);
    expect(result.errors[0]!.message).toMatch(/did you mean "seoul-southern"/);
  });
});
