// The shared store: several replicas of the bot keep their state in one Redis. Every wait is bounded — no
// offline queue (a command while disconnected fails at once), one retry per request, a short command
// timeout — so a slow or dead Redis costs a reply at most ~200 ms; src/store/fallback.ts then serves from
// memory. Keys carry a per-bot prefix; every key has a TTL except the question log, a stream trimmed by
// retention (and capped in length).
import { Redis, type RedisOptions } from "ioredis";
import type { BucketRule, BucketVerdict, QuestionLog, QuestionLogEntry, Store } from "./types.js";

/** How long a question is kept in the log unless configured otherwise. */
export const DEFAULT_LOG_RETENTION_DAYS = 90;
/** Most entries the question log stream keeps, whatever the retention (approximate trimming). */
export const DEFAULT_LOG_MAX_ENTRIES = 1_000_000;
/** Upper bound of one command, including the one retry ioredis may make. */
export const COMMAND_TIMEOUT_MS = 150;

/** Options of {@link RedisStore}. */
export interface RedisStoreOptions {
  /** redis:// or rediss:// URL, with an optional password and database number. */
  url: string;
  /** Prepended to every key, e.g. "resume-bot:123456:". */
  prefix: string;
  retentionDays?: number;
  maxLogEntries?: number;
  commandTimeoutMs?: number;
  connectTimeoutMs?: number;
}

// Same arithmetic as takeFromBucket in memory.ts, run atomically inside Redis so replicas share one bucket.
// KEYS[1] bucket hash; ARGV: now, burst, perMinute, noticeEveryMs, ttlMs. Returns 1 allow, 2 notice, 3 drop.
const TAKE_TOKEN_LUA = `
local now = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local perMs = tonumber(ARGV[3]) / 60000
local noticeEvery = tonumber(ARGV[4])
local b = redis.call('HMGET', KEYS[1], 't', 'a', 'n')
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
local noticeAt = tonumber(b[3])
tokens = math.min(burst, tokens + math.max(0, now - at) * perMs)
local verdict = 3
if tokens >= 1 then
  tokens = tokens - 1
  verdict = 1
elseif noticeAt == nil or now - noticeAt >= noticeEvery then
  noticeAt = now
  verdict = 2
end
if noticeAt == nil then
  redis.call('HSET', KEYS[1], 't', tostring(tokens), 'a', tostring(now))
  redis.call('HDEL', KEYS[1], 'n')
else
  redis.call('HSET', KEYS[1], 't', tostring(tokens), 'a', tostring(now), 'n', tostring(noticeAt))
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return verdict
`;

const VERDICTS: Record<number, BucketVerdict> = { 1: "allow", 2: "notice", 3: "drop" };

type ScriptedRedis = Redis & {
  takeToken(key: string, now: number, burst: number, perMinute: number, noticeEveryMs: number, ttlMs: number): Promise<number>;
};

/** The ioredis options that bound every wait (exported so tests and the fallback agree on them). */
export function boundedRedisOptions(options: Pick<RedisStoreOptions, "prefix" | "commandTimeoutMs" | "connectTimeoutMs">): RedisOptions {
  return {
    keyPrefix: options.prefix,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: options.commandTimeoutMs ?? COMMAND_TIMEOUT_MS,
    connectTimeout: options.connectTimeoutMs ?? 1_000,
    // Reconnect for ever, at most every 2 s: the fallback serves from memory meanwhile.
    retryStrategy: (times) => Math.min(100 * times, 2_000),
    enableReadyCheck: true,
    // Commands issued in the same tick (many chats at once) go out in one write.
    enableAutoPipelining: true,
  };
}

/** A {@link Store} in Redis, shared by every replica that uses the same URL and prefix. */
export class RedisStore implements Store {
  readonly kind = "redis";
  readonly client: ScriptedRedis;
  readonly questions: QuestionLog;

  constructor(options: RedisStoreOptions) {
    this.client = new Redis(options.url, boundedRedisOptions(options)) as ScriptedRedis;
    this.client.defineCommand("takeToken", { numberOfKeys: 1, lua: TAKE_TOKEN_LUA });
    this.questions = new RedisQuestionLog(this.client, {
      retentionMs: (options.retentionDays ?? DEFAULT_LOG_RETENTION_DAYS) * 86_400_000,
      maxEntries: options.maxLogEntries ?? DEFAULT_LOG_MAX_ENTRIES,
    });
  }

  /** Connects (once); rejects when Redis cannot be reached. Commands fail fast until it is ready. */
  async connect(): Promise<void> {
    if (this.client.status === "wait") await this.client.connect();
  }

  /** True when commands can be sent right now. */
  get ready(): boolean {
    return this.client.status === "ready";
  }

  async get<T>(key: string): Promise<T | undefined> {
    const raw = await this.client.get(key);
    return raw === null ? undefined : (decodeValue(raw) as T);
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    await this.client.set(key, encodeValue(value), "PX", Math.max(1, Math.round(ttlMs)));
  }

  async setIfAbsent(key: string, value: unknown, ttlMs: number): Promise<boolean> {
    return (await this.client.set(key, encodeValue(value), "PX", Math.max(1, Math.round(ttlMs)), "NX")) === "OK";
  }

  async delete(key: string): Promise<void> {
    await this.client.del(key);
  }

  async takeToken(key: string, rule: BucketRule, nowMs: number): Promise<BucketVerdict> {
    // Kept until it would have refilled and its notice window has passed, as in MemoryStore.
    const refillMs = rule.perMinute > 0 ? (rule.burst / rule.perMinute) * 60_000 : 60_000;
    const ttlMs = Math.ceil(Math.max(refillMs, rule.noticeEveryMs));
    const code = await this.client.takeToken(key, nowMs, rule.burst, rule.perMinute, rule.noticeEveryMs, ttlMs);
    return VERDICTS[code] ?? "drop";
  }

  async close(): Promise<void> {
    // quit() waits for a reply; a dead server would make it hang, so disconnect when not ready.
    if (this.client.status === "ready") await this.client.quit().catch(() => this.client.disconnect());
    else this.client.disconnect();
  }
}

/** Marks a string stored as itself; JSON text never starts with it, so older JSON values still read back. */
const RAW_STRING = "=";

/**
 * A value as Redis keeps it: a string as itself behind one marker byte (conversations are JSON text already;
 * encoding them again would escape every quote, ~20 % more memory per conversation), anything else as JSON.
 */
export function encodeValue(value: unknown): string {
  return typeof value === "string" ? RAW_STRING + value : JSON.stringify(value);
}

/** The inverse of {@link encodeValue}. */
export function decodeValue(raw: string): unknown {
  return raw.startsWith(RAW_STRING) ? raw.slice(RAW_STRING.length) : JSON.parse(raw);
}

/** Where the question log lives, under the store's prefix. */
export const QUESTION_LOG_KEY = "questions";
/** Replicas' clocks differ a little; `since` reads this much earlier than asked, then filters by `at`. */
const CLOCK_SLACK_MS = 5 * 60_000;

/**
 * The question log as a Redis stream: entry ids are append times, so reading a period and trimming by
 * retention are range operations. Each append drops the entries older than the retention (each is dropped once,
 * so the cost is spread over the appends) and caps the length (approximately, which Redis does cheaply).
 */
export class RedisQuestionLog implements QuestionLog {
  constructor(
    private readonly client: Redis,
    private readonly limits: { retentionMs: number; maxEntries: number },
  ) {}

  async append(entry: QuestionLogEntry): Promise<void> {
    const minId = Math.max(0, Date.now() - this.limits.retentionMs);
    await this.client
      .multi()
      .xadd(QUESTION_LOG_KEY, "MAXLEN", "~", this.limits.maxEntries, "*", "e", JSON.stringify(entry))
      .xtrim(QUESTION_LOG_KEY, "MINID", minId)
      .exec();
  }

  async since(sinceMs: number): Promise<QuestionLogEntry[]> {
    const start = Math.max(0, sinceMs - CLOCK_SLACK_MS);
    const rows = await this.client.xrange(QUESTION_LOG_KEY, String(start), "+");
    return rows.map(([, fields]) => parseEntry(fields)).filter((e): e is QuestionLogEntry => e !== undefined && e.at >= sinceMs);
  }

  async forget(userId: number): Promise<number> {
    const rows = await this.client.xrange(QUESTION_LOG_KEY, "-", "+");
    const ids = rows.filter(([, fields]) => parseEntry(fields)?.userId === userId).map(([id]) => id);
    if (ids.length === 0) return 0;
    return this.client.xdel(QUESTION_LOG_KEY, ...ids);
  }

  async trim(beforeMs: number): Promise<void> {
    await this.client.xtrim(QUESTION_LOG_KEY, "MINID", Math.max(0, Math.floor(beforeMs)));
  }
}

function parseEntry(fields: string[]): QuestionLogEntry | undefined {
  const i = fields.indexOf("e");
  if (i < 0 || fields[i + 1] === undefined) return undefined;
  try {
    return JSON.parse(fields[i + 1]!) as QuestionLogEntry;
  } catch {
    return undefined;
  }
}
