// The store: every piece of bot state that outlives one update (conversations, flood buckets, webhook
// de-duplication, long callback ids, media file ids, the question log, pending owner relays) goes through
// this one interface, so that one process can keep it in memory (+ files under DATA_DIR) and several
// replicas can share it in Redis. Values are JSON-serialisable; keys are namespaced by the caller
// ("conv:<chat>", "flood:<user>", "upd:<update_id>", …) and the implementation adds its own prefix.
//
// Every method is async because the shared implementation talks to a server; each must settle quickly
// (the Redis implementation bounds every command to ~200 ms and falls back to memory when it cannot).

/** How a token bucket refills: `burst` tokens at once, `perMinute` sustained. */
export interface BucketRule {
  burst: number;
  perMinute: number;
  /** At most one "notice" verdict per this many milliseconds per key. */
  noticeEveryMs: number;
}

/** allow: go on; notice: refused, tell the user once; drop: refused quietly. */
export type BucketVerdict = "allow" | "notice" | "drop";

/** One question (or message) a recruiter sent, as the candidate's question log keeps it. */
export interface QuestionLogEntry {
  /** Milliseconds since the epoch. */
  at: number;
  userId: number;
  /** Display name as Telegram gave it (first + last), and @username when there is one. */
  name?: string;
  username?: string;
  lang?: string;
  /** "question" answered by the bot, or "message" relayed to the candidate. */
  kind: "question" | "message";
  intent?: string;
  found: boolean;
  /** Verbatim text: kept only where the candidate needs it (unanswered questions and messages). */
  text?: string;
  /** Deep-link source (`?start=src_linkedin` → "linkedin") of the asker, when known. */
  source?: string;
}

/** Append-only log of questions; trimmed by retention, never edited except by `forget`. */
export interface QuestionLog {
  append(entry: QuestionLogEntry): Promise<void>;
  /** Entries with `at >= sinceMs`, oldest first. */
  since(sinceMs: number): Promise<QuestionLogEntry[]>;
  /** Removes every entry of this user (the /forget command); returns how many were removed. */
  forget(userId: number): Promise<number>;
  /** Drops entries older than `beforeMs` (retention). */
  trim(beforeMs: number): Promise<void>;
  /** Waits until every accepted entry is durable (where appends are written in the background). */
  flush?(): Promise<void>;
}

/** Key-value state with expiry, a token bucket, and the question log. */
export interface Store {
  /** What backs it, for logs and /healthz: "memory", "redis", or "redis (degraded: memory)". */
  readonly kind: string;
  get<T>(key: string): Promise<T | undefined>;
  /** Stores `value` for `ttlMs` milliseconds (every key expires). */
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  /** Stores `value` only if `key` is absent; true when it was stored (webhook de-duplication). */
  setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Takes one token from the bucket at `key`, atomically; `nowMs` is injected so tests can use a fake clock. */
  takeToken(key: string, rule: BucketRule, nowMs: number): Promise<BucketVerdict>;
  readonly questions: QuestionLog;
  /** Releases connections and flushes files. */
  close(): Promise<void>;
}
