// RedisStore and the memory fallback against a real Redis server: the Lua token bucket (same verdicts as the
// MemoryStore, atomic across clients), SET NX de-duplication, TTLs on every key but the question log, and
// the fallback when Redis is unreachable at start or lost mid-run (a redis-server of the test's own, killed
// and restarted). Each test has its own key prefix and removes its keys.
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config.js";
import { createLogger } from "../../src/log.js";
import { FallbackStore, redactRedisUrl } from "../../src/store/fallback.js";
import { createStore } from "../../src/store/index.js";
import { MemoryStore } from "../../src/store/memory.js";
import { decodeValue, QUESTION_LOG_KEY, RedisStore } from "../../src/store/redis.js";
import type { BucketRule, Store } from "../../src/store/types.js";
import type { LogLine } from "../bot/helpers.js";
import { TOKEN } from "../bot/helpers.js";
import { freePort, haveRedisServer, removeKeys, startOwnRedis, testPrefix, testRedisUrl, type OwnRedis } from "../support/redis.js";

const url = await testRedisUrl("Redis store tests");
const canSpawn = haveRedisServer("Redis fallback/recovery tests");

const opened: Store[] = [];
const prefixes: string[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const p of prefixes.splice(0)) if (url) await removeKeys(url, p);
});

function logCollector() {
  const logs: LogLine[] = [];
  return { logs, logger: createLogger({ level: "debug", write: (line) => logs.push(JSON.parse(line) as LogLine) }) };
}

async function redisStore(name: string, prefix = testPrefix(name)): Promise<RedisStore> {
  prefixes.push(prefix);
  const store = new RedisStore({ url: url!, prefix });
  await store.connect();
  opened.push(store);
  return store;
}

describe.skipIf(!url)("RedisStore", () => {
  it("get/set/delete JSON values; setIfAbsent stores once (SET NX), also when two replicas race", async () => {
    const a = await redisStore("kv");
    const b = await redisStore("kv", (a.client.options.keyPrefix as string));
    await a.set("conv:1", { step: 2, topics: ["rust"] }, 60_000);
    expect(await b.get("conv:1")).toEqual({ step: 2, topics: ["rust"] });
    await b.delete("conv:1");
    expect(await a.get("conv:1")).toBeUndefined();
    // Strings (conversations are JSON text) are kept as themselves, not JSON-escaped again; any value reads back.
    for (const v of ["{\"topic\":\"job\"}", "=starts with the marker", "", 42, true, null, ["a"]]) {
      await a.set("v", v, 60_000);
      expect(await b.get("v")).toEqual(v);
    }
    expect(decodeValue('"older JSON string"')).toBe("older JSON string");
    const racers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).setIfAbsent("upd:77", 1, 60_000)));
    expect(racers.filter(Boolean)).toHaveLength(1);
  });

  it("token bucket in Lua: the same verdicts as MemoryStore, burst, one notice, quiet drops, refill", async () => {
    const redis = await redisStore("bucket");
    const memory = new MemoryStore();
    const rule: BucketRule = { burst: 3, perMinute: 60, noticeEveryMs: 60_000 };
    const times = [0, 1, 2, 3, 4, 5, 1_100, 1_101, 1_500, 3_500, 61_000, 61_001, 61_002, 200_000];
    const verdicts = async (s: Store) => {
      const out = [];
      for (const t of times) out.push(await s.takeToken("flood:7", rule, t));
      return out;
    };
    const fromRedis = await verdicts(redis);
    expect(fromRedis).toEqual(await verdicts(memory));
    expect(fromRedis.slice(0, 7)).toEqual(["allow", "allow", "allow", "notice", "drop", "drop", "allow"]);
    expect(await redis.takeToken("flood:8", rule, 0)).toBe("allow");
  });

  it("token bucket is atomic: 30 takes at once from two clients → exactly the burst allowed, one notice", async () => {
    const a = await redisStore("atomic");
    const b = await redisStore("atomic", a.client.options.keyPrefix as string);
    const rule: BucketRule = { burst: 5, perMinute: 30, noticeEveryMs: 60_000 };
    const verdicts = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).takeToken("flood:9", rule, 1_000)));
    expect(verdicts.filter((v) => v === "allow")).toHaveLength(5);
    expect(verdicts.filter((v) => v === "notice")).toHaveLength(1);
    expect(verdicts.filter((v) => v === "drop")).toHaveLength(24);
  });

  it("every key has a TTL, under the prefix, except the question log (trimmed by retention)", async () => {
    const store = await redisStore("ttl");
    const prefix = store.client.options.keyPrefix as string;
    await store.set("cb:abc", { type: "job", id: "x" }, 30_000);
    await store.setIfAbsent("upd:5", 1, 86_400_000);
    await store.takeToken("flood:5", { burst: 10, perMinute: 30, noticeEveryMs: 60_000 }, Date.now());
    await store.questions.append({ at: Date.now(), userId: 5, kind: "question", found: true });
    const raw = new Redis(url!, { lazyConnect: true });
    await raw.connect();
    try {
      const keys = (await raw.keys(`${prefix}*`)).sort();
      expect(keys).toEqual([`${prefix}cb:abc`, `${prefix}flood:5`, `${prefix}${QUESTION_LOG_KEY}`, `${prefix}upd:5`]);
      const ttls = Object.fromEntries(await Promise.all(keys.map(async (k) => [k.slice(prefix.length), await raw.pttl(k)] as const)));
      expect(ttls["cb:abc"]).toBeGreaterThan(29_000);
      expect(ttls["cb:abc"]).toBeLessThanOrEqual(30_000);
      expect(ttls["upd:5"]).toBeGreaterThan(86_000_000);
      // A bucket lives until it would be full again (10 at 30/min: 20 s) or its notice window ends (60 s).
      expect(ttls["flood:5"]).toBeGreaterThan(59_000);
      expect(ttls[QUESTION_LOG_KEY]).toBe(-1);
    } finally {
      raw.disconnect();
    }
  });

  it("question log: append, since, forget one user, trim by time", async () => {
    const store = await redisStore("log");
    const now = Date.now();
    await store.questions.append({ at: now - 2_000, userId: 1, kind: "question", found: true, intent: "skills" });
    await store.questions.append({ at: now - 1_000, userId: 2, kind: "message", found: false, text: "hello" });
    await store.questions.append({ at: now, userId: 1, kind: "question", found: false, text: "haskell?" });
    expect((await store.questions.since(now - 1_500)).map((e) => e.userId)).toEqual([2, 1]);
    expect(await store.questions.forget(1)).toBe(2);
    expect(await store.questions.since(0)).toEqual([{ at: now - 1_000, userId: 2, kind: "message", found: false, text: "hello" }]);
    await store.questions.trim(Date.now() + 1_000);
    expect(await store.questions.since(0)).toEqual([]);
  });

  it("question log retention: each append drops entries older than LOG_RETENTION_DAYS", async () => {
    const prefix = testPrefix("retention");
    prefixes.push(prefix);
    const store = new RedisStore({ url: url!, prefix, retentionDays: 0.5 / 86_400 }); // half a second
    await store.connect();
    opened.push(store);
    await store.questions.append({ at: Date.now(), userId: 1, kind: "question", found: true });
    await new Promise((r) => setTimeout(r, 600));
    await store.questions.append({ at: Date.now(), userId: 2, kind: "question", found: true });
    expect((await store.questions.since(0)).map((e) => e.userId)).toEqual([2]);
  });

  it("createStore: REDIS_URL → Redis under REDIS_PREFIX (default from the bot id); unset → memory", async () => {
    const { logger } = logCollector();
    expect(parseConfig({ BOT_TOKEN: TOKEN, REDIS_URL: url }).redis).toEqual({ url, prefix: "resume-bot:123456789:", commandTimeoutMs: 150 });
    const prefix = testPrefix("create");
    prefixes.push(prefix);
    const store = await createStore(parseConfig({ BOT_TOKEN: TOKEN, REDIS_URL: url, REDIS_PREFIX: prefix }), logger);
    opened.push(store);
    expect(store.kind).toBe("redis");
    await store.set("k", 1, 10_000);
    const raw = new Redis(url!, { lazyConnect: true });
    await raw.connect();
    expect(await raw.get(`${prefix}k`)).toBe("1");
    raw.disconnect();
    const embedded = await createStore(parseConfig({ BOT_TOKEN: TOKEN }), logger);
    expect(embedded.kind).toBe("memory");
  });
});

describe("REDIS_URL / REDIS_PREFIX config", () => {
  it("names the variable and never echoes the URL (it may hold a password)", () => {
    for (const bad of ["http://127.0.0.1:6379", "not a url", "redis://"]) {
      expect(() => parseConfig({ BOT_TOKEN: TOKEN, REDIS_URL: `${bad}` })).toThrow(/REDIS_URL/);
    }
    try {
      parseConfig({ BOT_TOKEN: TOKEN, REDIS_URL: "http://:hunter2@host:6379" });
    } catch (e) {
      expect(String(e)).not.toContain("hunter2");
    }
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, REDIS_URL: "redis://h:6379", REDIS_PREFIX: "has space" })).toThrow(/REDIS_PREFIX/);
    expect(redactRedisUrl("rediss://bot:s3cret@redis.example.com:6380/2")).toBe("rediss://bot@redis.example.com:6380/2");
  });
});

describe("fallback to memory", () => {
  it("Redis unreachable at start: starts at once, warns once (URL without password), answers from memory", async () => {
    const { logs, logger } = logCollector();
    const store = await createStore(parseConfig({ BOT_TOKEN: TOKEN, REDIS_URL: "redis://:hunter2@127.0.0.1:1/0" }), logger);
    opened.push(store);
    expect(store.kind).toBe("redis (degraded: memory)");
    expect(await store.setIfAbsent("upd:1", 1, 60_000)).toBe(true);
    expect(await store.setIfAbsent("upd:1", 1, 60_000)).toBe(false);
    const rule: BucketRule = { burst: 2, perMinute: 30, noticeEveryMs: 60_000 };
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await store.takeToken("flood:1", rule, 0));
    expect(verdicts).toEqual(["allow", "allow", "notice", "drop"]);
    await new Promise((r) => setTimeout(r, 400)); // a few reconnect attempts fail meanwhile
    await store.get("x");
    const warnings = logs.filter((l) => l.level === "warn");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ REDIS_URL: "redis://127.0.0.1:1/0" });
    expect(JSON.stringify(logs)).not.toContain("hunter2");
  });
});

describe.skipIf(!canSpawn)("Redis lost mid-run and back", () => {
  let own: OwnRedis | undefined;
  afterAll(async () => own?.kill());

  it("unreachable at start, then started: the store switches to Redis by itself", async () => {
    const port = await freePort();
    const target = `redis://127.0.0.1:${port}`;
    const { logs, logger } = logCollector();
    const store = new FallbackStore(new RedisStore({ url: target, prefix: testPrefix("late") }), new MemoryStore(), logger, target);
    opened.push(store);
    await store.start();
    expect(store.kind).toBe("redis (degraded: memory)");
    const late = await startOwnRedis(port);
    try {
      for (let i = 0; i < 100 && store.kind !== "redis"; i++) await new Promise((r) => setTimeout(r, 50));
      expect(store.kind).toBe("redis");
      expect(logs.filter((l) => l.level === "warn")).toHaveLength(1);
      expect(logs.find((l) => l.msg.startsWith("Redis is back"))).toBeDefined();
    } finally {
      await late.kill();
    }
  });

  it("answers from memory during the outage (one warning), logs recovery, then shares state again", async () => {
    own = await startOwnRedis();
    const { logs, logger } = logCollector();
    const prefix = testPrefix("recovery");
    const store = new FallbackStore(new RedisStore({ url: own.url, prefix }), new MemoryStore(), logger, own.url);
    opened.push(store);
    await store.start();
    expect(store.kind).toBe("redis");
    await store.set("conv:1", "shared", 60_000);

    await own.kill();
    const duringOutage = [];
    for (let i = 0; i < 20; i++) duringOutage.push(await store.setIfAbsent(`upd:${i % 5}`, 1, 60_000));
    expect(duringOutage.filter(Boolean)).toHaveLength(5); // de-duplicated in memory
    expect(store.kind).toBe("redis (degraded: memory)");
    expect(await store.get("conv:1")).toBeUndefined(); // shared state is not reachable meanwhile
    expect(logs.filter((l) => l.level === "warn")).toHaveLength(1);

    await own.start();
    for (let i = 0; i < 100 && store.kind !== "redis"; i++) await new Promise((r) => setTimeout(r, 50));
    expect(store.kind).toBe("redis");
    expect(logs.find((l) => l.msg.startsWith("Redis is back"))).toBeDefined();
    await store.set("conv:2", "shared again", 60_000);
    const raw = new Redis(own.url, { lazyConnect: true });
    await raw.connect();
    expect(await raw.get(`${prefix}conv:2`)).toBe("=shared again");
    raw.disconnect();
    expect(logs.filter((l) => l.level === "warn")).toHaveLength(1);
  });
});
