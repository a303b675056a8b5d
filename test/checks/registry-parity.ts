/**
 * The parity tests every check registry passes (case, packet, verify), so that a check's rule, messages and tests are
 * found the same way everywhere: one file per check named by its id, registered, with complete meta, a test file, and
 * every message reported by the check and exercised by its test.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CheckMeta } from "../../src/checks/types.js";

export interface RegistryUnderTest {
  readonly name: string;
  /** id -> check, as registered. */
  readonly registry: Readonly<Record<string, { readonly meta: CheckMeta }>>;
  /** The folder of the check files, and of their tests. */
  readonly srcDir: string;
  readonly testDir: string;
  /** File names (without .ts) in srcDir that are the framework, not checks. */
  readonly framework: readonly string[];
  /** Prefix every id carries (keeps the registries' ids apart), if any. */
  readonly prefix?: string;
}

/** The string literals a file gives a key (`messageId: "x"`, or every branch of `messageId: a ? "x" : "y"`). */
const literalsOf = (file: string, key: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(new RegExp(`\\b${key}:\\s*([^,}]+)`, "g"))].flatMap((m) =>
    [...m[1]!.matchAll(/(?:^|[?:]\s*)"(\w+)"/g)].map((l) => l[1]!),
  );

/** The message ids a file names (reports in a check, expectations in a test). */
export const messageIdsIn = (file: string): string[] => literalsOf(file, "messageId");
const fixIdsIn = (file: string): string[] => literalsOf(file, "fixId");

/** The check files of a folder: every .ts file that is not part of the framework, sorted. */
export function checkFilesIn(srcDir: string, framework: readonly string[]): string[] {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => entry.name.replace(/\.ts$/, ""))
    .filter((name) => !framework.includes(name))
    .sort();
}

export function describeRegistry(under: RegistryUnderTest): void {
  const { registry, srcDir, testDir } = under;
  const files = checkFilesIn(srcDir, under.framework);

  describe(`${under.name} registry`, () => {
    it("should register every check file once, under its meta.id", () => {
      expect(Object.keys(registry).sort()).toEqual(files);
      for (const [id, check] of Object.entries(registry)) expect(check.meta.id).toBe(id);
    });

    if (under.prefix) {
      it(`should prefix every id with ${under.prefix} (ids are unique across the registries)`, () => {
        for (const id of Object.keys(registry)) expect(id.startsWith(under.prefix!), id).toBe(true);
      });
    }

    it.each(files)("%s: meta is complete, its source states the rule in words", (id) => {
      const meta = registry[id]!.meta;
      expect(meta.description.length).toBeGreaterThan(20);
      expect(["error", "warning", "info"]).toContain(meta.severity);
      expect(meta.source).toMatch(/\S/);
      expect(meta.source, "cite the rule, not the tracker").not.toMatch(/\bissue #?\d+/i);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      for (const messageId of Object.keys(meta.messages)) expect(messageId).toMatch(/^[a-z][A-Za-z]*$/);
    });

    it.each(files)("%s: has a test file", (id) => {
      expect(existsSync(path.join(testDir, `${id}.test.ts`))).toBe(true);
    });

    it.each(files)(
      "%s: every messageId reported in the source and used in its test exists, and every message is reported",
      (id) => {
        const messages = Object.keys(registry[id]!.meta.messages);
        const reported = messageIdsIn(path.join(srcDir, `${id}.ts`));
        const tested = messageIdsIn(path.join(testDir, `${id}.test.ts`));
        for (const messageId of [...reported, ...tested]) expect(messages).toContain(messageId);
        expect([...new Set(reported)].sort()).toEqual([...messages].sort());
      },
    );

    it.each(files)("%s: every message is tested", (id) => {
      const tested = new Set(messageIdsIn(path.join(testDir, `${id}.test.ts`)));
      expect(Object.keys(registry[id]!.meta.messages).filter((m) => !tested.has(m))).toEqual([]);
    });

    it.each(files)("%s: every fix belongs to a message or is reported by fixId", (id) => {
      const meta = registry[id]!.meta;
      const reachable = new Set([...Object.keys(meta.messages), ...fixIdsIn(path.join(srcDir, `${id}.ts`))]);
      expect(Object.keys(meta.fixes ?? {}).filter((fixId) => !reachable.has(fixId))).toEqual([]);
    });
  });
}
