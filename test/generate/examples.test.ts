import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generatePacket } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const tempDir = useTempDirs("e7-examples-");

const EXAMPLES = path.join(PACKAGE_ROOT, "examples");
const names = readdirSync(EXAMPLES)
  .filter((name) => existsSync(path.join(EXAMPLES, name, "case.json")))
  .sort();
const parent = tempDir();

describe("every example under examples/", () => {
  it("should include valid and mismatch examples", () => {
    expect(names).toContain("web-developer");
    expect(names.some((name) => name.startsWith("mismatch-"))).toBe(true);
  });

  for (const name of names.filter((n) => !n.startsWith("mismatch-"))) {
    it(`should generate a consistent packet for ${name}`, async () => {
      const result = await generatePacket({
        casePath: path.join(EXAMPLES, name, "case.json"),
        outDir: path.join(parent, name),
      });
      expect(result.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
      expect(result).toMatchObject({ status: "written", consistent: true });
      expect(result.bestCode).toBe(result.selectedCode);
      const kinds = result.report!.documents.map((d) => d.kind);
      expect(kinds.includes("cover-letter")).toBe(result.report!.case.kind !== "first");
    });
  }

  // A packet in one language lays its tables out differently (other page breaks), so each is read back on its own.
  for (const name of names.filter((n) => !n.startsWith("mismatch-") && !n.startsWith("problem-")))
    for (const lang of ["ko", "en"] as const)
      it(`should generate a consistent ${lang}-only packet for ${name}`, async () => {
        const result = await generatePacket({
          casePath: path.join(EXAMPLES, name, "case.json"),
          outDir: path.join(parent, `${name}-${lang}`),
          lang,
        });
        expect(result.findings.filter((f) => f.severity === "error").map((f) => f.message)).toEqual([]);
        expect(result).toMatchObject({ status: "written", consistent: true });
      });

  for (const name of names.filter((n) => n.startsWith("mismatch-"))) {
    it(`should stop ${name} with exit-1 findings, naming a better code and writing nothing`, async () => {
      const outDir = path.join(parent, name);
      const result = await generatePacket({ casePath: path.join(EXAMPLES, name, "case.json"), outDir });
      expect(result.status).toBe("stopped");
      expect(result.bestCode).not.toBe(result.selectedCode);
      expect(result.findings.some((f) => f.message.includes(result.bestCode))).toBe(true);
      expect(existsSync(outDir)).toBe(false);
    });
  }
});
