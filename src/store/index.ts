// Which store the bot uses: Redis (shared by every replica, with memory behind it) when REDIS_URL is set,
// else the embedded store of one process.
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { FallbackStore } from "./fallback.js";
import { MemoryStore } from "./memory.js";
import { RedisStore } from "./redis.js";
import type { Store } from "./types.js";

/** What createStore reads: REDIS_URL/REDIS_PREFIX, and the question log's retention (LOG_RETENTION_DAYS) if configured. */
export type StoreConfig = Pick<Config, "redis"> & { logRetentionDays?: number };

/** Builds and connects the store `config` asks for; never fails for an unreachable Redis (see fallback.ts). */
export async function createStore(config: StoreConfig, logger: Logger): Promise<Store> {
  if (!config.redis) return new MemoryStore();
  const redis = new RedisStore({
    url: config.redis.url,
    prefix: config.redis.prefix,
    commandTimeoutMs: config.redis.commandTimeoutMs,
    ...(config.logRetentionDays !== undefined ? { retentionDays: config.logRetentionDays } : {}),
  });
  const store = new FallbackStore(redis, new MemoryStore(), logger, config.redis.url);
  await store.start();
  return store;
}
