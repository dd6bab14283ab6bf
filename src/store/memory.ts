// The embedded store: one process, in memory. Expired keys are swept a few at a time on writes (amortised),
// and the number of keys is capped, so memory stays bounded with a million distinct chats. Values are kept
// off the JavaScript heap where they can be (value-slots.ts says why).
import type { BucketRule, BucketVerdict, QuestionLog, QuestionLogEntry, Store } from "./types.js";
import { ValueSlots } from "./value-slots.js";

/** Options of {@link MemoryStore}; tests pass a fake clock. */
export interface MemoryStoreOptions {
  /** Most keys kept; past it the oldest written are forgotten first. */
  maxKeys?: number;
  now?: () => number;
  /** The question log; defaults to one kept in memory (lost at exit). */
  questions?: QuestionLog;
}

/**
 * `key` as one flat string. A string built in pieces (a template, `+`) longer than a dozen characters is a
 * tree of V8 "cons" strings until something reads its characters; reading one makes V8 flatten it in place.
 */
function flat(key: string): string {
  if (key.length > 12) key.charCodeAt(0);
  return key;
}

interface Bucket {
  tokens: number;
  at: number;
  noticeAt: number | undefined;
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

/**
 * An in-memory {@link Store}. Values live in {@link ValueSlots} (off the JavaScript heap where they can be);
 * the Map holds key → slot number, and its insertion order is write order, which makes "oldest first" cheap.
 */
export class MemoryStore implements Store {
  readonly kind = "memory";
  readonly questions: QuestionLog;
  private readonly entries = new Map<string, number>();
  private readonly slots = new ValueSlots();
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
    const slot = this.live(key);
    return slot === undefined ? undefined : (this.slots.value(slot) as T);
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    // Nothing stored reads as absent, as a JSON store would have it.
    if (value === undefined) this.remove(key);
    else this.write(key, this.slots.store(value, this.now() + ttlMs));
  }

  async setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    if (this.live(key) !== undefined) return false;
    await this.set(key, value, ttlMs);
    return true;
  }

  async delete(key: string): Promise<void> {
    this.remove(key);
  }

  async takeToken(key: string, rule: BucketRule, nowMs: number): Promise<BucketVerdict> {
    const slot = this.live(key);
    const bucket = slot !== undefined && this.slots.isBucket(slot) ? this.slots.bucket(slot) : { tokens: rule.burst, at: nowMs, noticeAt: undefined };
    const verdict = takeFromBucket(bucket, rule, nowMs);
    // A bucket is worth keeping only until it would have refilled and its notice window has passed.
    const refillMs = rule.perMinute > 0 ? (rule.burst / rule.perMinute) * 60_000 : 60_000;
    this.write(key, this.slots.storeBucket(bucket.tokens, bucket.at, bucket.noticeAt, this.now() + Math.max(refillMs, rule.noticeEveryMs)));
    return verdict;
  }

  async close(): Promise<void> {
    for (const key of [...this.entries.keys()]) this.remove(key);
    // The file log writes in the background: what it accepted reaches the disk before the process exits.
    await this.questions.flush?.();
  }

  /** The slot of `key` unless it has expired (an expired one is removed on the way). */
  private live(key: string): number | undefined {
    const slot = this.entries.get(key);
    if (slot === undefined) return undefined;
    if (this.slots.expiresAt(slot) <= this.now()) {
      this.remove(key);
      return undefined;
    }
    return slot;
  }

  private remove(key: string): void {
    const slot = this.entries.get(key);
    if (slot === undefined) return;
    this.entries.delete(key);
    this.slots.release(slot);
  }

  private write(key: string, slot: number): void {
    // Re-inserting moves the key to the end, so the Map stays ordered by last write.
    this.remove(key);
    this.entries.set(flat(key), slot);
    this.sweep();
  }

  /** Looks at a few of the oldest keys per write; past the cap, forgets the oldest outright. */
  private sweep(): void {
    const now = this.now();
    let looked = 0;
    for (const [key, slot] of this.entries) {
      if (this.entries.size <= this.maxKeys && (looked++ >= 4 || this.slots.expiresAt(slot) > now)) break;
      this.remove(key);
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
