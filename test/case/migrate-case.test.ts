import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCase } from "../../src/case/load-case.js";
import { detectLanguage, migrateCase, MigrateError, officeIdFor } from "../../src/case/migrate-case.js";
import { validateCase } from "../../src/case/validate-case.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const V1 = path.join(PACKAGE_ROOT, "test", "fixtures", "case-v1", "web-developer.json");

describe("detectLanguage", () => {
  it("should read a text by its share of Hangul letters", () => {
    expect(detectLanguage("웹 개발자")).toBe("ko");
    expect(detectLanguage("서울특별시 강남구 테헤란로 152, 12층")).toBe("ko");
    expect(detectLanguage("Develop the web storefront in React")).toBe("en");
    expect(detectLanguage("Platform Engineering Team (플랫폼개발팀)")).toBe("en");
    expect(detectLanguage("Unity와 C#으로 모바일 게임을 개발한다")).toBe("ko");
    expect(detectLanguage("2026 / 42")).toBeUndefined();
  });
});

describe("officeIdFor", () => {
  it("should find the office a written name means, the longest name first", () => {
    expect(officeIdFor("Seoul Southern Immigration Office (서울남부출입국·외국인사무소)")).toBe("seoul-southern");
    expect(officeIdFor("서울출입국·외국인청")).toBe("seoul");
    expect(officeIdFor("Seoul Immigration Office")).toBe("seoul");
    expect(officeIdFor("부산출입국·외국인청")).toBe("busan");
    expect(officeIdFor("수원출입국관리사무소")).toBe("suwon");
    expect(officeIdFor("the office near us")).toBeUndefined();
  });
});

describe("migrateCase", () => {
  const loaded = loadCase(readFileSync(V1), { path: "web-developer.json" });
  const result = migrateCase(loaded.data, loaded.ast);

  it("should put each text under the language it is written in and turn the office into an id", () => {
    const data = result.data as {
      filing: { immigrationOffice: string };
      position: { duties: { text: unknown }[]; workplace: unknown; title: unknown };
      recruitment: { specialisedSkills: unknown[] };
    };
    expect(Object.keys(result.data).slice(0, 3)).toEqual(["$schema", "schemaVersion", "filing"]);
    expect(result.data.schemaVersion).toBe(2);
    expect(data.filing.immigrationOffice).toBe("seoul-southern");
    expect(data.position.duties[0]!.text).toEqual({ en: expect.stringMatching(/^Develop and maintain the front end/) });
    expect(data.position.workplace).toEqual({ ko: "서울특별시 강남구 테헤란로 152, 12층" });
    expect(data.recruitment.specialisedSkills[2]).toEqual({ en: "Vietnamese (native) and English" });
    // Fields that were bilingual already are left as they were.
    expect(data.position.title).toEqual({ en: "Web Developer", ko: "웹 개발자" });
  });

  it("should list every text that needs the other language, at its place in the original file", () => {
    const fields = result.needed.map((n) => `${n.field}:${n.missing}`);
    expect(fields).toContain("position.duties[0].text:ko");
    expect(fields).toContain("position.workplace:en");
    expect(fields).toContain("recruitment.expectedEffect:ko");
    expect(result.needed).toHaveLength(19);
    const workplace = result.needed.find((n) => n.field === "position.workplace")!;
    expect(loaded.text.split("\n")[workplace.line - 1]).toContain('"workplace": "서울특별시');
    expect(result.needed.map((n) => n.line)).toEqual([...result.needed.map((n) => n.line)].sort((a, b) => a - b));
  });

  it("should give a case that validates except for exactly the texts it listed", async () => {
    const validation = await validateCase({ data: result.data });
    expect(validation.errors.map((e) => e.keyword)).toEqual(result.needed.map(() => "missingLanguage"));
    expect(new Set(validation.errors.map((e) => e.path))).toEqual(new Set(result.needed.map((n) => n.path)));
  });

  it("should ask only for the languages filing.languages lists", () => {
    const korean = structuredClone(loaded.data) as { filing: { languages: string[] } };
    korean.filing.languages = ["en"];
    const migrated = migrateCase(korean);
    expect(migrated.needed.map((n) => n.field)).toEqual(["position.workplace"]);
  });

  it("should refuse a version-2 case and anything that is not a case", () => {
    expect(() => migrateCase({ ...(result.data as object) })).toThrow(MigrateError);
    expect(() => migrateCase([1, 2])).toThrow(/not a case file/);
    expect(() => migrateCase({ hello: "world" })).toThrow(/not a case file/);
  });

  it("should leave the input object unchanged", () => {
    const before = JSON.stringify(loaded.data);
    migrateCase(loaded.data, loaded.ast);
    expect(JSON.stringify(loaded.data)).toBe(before);
  });
});
