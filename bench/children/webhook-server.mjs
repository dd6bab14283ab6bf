// A webhook server on 127.0.0.1 (ephemeral port) for autocannon: `node webhook-server.mjs bot|echo`.
//   bot   the project's createWebhookServer around createBot (secret token checked), embedded store
//   bot-redis  the same with the store on Redis (REDIS_URL or 127.0.0.1:6379), as replicas run it
//   echo  a bare node:http server + grammY webhookCallback around an echo bot (secret token checked)
// Telegram calls are recorded, never sent. Prints {"port"} once listening; on "stop" (stdin) prints
// {"calls", "maxrss_mb"} and exits.
import { createServer } from "node:http";
import { Bot, webhookCallback } from "grammy";
import { benchRedisStore, botInfo, DIST, echoBot, NOW, peakRssMb, recordingTransformer, SECRET, TOKEN, WEBHOOK_PATH } from "../common.mjs";

const kind = process.argv[2];
const stats = { calls: 0, byMethod: {} };
let server;
let redis;
if (kind === "bot" || kind === "bot-redis") {
  const { createEngine } = await import(`${DIST}/engine.js`);
  // As src/main.ts loads it: on a knowledge-cache hit the parsers are never imported.
  const { loadKnowledgeQuickly, BUNDLED_KNOWLEDGE_DIR } = await import(`${DIST}/knowledge/load-quickly.js`);
  const { createBot } = await import(`${DIST}/bot/create-bot.js`);
  const { createWebhookServer } = await import(`${DIST}/bot/transports/webhook.js`);
  const { createLogger } = await import(`${DIST}/log.js`);
  const logger = createLogger({ level: "error" });
  const engine = createEngine(await loadKnowledgeQuickly(BUNDLED_KNOWLEDGE_DIR), { now: NOW });
  if (kind === "bot-redis") {
    redis = await benchRedisStore("webhook");
    if (!redis) throw new Error("bot-redis: no Redis answers (set REDIS_URL)");
  }
  const bot = createBot({ token: TOKEN, engine, botInfo, logger, ...(redis ? { store: redis.store } : {}) });
  bot.api.config.use(recordingTransformer(stats).transformer);
  server = createWebhookServer(bot, { path: WEBHOOK_PATH, secret: SECRET, logger });
} else if (kind === "echo") {
  const bot = echoBot(Bot, stats);
  const handle = webhookCallback(bot, "http", { secretToken: SECRET });
  server = createServer((req, res) => {
    if (req.method === "POST" && req.url === WEBHOOK_PATH) return handle(req, res);
    res.writeHead(404).end();
  });
} else {
  throw new Error("usage: webhook-server.mjs bot|bot-redis|echo");
}

server.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
process.stdin.setEncoding("utf8");
process.stdin.on("data", (d) => {
  if (!d.includes("stop")) return;
  process.stdout.write(`${JSON.stringify({ kind, calls: stats.calls, byMethod: stats.byMethod, maxrss_mb: peakRssMb(), store: redis?.store.kind, storeCalls: redis?.store.stats })}\n`);
  server.closeAllConnections?.();
  server.close(() => (redis ? redis.cleanup() : Promise.resolve()).finally(() => process.exit(0)));
  setTimeout(() => process.exit(0), 2000).unref();
});
