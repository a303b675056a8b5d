import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Unit folders whose files call library functions and leave no global state behind: their files share a worker's
 * loaded modules, so the catalog, templates, schemas and matcher index load once per worker instead of once per file.
 */
const SHARED_MODULES = ["test/case", "test/catalog", "test/checks", "test/model", "test/render", "test/report", "test/text"].map((dir) => `${dir}/**/*.test.ts`);

export default defineConfig({
  test: {
    // PDF generation with an embedded Korean font and child-process CLI tests are slow on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one file at a time on a 2-core machine, while much of a
    // file's time is spent waiting for the binary, LibreOffice, Chromium or a PDF worker thread.
    maxWorkers: Math.max(2, availableParallelism()),
    // Each file's heap after it ran, in the log: a worker that runs out of memory is then traceable to a file.
    logHeapUsage: true,
    projects: [
      { extends: true, test: { name: "isolated", include: ["test/**/*.test.ts"], exclude: [...configDefaults.exclude, ...SHARED_MODULES] } },
      { extends: true, test: { name: "shared-modules", include: SHARED_MODULES, isolate: false } },
    ],
  },
});
