import { existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-cli-generate-");

const example = (name: string): string => path.join(PACKAGE_ROOT, "examples", name, "case.json");

describe("e7-align generate", () => {
  const parent = tempDir();

  it("should print the --json result and exit 0 for a consistent packet", async () => {
    const out = path.join(parent, "english");
    const run = await cli([
      "generate",
      example("web-developer"),
      "--out",
      out,
      "--lang",
      "en",
      "--format",
      "docx",
      "--json",
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(["consistent", "selectedCode", "bestCode", "outDir", "files", "findings"]);
    expect(json).toMatchObject({ consistent: true, selectedCode: "2224", bestCode: "2224", outDir: out });
    expect(readdirSync(out).sort()).toEqual([
      "consistency-report.json",
      "consistency-report.md",
      "contract-duty-annex.docx",
      "filing-checklist-en.docx",
      "filing-checklist.json",
      "manifest.json",
      "recruitment-reason-statement.docx",
    ]);
  });

  it("should exit 1 for a mismatch example, name the better code and write nothing", async () => {
    const out = path.join(parent, "mismatch");
    const run = await cli(["generate", example("mismatch-web-platform-filed-as-2223"), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Nothing was written");
    expect(run.stdout).toContain("2224");
    expect(existsSync(out)).toBe(false);
    const json = JSON.parse(
      (await cli(["generate", example("mismatch-web-platform-filed-as-2223"), "--out", out, "--json"])).stdout,
    ) as { consistent: boolean; files: unknown[]; bestCode: string };
    expect(json).toMatchObject({ consistent: false, files: [], bestCode: "2224" });
  });

  it("should refuse an existing --out folder without --force (exit 2)", async () => {
    const out = path.join(parent, "existing");
    mkdirSync(out);
    const run = await cli(["generate", example("web-developer"), "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--force");
    expect(readdirSync(out)).toEqual([]);
  });

  it("should reject an unknown format and a missing case file (exit 2)", async () => {
    expect(
      (await cli(["generate", example("web-developer"), "--out", path.join(parent, "x"), "--format", "odt"])).code,
    ).toBe(2);
    const missing = await cli(["generate", path.join(parent, "nope.json"), "--out", path.join(parent, "y")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json");
  });

  it("should show progress on a terminal only", async () => {
    const run = await cli(
      ["generate", example("web-developer"), "--out", path.join(parent, "tty"), "--format", "docx"],
      { isTTY: true },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("Reading the files back");
    expect(run.stdout).toContain("Consistent");
  });
});
