import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checks } from "../../src/checks/index.js";
import { PACKAGE_ROOT } from "../../src/paths.js";

const CHECKS_DIR = path.join(PACKAGE_ROOT, "src", "checks");
const TESTS_DIR = path.join(PACKAGE_ROOT, "test", "checks");
/** Files in src/checks that are the framework, not checks. */
const FRAMEWORK = new Set(["index", "types", "run-checks", "load-rules", "check-helpers", "validate-case-file"]);

const checkFiles = readdirSync(CHECKS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
  .map((entry) => entry.name.replace(/\.ts$/, ""))
  .filter((name) => !FRAMEWORK.has(name))
  .sort();

const messageIdsIn = (file: string): string[] => [...readFileSync(file, "utf8").matchAll(/messageId: "(\w+)"/g)].map((m) => m[1]!);

describe("check registry", () => {
  it("should register every check file, sorted by id", () => {
    expect(Object.keys(checks)).toEqual(checkFiles);
  });

  it.each(checkFiles)("%s: meta.id equals the file name and meta is complete", (id) => {
    const check = checks[id]!;
    expect(check.meta.id).toBe(id);
    expect(check.meta.description.length).toBeGreaterThan(20);
    expect(["error", "warning", "info"]).toContain(check.meta.severity);
    expect(check.meta.source).toMatch(/\S/);
    expect(Object.keys(check.meta.messages).length).toBeGreaterThan(0);
    for (const messageId of Object.keys(check.meta.messages)) expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
  });

  it.each(checkFiles)("%s: has a test file", (id) => {
    expect(existsSync(path.join(TESTS_DIR, `${id}.test.ts`))).toBe(true);
  });

  it.each(checkFiles)("%s: every messageId reported in the source and used in its test exists, and every message is reported", (id) => {
    const messages = Object.keys(checks[id]!.meta.messages);
    const reported = messageIdsIn(path.join(CHECKS_DIR, `${id}.ts`));
    const tested = messageIdsIn(path.join(TESTS_DIR, `${id}.test.ts`));
    for (const messageId of [...reported, ...tested]) expect(messages).toContain(messageId);
    expect([...new Set(reported)].sort()).toEqual([...messages].sort());
  });

  it.each(checkFiles)("%s: every message is tested", (id) => {
    const tested = new Set(messageIdsIn(path.join(TESTS_DIR, `${id}.test.ts`)));
    expect(Object.keys(checks[id]!.meta.messages).filter((m) => !tested.has(m))).toEqual([]);
  });
});
