// `e7-align generate` reads its own PDFs back in its own thread (no reader thread and second pdf.js to start in a cold
// process); test/batch/read-back-in-thread.test.ts shows that this writes the same bytes as the reader thread.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { GenerateOptions } from "../../src/generate/generate-packet.js";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { cli } from "../helpers/run-cli.js";
import { useTempDirs } from "../helpers/temp-dirs.js";

const seen = vi.hoisted(() => [] as GenerateOptions[]);

vi.mock("../../src/generate/generate-packet.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/generate/generate-packet.js")>();
  return {
    ...real,
    generatePacket: (options: GenerateOptions) => {
      seen.push(options);
      return real.generatePacket(options);
    },
  };
});

const tempDir = useTempDirs("e7-generate-in-thread-");

describe("generate command read-back", () => {
  it("reads the written PDFs back in its own thread and writes the packet", async () => {
    const out = path.join(tempDir(), "packet");
    const run = await cli([
      "generate",
      path.join(PACKAGE_ROOT, "examples", "web-developer", "case.json"),
      "--out",
      out,
      "--format",
      "pdf",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.readBackInThread).toBe(true);
    expect(readdirSync(out).filter((name) => name.endsWith(".pdf")).length).toBeGreaterThan(0);
  }, 120_000);
});
