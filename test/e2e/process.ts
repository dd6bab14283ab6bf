// Running `node dist/main.js` (or another build of it) as a program from the tests: an isolated environment
// and "run until it exits". Shared by the e2e and the reliability suites.
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
/** The program `npm start` runs, built once per test run by test/support/build.ts (vitest globalSetup). */
export const MAIN = join(ROOT, "dist/main.js");

/**
 * An environment with nothing inherited that could change the outcome (.env values, a real token): every
 * variable the bot reads is set, empty meaning "not set", then `vars` on top.
 */
export function isolatedEnv(vars: Record<string, string>, logLevel = "info"): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    BOT_TOKEN: "",
    BOT_MODE: "",
    WEBHOOK_URL: "",
    WEBHOOK_SECRET: "",
    PORT: "",
    TELEGRAM_API_ROOT: "",
    KNOWLEDGE_DIR: join(ROOT, "knowledge"),
    LOG_LEVEL: logLevel,
    RATE_LIMIT_PER_MINUTE: "",
    RATE_LIMIT_BURST: "",
    STARTUP_TIMEOUT_MS: "",
    REDIS_URL: "",
    REDIS_PREFIX: "",
    REDIS_COMMAND_TIMEOUT_MS: "",
    ...vars,
  };
}

export interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `main` with `env` until it exits (or the timeout kills it). */
export function runToExit(main: string, env: NodeJS.ProcessEnv, options: { cwd?: string; timeoutMs: number }): Promise<Exit> {
  return new Promise((done) => {
    execFile(process.execPath, [main], { cwd: options.cwd ?? ROOT, env, timeout: options.timeoutMs }, (error, stdout, stderr) => {
      done({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}
