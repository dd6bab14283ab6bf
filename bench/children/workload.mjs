// Peak memory of a process doing a bot workload: `node workload.mjs bot|echo N` pushes N mixed updates
// (the shared questions: commands and free text) through bot.handleUpdate with Telegram calls recorded,
// then prints {"kind", "updates", "calls", "maxrss_mb"} as one JSON line.
import { Bot } from "grammy";
import { DIST, echoBot, loadQuestions, makeUpdates, NOW, peakRssMb, recordingTransformer, TOKEN, botInfo } from "../common.mjs";

const kind = process.argv[2];
const n = Number(process.argv[3] ?? 2000);
if (kind !== "bot" && kind !== "echo") throw new Error("usage: workload.mjs bot|echo N");

const stats = { calls: 0, byMethod: {} };
let bot;
if (kind === "echo") {
  bot = echoBot(Bot, stats);
} else {
  const { createEngine } = await import(`${DIST}/engine.js`);
  // As src/main.ts loads it: on a knowledge-cache hit the parsers are never imported.
  const { loadKnowledgeQuickly, BUNDLED_KNOWLEDGE_DIR } = await import(`${DIST}/knowledge/load-quickly.js`);
  const { createBot } = await import(`${DIST}/bot/create-bot.js`);
  const { createLogger } = await import(`${DIST}/log.js`);
  const engine = createEngine(await loadKnowledgeQuickly(BUNDLED_KNOWLEDGE_DIR), { now: NOW });
  bot = createBot({ token: TOKEN, engine, botInfo, logger: createLogger({ level: "error" }) });
  bot.api.config.use(recordingTransformer(stats).transformer);
}
for (const u of makeUpdates(loadQuestions(), n)) await bot.handleUpdate(u);
process.stdout.write(`${JSON.stringify({ kind, updates: n, calls: stats.calls, maxrss_mb: peakRssMb() })}\n`);
