import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Files that change process-wide state (fake clocks, TZ, HOME, patched network functions, the postings store, batch
 * worker pools and their shared font memory, servers and browsers) or need modules nothing has loaded yet: each runs
 * in a fresh worker. Every other file shares its worker's loaded modules, so the catalog, templates, schemas, fonts
 * and matcher index load once per worker instead of once per file.
 */
const ISOLATED = [
  "test/reliability/**/*.test.ts",
  "test/serve/**/*.test.ts",
  "test/batch/**/*.test.ts",
  "test/match/postings-file.test.ts",
];

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
      { extends: true, test: { name: "isolated", include: ISOLATED } },
      {
        extends: true,
        test: {
          name: "shared-modules",
          include: ["test/**/*.test.ts"],
          exclude: [...configDefaults.exclude, ...ISOLATED],
          isolate: false,
        },
      },
    ],
  },
});
