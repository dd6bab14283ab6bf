// The embedded store: one process, in memory. Expired keys are swept a few at a time on writes (amortised),
// and the number of keys is capped, so memory stays bounded with a million distinct chats.
import type { BucketRule, BucketVerdict, QuestionLog, QuestionLogEntry, Store } from "./types.js";

interface Entry {
  value: unknown;
  expiresAt: number;
}

/**
 * `s` as one flat string. A string built in pieces (a template, `+`, JSON.stringify of more than a few
 * dozen characters) is a tree of V8 "cons" strings until something reads its characters; kept as it is, a
 * 200-character JSON costs about 95 bytes more than its text. Reading one character makes V8 flatten it in
 * place, and the collector then drops the tree.
 */
function flat<T>(s: T): T {
  if (typeof s === "string" && s.length > 12) s.charCodeAt(0);
  return s;
}

interface Bucket {
  tokens: number;
  at: number;
  noticeAt: number | undefined;
}

/** Options of {@link MemoryStore}; tests pass a fake clock. */
export interface MemoryStoreOptions {
  /** Most keys kept; past it the oldest written are forgotten first. */
  maxKeys?: number;
  now?: () => number;
  /** The question log; defaults to one kept in memory (lost at exit). */
  questions?: QuestionLog;
}

/** Takes one token from `b` at `nowMs` under `rule`; mutates `b`. Shared by the memory and Redis fallbacks. */
export function takeFromBucket(b: Bucket, rule: BucketRule, nowMs: number): BucketVerdict {
  const perMs = rule.perMinute / 60_000;
  b.tokens = Math.min(rule.burst, b.tokens + Math.max(0, nowMs - b.at) * perMs);
  b.at = nowMs;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return "allow";
  }
  if (b.noticeAt === undefined || nowMs - b.noticeAt >= rule.noticeEveryMs) {
    b.noticeAt = nowMs;
    return "notice";
  }
  return "drop";
}

/** An in-memory {@link Store}. Map insertion order is write order, which makes "oldest first" cheap. */
export class MemoryStore implements Store {
  readonly kind = "memory";
  readonly questions: QuestionLog;
  private readonly entries = new Map<string, Entry>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: MemoryStoreOptions = {}) {
    this.maxKeys = options.maxKeys ?? 200_000;
    this.now = options.now ?? Date.now;
    this.questions = options.questions ?? new MemoryQuestionLog();
  }

  /** Keys held right now, expired ones not yet swept included. */
  get size(): number {
    return this.entries.size;
  }

  async get<T>(key: string): Promise<T | undefined> {
    return this.read(key) as T | undefined;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.write(key, value, ttlMs);
  }

  async setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    if (this.read(key) !== undefined) return false;
    this.write(key, value, ttlMs);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.entries.delete(key);
  }

  async takeToken(key: string, rule: BucketRule, nowMs: number): Promise<BucketVerdict> {
    const bucket = (this.read(key) as Bucket | undefined) ?? { tokens: rule.burst, at: nowMs, noticeAt: undefined };
    const verdict = takeFromBucket(bucket, rule, nowMs);
    // A bucket is worth keeping only until it would have refilled and its notice window has passed.
    const refillMs = rule.perMinute > 0 ? (rule.burst / rule.perMinute) * 60_000 : 60_000;
    this.write(key, bucket, Math.max(refillMs, rule.noticeEveryMs));
    return verdict;
  }

  async close(): Promise<void> {
    this.entries.clear();
    // The file log writes in the background: what it accepted reaches the disk before the process exits.
    await this.questions.flush?.();
  }

  private read(key: string): unknown {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  private write(key: string, value: unknown, ttlMs: number): void {
    // Re-inserting moves the key to the end, so the Map stays ordered by last write.
    this.entries.delete(key);
    // Keys and values as flat strings: per chat, what is kept is the text itself (see flat).
    this.entries.set(flat(key), { value: flat(value), expiresAt: this.now() + ttlMs });
    this.sweep();
  }

  /** Looks at a few of the oldest keys per write; past the cap, forgets the oldest outright. */
  private sweep(): void {
    const now = this.now();
    let looked = 0;
    for (const [key, e] of this.entries) {
      if (this.entries.size <= this.maxKeys && (looked++ >= 4 || e.expiresAt > now)) break;
      this.entries.delete(key);
    }
  }
}

/** A question log in memory, for tests and for when nothing is to be kept. */
export class MemoryQuestionLog implements QuestionLog {
  private entries: QuestionLogEntry[] = [];

  async append(entry: QuestionLogEntry): Promise<void> {
    this.entries.push(entry);
  }

  async since(sinceMs: number): Promise<QuestionLogEntry[]> {
    return this.entries.filter((e) => e.at >= sinceMs);
  }

  async forget(userId: number): Promise<number> {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.userId !== userId);
    return before - this.entries.length;
  }

  async trim(beforeMs: number): Promise<void> {
    this.entries = this.entries.filter((e) => e.at >= beforeMs);
  }
}
