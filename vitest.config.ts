import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

/**
 * Test files that need fresh modules (vitest `isolate: true`), and why. Every other file shares its
 * worker's module graph with the files that ran before it in that worker (`isolate: false`), which saves
 * re-importing grammY, the résumé index and the renderer for each of ~70 files. Add a file here when it
 * - asserts what is or is not loaded yet (lazy modules: a file before it may have loaded them),
 * - mocks a module (`vi.mock` would leak into the files after it),
 * - sets process.env or process-wide state that a module reads once, or fakes timers globally.
 */
export const ISOLATED = [
  // asserts the Russian stemmer/lexicon/word lists are not loaded by an English question
  "test/language/cold-path.test.ts",
  // asserts an English question through the whole engine loads nothing Russian
  "test/russian/english-cold-path.test.ts",
  // asserts the Russian stemmer loads lazily (not loaded before its first Russian word)
  "test/language/stem.test.ts",
  // vi.mock of src/render/timeline.js
  "test/render/renderer.test.ts",
  // sets and deletes RESUME_BOT_CACHE and dynamic-imports the cache module
  "test/knowledge/cache.test.ts",
  // vi.useFakeTimers over setTimeout/Date for the whole file
  "test/reliability/faults.test.ts",
];

// Threads start faster than forks; one more worker than cores keeps a core busy while another worker
// waits on a child process or a socket (the process suites mostly wait).
const shared = { pool: "threads" as const, testTimeout: 20_000, hookTimeout: 20_000 };

export default defineConfig({
  test: {
    // Builds dist/ once, and fails the run if tsc fails (the process suites run dist/main.js).
    globalSetup: ["test/support/build.ts"],
    maxWorkers: availableParallelism() + 1,
    projects: [
      { test: { ...shared, name: "shared", include: ["test/**/*.test.ts"], exclude: ISOLATED, isolate: false } },
      { test: { ...shared, name: "isolated", include: ISOLATED, isolate: true } },
    ],
  },
});
