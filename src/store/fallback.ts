// Redis with the embedded store behind it. Every update must get its answer even when Redis is gone, so each
// call goes to Redis only while it is ready and answering; otherwise (unreachable at start, lost mid-run, a
// command timing out) the same call is served by a MemoryStore in this process: no shared conversation
// memory, a per-process flood limit, per-process de-duplication — degraded, never stuck. One warning per
// outage; the recovery is logged when Redis is ready again, and from then on state is shared again.
import type { Logger } from "../log.js";
import { MemoryStore } from "./memory.js";
import type { RedisStore } from "./redis.js";
import type { BucketRule, BucketVerdict, QuestionLog, QuestionLogEntry, Store } from "./types.js";

/** After a failed command, calls skip Redis for this long (unless it reconnects first), so none waits twice. */
const BACKOFF_MS = 1_000;

/** `redis://user:secret@host:6379/0` → `redis://user@host:6379/0`: safe to log. */
export function redactRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString();
  } catch {
    return "(unparsable REDIS_URL)";
  }
}

/** A {@link Store} that prefers Redis and falls back to memory whenever Redis cannot answer at once. */
export class FallbackStore implements Store {
  readonly questions: QuestionLog;
  private down = false;
  private downSince = 0;
  private skipUntil = 0;
  private closing = false;
  private readonly counts = { redis: 0, memory: 0, outages: 0 };
  private readonly where: string;

  constructor(
    private readonly redis: RedisStore,
    private readonly memory: MemoryStore,
    private readonly logger: Logger,
    url: string,
  ) {
    this.where = redactRedisUrl(url);
    this.questions = new FallbackQuestionLog(this);
    const client = redis.client;
    // ioredis reports every failed reconnect as an "error" event; the outage is logged once instead.
    client.on("error", (e: unknown) => this.noteOutage(e));
    client.on("close", () => this.noteOutage(new Error("connection closed")));
    client.on("ready", () => this.noteRecovery());
  }

  get kind(): string {
    return this.usingRedis() ? "redis" : "redis (degraded: memory)";
  }

  /** Calls served by Redis and by memory, and outages so far (for stop-time figures and the bench). */
  get stats(): { redis: number; memory: number; outages: number } {
    return { ...this.counts };
  }

  /** Connects, waiting at most `waitMs`; if Redis is not there, warns and carries on from memory. */
  async start(waitMs = 1_000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = new Promise<void>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${waitMs} ms`)), waitMs);
    });
    try {
      await Promise.race([this.redis.connect(), gaveUp]);
      this.logger.info("store: redis", { redis: this.where });
    } catch (e) {
      this.noteOutage(e);
    } finally {
      clearTimeout(timer);
    }
  }

  get<T>(key: string): Promise<T | undefined> {
    return this.run((s) => s.get<T>(key));
  }

  set(key: string, value: unknown, ttlMs: number): Promise<void> {
    return this.run((s) => s.set(key, value, ttlMs));
  }

  setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    return this.run((s) => s.setIfAbsent(key, value, ttlMs));
  }

  delete(key: string): Promise<void> {
    return this.run((s) => s.delete(key));
  }

  takeToken(key: string, rule: BucketRule, nowMs: number): Promise<BucketVerdict> {
    return this.run((s) => s.takeToken(key, rule, nowMs));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([this.redis.close(), this.memory.close()]);
  }

  /** Runs `op` on Redis when it can answer now, else (or when it fails) on memory. */
  async run<T>(op: (store: Store) => Promise<T>): Promise<T> {
    if (this.usingRedis()) {
      try {
        const result = await op(this.redis);
        this.counts.redis++;
        return result;
      } catch (e) {
        this.skipUntil = Date.now() + BACKOFF_MS;
        this.noteOutage(e);
      }
    }
    this.counts.memory++;
    return op(this.memory);
  }

  private usingRedis(): boolean {
    return this.redis.ready && Date.now() >= this.skipUntil;
  }

  private noteOutage(e: unknown): void {
    if (this.down || this.closing) return;
    this.down = true;
    this.downSince = Date.now();
    this.counts.outages++;
    this.logger.warn("Redis unreachable: serving from memory in this process until it answers (state is not shared meanwhile)", {
      REDIS_URL: this.where,
      e,
    });
  }

  private noteRecovery(): void {
    this.skipUntil = 0;
    if (!this.down) return;
    this.down = false;
    this.logger.info("Redis is back: state is shared again", { REDIS_URL: this.where, outageMs: Date.now() - this.downSince });
  }
}

/** The question log half of {@link FallbackStore}: the same routing, per call. */
class FallbackQuestionLog implements QuestionLog {
  constructor(private readonly store: FallbackStore) {}

  append(entry: QuestionLogEntry): Promise<void> {
    return this.store.run((s) => s.questions.append(entry));
  }

  since(sinceMs: number): Promise<QuestionLogEntry[]> {
    return this.store.run((s) => s.questions.since(sinceMs));
  }

  forget(userId: number): Promise<number> {
    return this.store.run((s) => s.questions.forget(userId));
  }

  trim(beforeMs: number): Promise<void> {
    return this.store.run((s) => s.questions.trim(beforeMs));
  }
}
