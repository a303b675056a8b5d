import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../src/catalog/load-catalog.js";
import { buildStartingCase } from "../../src/case/build-starting-case.js";
import { askStartingCaseAnswers } from "../../src/cli/init.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-init-");

interface JsonOutput {
  valid: boolean;
  errors: { path: string; message: string }[];
}

describe("e7-align init", () => {
  it("should write a starting case with $schema and placeholders that validate flags", async () => {
    const dir = tempDir();
    const run = await cli(["init", "--code", "2224"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wrote case\.json for 2224 Web developer .* <placeholders> to fill in/);
    const written = JSON.parse(readFileSync(path.join(dir, "case.json"), "utf8")) as Record<string, unknown>;
    expect(written.selectedCode).toBe("2224");
    expect(existsSync(path.resolve(dir, written.$schema as string))).toBe(true);
    const check = await cli(["validate", "case.json", "--json"], { cwd: dir });
    expect(check.code).toBe(2);
    const out = JSON.parse(check.stdout) as JsonOutput;
    expect(out.errors.length).toBeGreaterThan(50);
    // Every remaining problem is an unfilled placeholder (or the placeholder key of foreignEmployees).
    expect(out.errors.filter((e) => !/still the placeholder|not a stay status/.test(e.message))).toEqual([]);
  });

  it("should include every field of the schema", () => {
    const starting = buildStartingCase("schema.json", { kind: "reapplication" });
    expect(Object.keys(starting)).toEqual([
      "$schema",
      "schemaVersion",
      "filing",
      "selectedCode",
      "applicant",
      "employer",
      "position",
      "recruitment",
      "priorApplication",
    ]);
    const schema = JSON.parse(readFileSync(path.resolve("schemas/case.schema.json"), "utf8")) as {
      properties: Record<string, { properties?: Record<string, unknown> }>;
    };
    for (const section of ["filing", "applicant", "employer", "position", "recruitment", "priorApplication"] as const) {
      expect(Object.keys(starting[section] as object).sort(), section).toEqual(
        Object.keys(schema.properties[section]!.properties!).sort(),
      );
    }
  });

  it("should never overwrite a file without --force", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "case.json"), "keep me");
    const refused = await cli(["init", "--code", "2224"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/case\.json already exists; init never overwrites a file/);
    expect(readFileSync(path.join(dir, "case.json"), "utf8")).toBe("keep me");
    const forced = await cli(["init", "--code", "2224", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, "case.json"), "utf8")).toMatch(/"selectedCode": "2224"/);
  });

  it("should print to standard output with --stdout and resolve a former code to the current one", async () => {
    const run = await cli(["init", "--code", "2814", "--stdout"]);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { selectedCode: string; $schema: string };
    expect(printed.selectedCode).toBe("2914");
    expect(printed.$schema).toMatch(/schemas\/case\.schema\.json$/);
  });

  it("should exit 2 for an unknown code", async () => {
    const run = await cli(["init", "--code", "9999x", "--stdout"]);
    expect(run.code).toBe(2);
  });

  it("should add priorApplication for a reapplication", async () => {
    const run = await cli(["init", "--kind", "reapplication", "--stdout"]);
    const printed = JSON.parse(run.stdout) as { filing: { kind: string }; priorApplication?: { decision: string } };
    expect(printed.filing.kind).toBe("reapplication");
    expect(printed.priorApplication?.decision).toBe("denied");
  });
});

describe("askStartingCaseAnswers", () => {
  it("should turn interactive answers into case values, re-asking bad ones", async () => {
    const answers = [
      "web developer", // a title: shows candidates and asks again
      "2224",
      "Web Developer",
      "웹 개발자",
      "NGUYEN VAN AN",
      "주식회사 한빛커머스",
      "Hanbit Commerce Co., Ltd.",
      "220-81-61902", // wrong check digit: asked again
      "2208161901",
      "2026-02-30", // not a date: asked again
      "2026-12-07",
      "42,000,000원",
      "seoul-gangnam", // not an office id: asked again
      "seoul",
      "Develop the web storefront in React | 60%",
      "React로 웹 스토어를 개발한다",
      "Build REST APIs in Node.js | 40",
      "", // Korean left for later
      "",
    ];
    const questions: string[] = [];
    const result = await askStartingCaseAnswers(
      loadCatalog(),
      async (question) => {
        questions.push(question);
        return answers.shift() ?? "";
      },
      { kind: "first" },
    );
    expect(result.occupation?.code).toBe("2224");
    expect(result).toMatchObject({
      titleEn: "Web Developer",
      titleKo: "웹 개발자",
      applicantName: "NGUYEN VAN AN",
      businessRegistrationNumber: "220-81-61901",
      plannedFilingDate: "2026-12-07",
      annualSalaryKrw: 42_000_000,
      immigrationOffice: "seoul",
      duties: [
        { text: { en: "Develop the web storefront in React", ko: "React로 웹 스토어를 개발한다" }, share: 60 },
        { text: { en: "Build REST APIs in Node.js" }, share: 40 },
      ],
    });
    expect(questions[1]).toMatch(/Candidates: .*2224/);
    expect(questions.some((q) => /check digit does not match \(it would be 1\)/.test(q))).toBe(true);
    expect(questions.some((q) => /real date/.test(q))).toBe(true);
    expect(questions.some((q) => /Not an office id/.test(q))).toBe(true);
    const starting = buildStartingCase("s.json", result) as {
      position: { duties: { text: { ko: string; en: string } }[]; annualSalaryKrw: number };
    };
    expect(starting.position.duties.map((d) => d.text.en)).toEqual([
      "Develop the web storefront in React",
      "Build REST APIs in Node.js",
    ]);
    expect(starting.position.duties[0]!.text.ko).toBe("React로 웹 스토어를 개발한다");
    expect(starting.position.duties[1]!.text.ko).toMatch(/^<.*>$/);
    expect(starting.position.annualSalaryKrw).toBe(42_000_000);
  });

  it("should keep placeholders for skipped questions", async () => {
    const result = await askStartingCaseAnswers(loadCatalog(), async () => "", { kind: "first" });
    expect(result).toEqual({ kind: "first" });
  });
});
