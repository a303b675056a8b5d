/** The layer rule of docs/architecture.md: a folder under src/ imports only from folders below it in LAYERS. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";

/** Bottom to top; "." is the files directly in src/ (errors, paths) and "data" the catalog and rules JSON. */
export const LAYERS = [
  ".",
  "data",
  "vendor",
  "text",
  "io",
  "catalog",
  "case",
  "match",
  "model",
  "render",
  "writers",
  "readers",
  "checks",
  "checklist",
  "report",
  "verify",
  "generate",
  "batch",
  "serve",
  "cli",
  "bench",
  "build",
] as const;

const SRC = path.join(PACKAGE_ROOT, "src");
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** Every relative import between folders of src/, as [from folder, to folder, file]. */
function folderImports(): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const entry of readdirSync(SRC, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.(?:ts|mts|mjs)$/.test(entry.name) || entry.name.endsWith(".d.ts")) continue;
    const file = path.join(entry.parentPath, entry.name);
    // The library's index re-exports every stage: it is the top of the package, not the bottom floor.
    if (file === path.join(SRC, "index.ts")) continue;
    const from = path.relative(SRC, entry.parentPath).split(path.sep)[0] || ".";
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const target = path.relative(SRC, path.resolve(entry.parentPath, match[1]!));
      if (target.startsWith("..")) continue;
      const parts = target.split(path.sep);
      const to = parts.length > 1 ? parts[0]! : ".";
      if (to !== from) out.push([from, to, path.relative(PACKAGE_ROOT, file)]);
    }
  }
  return out;
}

describe("layers", () => {
  const imports = folderImports();

  it("should know every folder of src/", () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !(LAYERS as readonly string[]).includes(f))).toEqual([]);
    expect(imports.length).toBeGreaterThan(50);
  });

  it("should import only from lower layers", () => {
    const rank = (folder: string): number => (LAYERS as readonly string[]).indexOf(folder);
    const upward = imports
      .filter(([from, to]) => rank(to) >= rank(from))
      .map(([from, to, file]) => `${file}: ${from} -> ${to}`);
    expect(upward).toEqual([]);
  });
});
