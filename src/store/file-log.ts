// The embedded question log on disk: JSON lines under DATA_DIR, one file per UTC day
// (questions-2026-12-01.jsonl), so rotation is a new file each day and retention deletes whole old files.
// Appends are queued one at a time and never block a reply (callers do not wait for them on the reply
// path). Entries are also kept in memory for /stats and /unanswered; the files are read once at open.
// /forget rewrites the files without that user's lines (write to a temporary file, then rename).
import { appendFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { QuestionLog, QuestionLogEntry } from "./types.js";

const FILE = /^questions-(\d{4}-\d{2}-\d{2})\.jsonl$/;
const DAY_MS = 86_400_000;

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

  private constructor(
    readonly dir: string,
    private readonly options: FileLogOptions,
  ) {}

  /** Opens (creating the folder) and reads what earlier runs wrote, minus what retention drops. */
  static async open(dir: string, options: FileLogOptions): Promise<FileQuestionLog> {
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
    // Group commit: appends arriving while a write is queued join it, so many chats at once cost one
    // appendFile per day's file, not one each (what the bench's "question log on" row measures).
    this.batch ??= this.enqueue(() => this.writePending());
    return this.batch;
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

  /** Resolves when every queued write is on disk. */
  flush(): Promise<void> {
    return this.enqueue(async () => undefined);
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
    for (const e of this.entries) {
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
