// The cost of choosing the interface's language per update: updates per second through bot.handleUpdate
// with a fake engine (no résumé search) and a recording transformer (no network), so what is measured is
// the bot's own work per update: the ledger, flood control, the language choice, the reply.
//   npx tsx scripts/language-cost.ts [updates]
// Run it in two checkouts (before/after) to compare; it imports the bot from the checkout it runs in.
import type { Transformer } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot/create-bot.js";
import type { Engine } from "../src/engine.js";
import type { Knowledge } from "../src/knowledge/load.js";
import { createLogger } from "../src/log.js";

const N = Number(process.argv[2] ?? 20000);
const reply = { messages: [{ lines: [[{ text: "ok" }]] }], found: true, sources: [], intent: "test" };
const engine = {
  knowledge: { resume: { person: { name: "Test Person", contacts: [] }, experience: [{ id: "acme", employer: "Acme" }] } } as unknown as Knowledge,
  handle: (_t: unknown, conversation = {}) => ({ answer: reply, conversation }),
  respond: () => reply,
  act: () => reply,
  inline: () => [],
} as unknown as Engine;
let id = 1;
const recording: Transformer = async (_prev, method) =>
  ({ ok: true, result: method === "sendMessage" ? { message_id: id++, date: 0, chat: { id: 1, type: "private" } } : true }) as never;
const bot = createBot({
  token: "1:x",
  engine,
  botInfo: { id: 42, is_bot: true, first_name: "B", username: "b_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true } as never,
  logger: createLogger({ level: "silent" }),
  rateLimit: { perMinute: 0, burst: 0 },
});
bot.api.config.use(recording);

const texts = ["Есть опыт с Kafka?", "Where does he work now?", "/start", "а сколько лет?"];
const update = (i: number): Update =>
  ({
    update_id: i,
    message: { message_id: i, date: 0, chat: { id: 1000 + (i % 50), type: "private", first_name: "U" }, from: { id: 1000 + (i % 50), is_bot: false, first_name: "U", language_code: i % 2 ? "ru" : "en" }, text: texts[i % texts.length] },
  }) as Update;

for (let i = 0; i < 2000; i++) await bot.handleUpdate(update(i));
const runs: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await bot.handleUpdate(update(i));
  runs.push(N / ((performance.now() - t0) / 1000));
}
runs.sort((a, b) => a - b);
console.log(JSON.stringify({ updates: N, runs: 5, medianPerSecond: Math.round(runs[2]!), min: Math.round(runs[0]!), max: Math.round(runs[4]!), usPerUpdate: Math.round(1e6 / runs[2]!) }));
