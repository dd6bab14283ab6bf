// A webhook server on 127.0.0.1 (ephemeral port) for autocannon: `node webhook-server.mjs bot|echo`.
//   bot   the project's createWebhookServer around createBot (secret token checked)
//   echo  a bare node:http server + grammY webhookCallback around an echo bot (secret token checked)
// Telegram calls are recorded, never sent. Prints {"port"} once listening; on "stop" (stdin) prints
// {"calls", "maxrss_mb"} and exits.
import { createServer } from "node:http";
import { Bot, webhookCallback } from "grammy";
import { botInfo, DIST, echoBot, NOW, peakRssMb, recordingTransformer, SECRET, TOKEN, WEBHOOK_PATH } from "../common.mjs";

const kind = process.argv[2];
const stats = { calls: 0, byMethod: {} };
let server;
if (kind === "bot") {
  const { createEngine } = await import(`${DIST}/engine.js`);
  const { loadKnowledge, BUNDLED_KNOWLEDGE_DIR } = await import(`${DIST}/knowledge/load.js`);
  const { createBot } = await import(`${DIST}/bot/create-bot.js`);
  const { createWebhookServer } = await import(`${DIST}/bot/transports/webhook.js`);
  const { createLogger } = await import(`${DIST}/log.js`);
  const logger = createLogger({ level: "error" });
  const engine = createEngine(loadKnowledge(BUNDLED_KNOWLEDGE_DIR), { now: NOW });
  const bot = createBot({ token: TOKEN, engine, botInfo, logger });
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
  throw new Error("usage: webhook-server.mjs bot|echo");
}

server.listen(0, "127.0.0.1", () => process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`));
process.stdin.setEncoding("utf8");
process.stdin.on("data", (d) => {
  if (!d.includes("stop")) return;
  process.stdout.write(`${JSON.stringify({ kind, calls: stats.calls, byMethod: stats.byMethod, maxrss_mb: peakRssMb() })}\n`);
  server.closeAllConnections?.();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
});
