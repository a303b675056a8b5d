// A one-shot command loads only the bundle chunks it imports statically; `match` must not pull in every check's
// messages (about 200 kB of code to compile in a fresh process). Uses the build: `npm run build` first.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../src/paths.js";

const BUNDLE = path.join(PACKAGE_ROOT, "dist", "bundle");

/** The compiled modules (dist/...) in the chunk that holds `module` and in every chunk it imports statically. */
function modulesLoadedWith(module: string): Set<string> {
  const chunks = readdirSync(BUNDLE).filter((name) => name.endsWith(".js"));
  const sources = new Map(chunks.map((name) => [name, readFileSync(path.join(BUNDLE, name), "utf8")]));
  const start = chunks.find((name) => sources.get(name)!.includes(`\n// ${module}\n`));
  expect(start, `a chunk holding ${module}`).toBeDefined();
  const seen = new Set<string>();
  const pending = [start!];
  while (pending.length > 0) {
    const chunk = pending.pop()!;
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    for (const [, imported] of sources.get(chunk)!.matchAll(/^import (?:[^"]*from )?"\.\/([^"]+)";$/gm))
      pending.push(imported!);
  }
  const modules = new Set<string>();
  for (const chunk of seen)
    for (const [, name] of sources.get(chunk)!.matchAll(/^\/\/ (\S+\.js)$/gm)) modules.add(name!);
  return modules;
}

describe("what one command loads from the CLI bundle", () => {
  it("match loads the matcher and the catalog but not the checks or the verify readers", () => {
    const loaded = modulesLoadedWith("dist/cli/match.js");
    expect(loaded).toContain("dist/match/match-duties.js");
    expect(loaded).toContain("dist/catalog/load-catalog.js");
    expect(loaded).not.toContain("dist/checks/index.js");
    expect(loaded).not.toContain("dist/checks/messages/localize-finding.js");
    expect(loaded).not.toContain("dist/checks/verify/index.js");
  });
});
