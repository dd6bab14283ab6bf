import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds dist/ once, and fails the run if tsc fails (the process suites run dist/main.js).
    globalSetup: ["test/support/build.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
