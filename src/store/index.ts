// Which store the bot uses: Redis (shared by every replica, with memory behind it) when REDIS_URL is set,
// else the embedded store of one process.
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import { FallbackStore } from "./fallback.js";
import { MemoryStore } from "./memory.js";
import { RedisStore } from "./redis.js";
import type { Store } from "./types.js";

/** Builds and connects the store `config` asks for; never fails for an unreachable Redis (see fallback.ts). */
export async function createStore(config: Pick<Config, "redis">, logger: Logger): Promise<Store> {
  if (!config.redis) return new MemoryStore();
  const store = new FallbackStore(new RedisStore({ url: config.redis.url, prefix: config.redis.prefix }), new MemoryStore(), logger, config.redis.url);
  await store.start();
  return store;
}
