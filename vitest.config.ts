import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // PDF generation with an embedded Korean font and child-process CLI tests are slow on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
