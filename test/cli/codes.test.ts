import { describe, expect, it } from "vitest";
import { cli } from "../helpers/run-cli.js";

describe("e7-align codes", () => {
  it("should list every coded occupation as JSON with the catalog fields", async () => {
    const run = await cli(["codes", "list", "--json"]);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as {
      code: string | null;
      nameKo: string;
      tasks: unknown[];
      adjacent: unknown[];
      formerCodes: unknown[];
    }[];
    expect(list.filter((o) => o.code !== null)).toHaveLength(94);
    for (const entry of list) {
      for (const field of [
        "code",
        "formerCodes",
        "subtype",
        "group",
        "nameKo",
        "nameEn",
        "scopeEn",
        "scopeKo",
        "tasks",
        "exampleTitles",
        "excludedTitles",
        "adjacent",
        "stricterReview",
        "recommendation",
        "qualification",
        "sources",
      ]) {
        expect(entry, field).toHaveProperty(field);
      }
    }
  });

  it("should filter the list by subtype", async () => {
    const run = await cli(["codes", "list", "--subtype", "E-7-1", "--json"]);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(67);
    const table = await cli(["codes", "list", "--subtype", "E-7-4"]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("3 occupations");
  });

  it("should show one occupation with its neighbours and separating questions", async () => {
    const run = await cli(["codes", "show", "2351", "--edition", "2026-09", "--json"]);
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.stdout) as {
      occupation: { code: string; adjacent: { code: string; question: { en: string } }[] };
    };
    expect(shown.occupation.code).toBe("2351");
    const drafter = shown.occupation.adjacent.find((a) => a.code === "2395");
    expect(drafter?.question.en).toMatch(/2395/);
  });

  it("should show a former code as its current occupation and say so", async () => {
    const run = await cli(["codes", "show", "2742"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2842");
    expect(run.stdout).toMatch(/ksco7-list code of this occupation/);
  });

  it("should warn about a number that means different occupations in different editions", async () => {
    const run = await cli(["codes", "show", "441", "--json"]);
    expect(run.code).toBe(0);
    const shown = JSON.parse(run.stdout) as { resolution: string; notes: string[] };
    expect(shown.resolution).toBe("ambiguous");
    expect(shown.notes.join(" ")).toMatch(/451/);
  });

  it("should exit 2 with the closest candidates for an unknown code", async () => {
    const run = await cli(["codes", "show", "22245"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not an E-7 occupation code/);
    expect(run.stderr).toContain("2224");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("should answer a misused number with the right code", async () => {
    const run = await cli(["codes", "show", "2752"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("2832");
  });

  it("should never propose the number it refused in an edition, and say what that number is elsewhere", async () => {
    const run = await cli(["codes", "show", "2843", "--edition", "ksco7-list"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/2843 is not an E-7 occupation code in the ksco7-list list edition/);
    expect(run.stderr).toMatch(
      /In the 2026-09 list 2843 is Technical sales representative .*its ksco7-list number is 2743/,
    );
    const closest = run.stderr.split("\n").find((line) => line.includes("Closest"))!;
    expect(closest).toContain("2743 Technical sales representative");
    expect(closest).not.toMatch(/\b2843\b/);
  });

  it("should exit 2 for an unknown edition", async () => {
    const run = await cli(["codes", "show", "2224", "--edition", "1999"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Known editions/);
  });

  it("should warn that a marketing manager title cannot decide between 2815, 2833 and 2834", async () => {
    const run = await cli(["codes", "search", "marketing manager", "--json"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { titleIsAmbiguous: boolean; candidates: { code: string }[] };
    expect(result.titleIsAmbiguous).toBe(true);
    const codes = result.candidates.map((c) => c.code);
    for (const code of ["2815", "2833", "2834"]) expect(codes).toContain(code);
  });

  it("should find a Korean title", async () => {
    const run = await cli(["codes", "search", "웹 개발자", "--json"]);
    const result = JSON.parse(run.stdout) as { candidates: { code: string }[] };
    expect(result.candidates[0]?.code).toBe("2224");
  });
});

describe("e7-align (no command)", () => {
  it("should print the version", async () => {
    const run = await cli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("should exit 2 with usage help for an unknown command", async () => {
    const run = await cli(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error:/);
  });
});
