// vitest globalSetup: compiles the program once, exactly as `npm start` does (tsc -p tsconfig.build.json
// into dist/), before any test file runs. The process suites (test/e2e/main-process.test.ts,
// test/reliability/process.test.ts) run that dist/main.js. A type error fails the whole run here, so
// those suites can never pass against a stale dist/ left over from an older build.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";

const ROOT = resolve(import.meta.dirname, "../..");
const TSC = resolve(ROOT, "node_modules/typescript/bin/tsc");

/** Thrown when the build fails; the message carries tsc's own report. */
export class BuildError extends Error {
  override readonly name = "BuildError";
}

/** Builds dist/ once for the whole run; rejects (and so stops the run) when tsc reports any error. */
export default async function buildOnce(): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, [TSC, "-p", "tsconfig.build.json"], { cwd: ROOT });
  } catch (e) {
    const { stdout = "", stderr = "" } = e as { stdout?: string; stderr?: string };
    throw new BuildError(`tsc -p tsconfig.build.json failed; the process tests would run a stale dist/:\n${stdout}${stderr}`, { cause: e });
  }
}
