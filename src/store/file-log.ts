// The embedded question log on disk: JSON lines under DATA_DIR, one file per UTC day
// (questions-2026-12-01.jsonl), so rotation is a new file each day and retention deletes whole old files.
// An append is in memory at once and written in the background (queued writes, grouped): the update that
// logged it never waits on the disk. A failed write is reported by the next append or flush; `flush()`
// (called by the store's close) waits for every queued write, and opening the same folder again in this
// process waits for them too. Entries are also kept in memory for /stats and /unanswered; the files are read once at open.
// /forget rewrites the files without that user's lines (write to a temporary file, then rename).
import { appendFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { QuestionLog, QuestionLogEntry } from "./types.js";

const FILE = /^questions-(\d{4}-\d{2}-\d{2})\.jsonl$/;
const DAY_MS = 86_400_000;
/** The queued writes of each open folder, so that a re-open in this process reads what was appended. */
const writing = new Map<string, Promise<unknown>>();

/** Options of {@link FileQuestionLog.open}. */
export interface FileLogOptions {
  /** Entries older than this many days are dropped (LOG_RETENTION_DAYS). */
  retentionDays: number;
  now?: () => number;
}

/** A {@link QuestionLog} in append-only, daily-rotated JSONL files. */
export class FileQuestionLog implements QuestionLog {
  private entries: QuestionLogEntry[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  /** Entries appended but not yet written, and the queued write that will take them. */
  private pending: QuestionLogEntry[] = [];
  private batch: Promise<void> | undefined;
  private failure: unknown;

  private constructor(
    readonly dir: string,
    private readonly options: FileLogOptions,
  ) {}

  /** Opens (creating the folder) and reads what earlier runs wrote, minus what retention drops. */
  static async open(dir: string, options: FileLogOptions): Promise<FileQuestionLog> {
    await writing.get(dir);
    const log = new FileQuestionLog(dir, options);
    await mkdir(dir, { recursive: true });
    for (const name of (await readdir(dir)).filter((n) => FILE.test(n)).sort()) {
      const text = await readFile(join(dir, name), "utf8");
      for (const line of text.split("\n")) {
        const entry = parseLine(line);
        if (entry) log.entries.push(entry);
      }
    }
    await log.trim(log.now() - options.retentionDays * DAY_MS);
    return log;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  append(entry: QuestionLogEntry): Promise<void> {
    this.entries.push(entry);
    this.pending.push(entry);
    // Group commit: appends arriving while a write is queued join it (one appendFile per day's file).
    this.batch ??= this.enqueue(() => this.writePending()).catch((e: unknown) => void (this.failure = e));
    return this.takeFailure();
  }

  /** A write that failed since the last report, as a rejection (once); else resolved. */
  private takeFailure(): Promise<void> {
    const failure = this.failure;
    this.failure = undefined;
    return failure === undefined ? Promise.resolve() : Promise.reject(failure);
  }

  private async writePending(): Promise<void> {
    const lines = this.pending;
    this.pending = [];
    this.batch = undefined;
    const byFile = new Map<string, string>();
    for (const e of lines) byFile.set(fileOf(e.at), `${byFile.get(fileOf(e.at)) ?? ""}${JSON.stringify(e)}\n`);
    for (const [name, text] of byFile) await appendFile(join(this.dir, name), text, "utf8");
    // A new day: a good moment to drop what has aged out.
    const cutoff = this.now() - this.options.retentionDays * DAY_MS;
    if (this.entries[0] && this.entries[0].at < cutoff) await this.dropBefore(cutoff);
  }

  async since(sinceMs: number): Promise<QuestionLogEntry[]> {
    return this.entries.filter((e) => e.at >= sinceMs);
  }

  forget(userId: number): Promise<number> {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.userId !== userId);
    const removed = before - this.entries.length;
    return this.enqueue(async () => {
      if (removed) await this.rewrite();
      return removed;
    });
  }

  trim(beforeMs: number): Promise<void> {
    return this.enqueue(() => this.dropBefore(beforeMs));
  }

  /** Resolves when every queued write is on disk; rejects if one failed since the last report. */
  async flush(): Promise<void> {
    await this.enqueue(async () => undefined);
    return this.takeFailure();
  }

  private async dropBefore(beforeMs: number): Promise<void> {
    const dropped = this.entries.some((e) => e.at < beforeMs);
    this.entries = this.entries.filter((e) => e.at >= beforeMs);
    const oldestDay = fileOf(beforeMs);
    for (const name of (await readdir(this.dir)).filter((n) => FILE.test(n) && n < oldestDay)) await rm(join(this.dir, name), { force: true });
    // The day of the cutoff itself keeps its file but loses the lines before the cutoff.
    if (dropped) await this.rewrite();
  }

  /** Writes every day's file again from memory (after /forget or retention inside a day). */
  private async rewrite(): Promise<void> {
    const byFile = new Map<string, string[]>();
    // Entries still pending are appended by their own queued write, after this one.
    const queued = new Set(this.pending);
    for (const e of this.entries) {
      if (queued.has(e)) continue;
      const name = fileOf(e.at);
      (byFile.get(name) ?? byFile.set(name, []).get(name)!).push(JSON.stringify(e));
    }
    for (const name of (await readdir(this.dir)).filter((n) => FILE.test(n))) {
      if (!byFile.has(name)) await rm(join(this.dir, name), { force: true });
    }
    for (const [name, lines] of byFile) {
      const tmp = join(this.dir, `.${name}.tmp`);
      await writeFile(tmp, `${lines.join("\n")}\n`, "utf8");
      await rename(tmp, join(this.dir, name));
    }
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job);
    this.queue = run.catch(() => undefined);
    writing.set(this.dir, this.queue);
    return run;
  }
}

function fileOf(at: number): string {
  return `questions-${new Date(at).toISOString().slice(0, 10)}.jsonl`;
}

/** A line cut short by a crash, or edited by hand into nonsense, is skipped rather than stopping the start. */
function parseLine(line: string): QuestionLogEntry | undefined {
  if (!line.trim()) return undefined;
  try {
    const e = JSON.parse(line) as QuestionLogEntry;
    return typeof e.at === "number" && typeof e.userId === "number" ? e : undefined;
  } catch {
    return undefined;
  }
}
