import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packetCaseChecks, packetChecks } from "../../../src/checks/packet/index.js";
import { PACKAGE_ROOT } from "../../../src/paths.js";

const SRC = path.join(PACKAGE_ROOT, "src", "checks", "packet");
const TESTS = path.join(PACKAGE_ROOT, "test", "checks", "packet");
const NOT_CHECKS = new Set(["index.ts", "types.ts", "run-packet-checks.ts", "expected-strings.ts"]);

describe("packet check registry", () => {
  const registry = { ...packetChecks, ...packetCaseChecks };
  const files = readdirSync(SRC).filter((f) => f.endsWith(".ts") && !NOT_CHECKS.has(f)).map((f) => f.slice(0, -3)).sort();

  it("should register every check file once, under its meta.id", () => {
    expect(Object.keys(registry).sort()).toEqual(files);
    for (const [id, check] of Object.entries(registry)) expect(check.meta.id).toBe(id);
  });

  it("should have a test file for every check", () => {
    const tests = new Set(readdirSync(TESTS));
    for (const id of files) expect(tests.has(`${id}.test.ts`), id).toBe(true);
  });

  it("should keep the packet- prefix apart from the case checks", () => {
    for (const id of Object.keys(registry)) expect(id.startsWith("packet-")).toBe(true);
  });
});
