// The trade clerk filed as 2842, end to end through the CLI: match, validate, generate and verify all refuse it.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-excluded-");
const CASE = path.join(PACKAGE_ROOT, "test", "fixtures", "exclusions", "trade-clerk-2842", "case.json");
const DUTIES = [
  "Prepare commercial invoices, packing lists and certificates of origin for each export order. (30%)",
  "Book shipments with freight forwarders and track the vessels until arrival. (25%)",
  "Arrange customs clearance with the customs broker and file the export declarations. (25%)",
  "Check letter of credit documents against the bank's requirements and archive the shipping documents. (20%)",
];

describe("a trade clerk's duties filed as 2842", () => {
  it("match: EXCLUDED, naming the excluded role, exit 1 with or without the code", async () => {
    const run = await cli(["match", "--code", "2842", DUTIES.join("\n")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Whole text: EXCLUDED for 2842");
    expect(run.stdout).toContain("Trade clerk");
    expect((await cli(["match", DUTIES.join("\n")])).code).toBe(1);
  });

  it("validate: exit 1 naming the exclusion", async () => {
    const run = await cli(["validate", CASE]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/error \[duties-excluded-role\].*Trade clerk/);
  });

  it("generate: no packet, no 'Consistent'", async () => {
    const out = path.join(tempDir(), "packet");
    const run = await cli(["generate", CASE, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("Consistent");
    expect(run.stdout + run.stderr).toContain("duties-excluded-role");
    expect(existsSync(out)).toBe(false);
  });

  it("verify: a contract with those duties is not a match", async () => {
    const file = path.join(tempDir(), "contract.txt");
    writeFileSync(
      file,
      [
        "Employment Contract",
        "",
        "Position: Overseas Sales Coordinator",
        "",
        "Duties",
        ...DUTIES.map((duty, i) => `${i + 1}. ${duty}`),
        "",
        "Working hours: 40 hours a week.",
      ].join("\n"),
    );
    const run = await cli(["verify", "--code", "2842", "--contract", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Verdict: EXCLUDED");
    expect(run.stdout).toContain("document-excluded-role");
  });
});
