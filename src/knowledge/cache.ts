// A cache of validated knowledge, so a start with unchanged files skips parsing and validation (and never
// loads zod or the Markdown parser): the key is a hash of the inputs (file names and contents) and of the
// code that reads them (the contents of the knowledge and search modules, not their modification times:
// containers and CI normalise mtimes, and an edited parser must never serve the old résumé).
// It is written where the process may write: DATA_DIR/cache, else the OS cache folder, never inside
// node_modules. Only successes are cached; every error is found afresh. A cache that cannot be read or
// written (a read-only install) is simply not used.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
/** The modules that turn files into knowledge, from src/knowledge or dist/knowledge alike. */
const CODE_DIRS = [HERE, join(HERE, "..", "search")];
const PACKAGE_JSON = join(HERE, "..", "..", "package.json");

const MAX_ENTRIES = 300;

const codeVersions = new Map<string, string>();

/** A hash of the contents of the code files (.js/.ts/.json) under `dirs`, and of the package's version. */
export function codeVersionOf(dirs: string[], packageJson = PACKAGE_JSON): string {
  const hash = createHash("sha256");
  try {
    const pkg = JSON.parse(readFileSync(packageJson, "utf8")) as { version?: unknown; dependencies?: Record<string, string> };
    // The Markdown parser reads the files too: a new markdown-it (its range in package.json) may read them differently.
    hash.update(String(pkg.version)).update("\0markdown-it@").update(String(pkg.dependencies?.["markdown-it"]));
  } catch {
    // No package.json next to the code (bundled elsewhere): the contents below still decide.
  }
  const files: string[] = [];
  const pending = [...dirs];
  while (pending.length) {
    const dir = pending.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (/\.(m?js|ts|json)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(path);
    }
  }
  const root = dirname(dirs[0] ?? ".");
  for (const path of files.sort()) hash.update("\0").update(relative(root, path)).update("\0").update(readFileSync(path));
  return hash.digest("hex");
}

/**
 * Where the cache lives: `DATA_DIR/cache` when the operator set DATA_DIR, else the OS cache folder
 * ($XDG_CACHE_HOME, ~/Library/Caches, %LOCALAPPDATA%), else the temporary folder.
 */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DATA_DIR?.trim()) return join(env.DATA_DIR.trim(), "cache");
  const home = (() => {
    try {
      return homedir();
    } catch {
      return "";
    }
  })();
  const base =
    env.XDG_CACHE_HOME?.trim() ||
    (process.platform === "darwin" && home ? join(home, "Library", "Caches") : "") ||
    (process.platform === "win32" ? env.LOCALAPPDATA?.trim() ?? "" : "") ||
    (home ? join(home, ".cache") : "") ||
    tmpdir();
  return join(base, "resume-bot");
}

/**
 * The cache folder an environment asks for: null (no cache) when RESUME_BOT_CACHE=off, else
 * defaultCacheDir. src/config.ts reads it once for the bot (Config.knowledgeCacheDir).
 */
export function cacheDirFromEnv(env: NodeJS.ProcessEnv): string | null {
  return env.RESUME_BOT_CACHE?.trim().toLowerCase() === "off" ? null : defaultCacheDir(env);
}

/**
 * Cache options: the folder, or null for no cache. Left out, the process's environment decides
 * (cacheDirFromEnv): the command-line programs (check, ask, render, import) take no Config.
 */
export interface CacheOptions {
  dir?: string | null | undefined;
}

/** `compute()`, or its result from the last run with the same inputs and code. */
export function cached<T>(kind: string, inputs: string[], compute: () => T, options: CacheOptions = {}): T {
  const dir = options.dir === undefined ? cacheDirFromEnv(process.env) : options.dir;
  if (dir === null) return compute();
  let file: string | undefined;
  try {
    const key = CODE_DIRS.join("\0");
    let code = codeVersions.get(key);
    if (code === undefined) codeVersions.set(key, (code = codeVersionOf(CODE_DIRS)));
    const hash = createHash("sha256").update(code);
    for (const input of inputs) hash.update("\0").update(input);
    file = join(dir, `${kind}-${hash.digest("hex").slice(0, 32)}.json`);
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // Not cached yet (or unreadable): compute below.
  }
  const value = compute();
  if (file) write(dir, file, value);
  return value;
}

function write(dir: string, file: string, value: unknown): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Throwaway folders (tests, trials) leave entries behind: past a few hundred, start over.
    const entries = readdirSync(dir);
    if (entries.length > MAX_ENTRIES) for (const e of entries) rmSync(join(dir, e), { force: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, file);
  } catch {
    // A read-only install still works, only without the cache.
  }
}
