// A cache of validated knowledge, so a start with unchanged files skips parsing and validation (and never
// loads zod): the key is a hash of the inputs (file names and contents) and of the code that reads them
// (the newest modification time of the knowledge and search modules), so any change to either misses.
// Only successes are cached; every error is found afresh. A cache that cannot be read or written is
// simply not used.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const HERE = dirname(fileURLToPath(import.meta.url));
/** node_modules/.cache/resume-bot, from src/knowledge or dist/knowledge alike. */
const CACHE_DIR = join(HERE, "..", "..", "node_modules", ".cache", "resume-bot");
const CODE_DIRS = [HERE, join(HERE, "..", "search")];

const MAX_ENTRIES = 300;

let codeVersion: string | undefined;

/** The newest modification time among the modules that turn files into knowledge. */
function readCodeVersion(): string {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of CODE_DIRS) walk(dir);
  return String(newest);
}

export function cached<T>(kind: string, inputs: string[], compute: () => T): T {
  if (process.env.RESUME_BOT_CACHE === "off") return compute();
  let file: string | undefined;
  try {
    codeVersion ??= readCodeVersion();
    const hash = createHash("sha256").update(codeVersion);
    for (const input of inputs) hash.update("\0").update(input);
    file = join(CACHE_DIR, `${kind}-${hash.digest("hex").slice(0, 32)}.json`);
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    // Not cached yet (or unreadable): compute below.
  }
  const value = compute();
  if (file) {
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      // Throwaway folders (tests, trials) leave entries behind: past a few hundred, start over.
      const entries = readdirSync(CACHE_DIR);
      if (entries.length > MAX_ENTRIES) for (const e of entries) rmSync(join(CACHE_DIR, e), { force: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(value));
      renameSync(tmp, file);
    } catch {
      // A read-only install still works, only without the cache.
    }
  }
  return value;
}
