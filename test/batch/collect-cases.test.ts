// Resolving batch inputs: folders (recursive), patterns and files; packet names from file or folder names, made unique.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectCases, packetNameFor } from "../../src/batch/collect-cases.js";
import { E7Error } from "../../src/errors.js";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "e7-batch-collect-"));
  const files = [
    "cases/web-developer/case.json",
    "cases/drafter/case.json",
    "cases/flat/drafter.json",
    "cases/flat/Drafter.JSON",
    "cases/flat/notes.txt",
    "cases/.hidden/case.json",
    "cases/node_modules/pkg/case.json",
    "cases/old/batch-summary.json",
    "cases/old/web/manifest.json",
    "cases/old/web/consistency-report.json",
    "cases/out/drafter/case.json",
    "single/한국 사례 (1).json",
  ];
  for (const file of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), "{}");
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("packetNameFor", () => {
  it("uses the parent folder for case.json and the file name otherwise", () => {
    expect(packetNameFor("/x/examples/web-developer/case.json")).toBe("web-developer");
    expect(packetNameFor("/x/cases/kim-2026.json")).toBe("kim-2026");
    expect(packetNameFor("/x/cases/Case.JSON")).toBe("cases");
  });

  it("makes the name one safe path segment", () => {
    expect(packetNameFor("/x/a b/../c?*:d.json")).toBe("c-d");
    expect(packetNameFor("/x/한국 사례 (1).json")).toBe("한국-사례-1");
    expect(packetNameFor("/x/...json")).toBe("case");
  });
});

describe("collectCases", () => {
  it("finds *.json under a folder recursively, skipping hidden folders, node_modules, output files and excluded folders", async () => {
    const { cases, unmatched } = await collectCases(["cases"], { cwd: dir, exclude: ["cases/out"] });
    expect(cases.map((c) => path.relative(dir, c.casePath))).toEqual([
      "cases/drafter/case.json",
      "cases/flat/Drafter.JSON",
      "cases/flat/drafter.json",
      "cases/web-developer/case.json",
    ]);
    expect(unmatched).toEqual([]);
  });

  it("gives every case a distinct name, ignoring letter case", async () => {
    const { cases } = await collectCases(["cases"], { cwd: dir, exclude: ["cases/out"] });
    expect(cases.map((c) => c.name)).toEqual(["drafter", "Drafter-2", "drafter-3", "web-developer"]);
  });

  it("expands patterns and lists each file once when arguments overlap", async () => {
    const { cases } = await collectCases(["cases/*/case.json", "cases/drafter/case.json"], { cwd: dir });
    expect(cases.map((c) => c.name)).toEqual(["drafter", "web-developer"]);
  });

  it("keeps a named file that does not exist as a case (it fails on its own later)", async () => {
    const { cases } = await collectCases(["missing.json", "single"], { cwd: dir });
    expect(cases.map((c) => [path.relative(dir, c.casePath), c.name])).toEqual([
      ["missing.json", "missing"],
      ["single/한국 사례 (1).json", "한국-사례-1"],
    ]);
  });

  it("reports arguments that found nothing, and fails when nothing at all is found", async () => {
    const some = await collectCases(["cases/flat/*.yaml", "single"], { cwd: dir });
    expect(some.unmatched).toEqual(["cases/flat/*.yaml"]);
    const error = await collectCases(["nothing/*.json", "cases/old"], { cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(E7Error);
    expect((error as E7Error).code).toBe("E_USAGE");
    expect((error as E7Error).message).toContain('"nothing/*.json", "cases/old"');
  });
});
