// npm run load:webhook [-- --seconds 10 --connections 50]: a load run against the webhook server on
// 127.0.0.1 with autocannon. The bot is the real one (bundled résumé, real engine, createBot, the webhook
// server with its secret); its calls to Telegram go to a recording fake, never out. The mix: questions and
// commands from many users, button presses, and 5% redeliveries of an update already sent (must be 200 and
// not handled twice). Then strangers without the secret (must all be 401 and change nothing).
// Prints: requests sent, status codes, non-2xx, latency p50/p97.5/p99/max, throughput, and the ledger.
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import type { Transformer } from "grammy";
import { botReliability, createBot } from "../src/bot/create-bot.js";
import { createWebhookServer } from "../src/bot/transports/webhook.js";
import { createEngine } from "../src/engine.js";
import { BUNDLED_KNOWLEDGE_DIR, loadKnowledge } from "../src/knowledge/load.js";
import { createLogger } from "../src/log.js";
import { FUZZ_BOT } from "../test/fuzz/bot-properties.js";

interface Histogram {
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
  average: number;
}
interface Result {
  requests: { total: number; average: number; sent: number };
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
}
interface Request {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const seconds = arg("--seconds", 10);
const connections = arg("--connections", 50);

const TOKEN = "123456789:AALoadTestTokenOnly_abcdefghijklmnopqrstu";
const SECRET = "load_test-secret";
const QUESTIONS = [
  "Where does he work now?",
  "/experience",
  "Has he used Kafka?",
  "/skills",
  "How many years of Go?",
  "What did he do at ScyllaDB?",
  "/contacts",
  "Does he know Kubernetes?",
  "/start",
  "What is his education?",
];
const BUTTONS = ["j:scylladb", "j:nimses", "x", "j:forged-job", "s:skills"];

const calls = new Map<string, number>();
const fakeTelegram: Transformer = async (_prev, method, payload) => {
  calls.set(method, (calls.get(method) ?? 0) + 1);
  const p = payload as { chat_id?: number; text?: string };
  const result = method === "sendMessage" || method === "editMessageText" ? { message_id: 1, date: 0, chat: { id: p.chat_id ?? 1, type: "private" }, text: p.text } : true;
  return { ok: true, result } as never;
};
let warnings = 0;
const logger = createLogger({ level: "warn", write: () => warnings++ });
const engine = createEngine(loadKnowledge(BUNDLED_KNOWLEDGE_DIR));
const bot = createBot({ token: TOKEN, engine, botInfo: FUZZ_BOT, logger, apiTransformers: [fakeTelegram] });
const server = createWebhookServer(bot, { path: "/hook", secret: SECRET, logger });
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;

let nextId = 1;
let redelivered = 0;
function nextUpdate(): string {
  // 5%: Telegram redelivering an update we already took.
  if (nextId > 100 && nextId % 20 === 0) {
    redelivered++;
    nextId++;
    return update(nextId - 50);
  }
  return update(nextId++);
}
/** Update n: from user n (so no one user floods), a question, a command or a button press. */
function update(n: number): string {
  const user = { id: 1_000_000 + n, is_bot: false, first_name: "Load" };
  const chat = { id: user.id, type: "private", first_name: "Load" };
  if (n % 7 === 0) {
    const data = BUTTONS[n % BUTTONS.length];
    return JSON.stringify({ update_id: n, callback_query: { id: `cb-${n}`, from: user, chat_instance: "ci", data, message: { message_id: 5, date: 0, chat, from: FUZZ_BOT, text: "list" } } });
  }
  const text = QUESTIONS[n % QUESTIONS.length]!;
  const entities = text.startsWith("/") ? [{ type: "bot_command", offset: 0, length: text.length }] : undefined;
  return JSON.stringify({ update_id: n, message: { message_id: n, date: 0, chat, from: user, text, ...(entities ? { entities } : {}) } });
}

console.log(`webhook load: ${connections} connections for ${seconds} s against ${url} (real engine, fake Telegram)`);
const result = await autocannon({
  url,
  connections,
  duration: seconds,
  method: "POST",
  headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
  requests: [{ setupRequest: (req: Request) => ({ ...req, body: nextUpdate() }) }],
});
const ledger = botReliability(bot).ledger;
// Requests autocannon abandoned at the end may still be arriving: let the server settle.
await new Promise((r) => setTimeout(r, 500));
await ledger.idle(10_000);
const afterLoad = ledger.snapshot();

const strangers = await autocannon({
  url,
  connections: 10,
  amount: 1000,
  method: "POST",
  headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "wrong-secret" },
  body: update(1),
});
const afterStrangers = ledger.snapshot();
await server.shutdown(2000);

const statuses = Object.entries(result.statusCodeStats)
  .map(([code, s]) => `${code}: ${s.count}`)
  .join(", ");
const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(`requests sent ${result.requests.sent}, completed ${result.requests.total} (${statuses}); non-2xx ${result.non2xx}, errors ${result.errors}, timeouts ${result.timeouts}`);
console.log(`latency p50 ${ms(result.latency.p50)}, p97.5 ${ms(result.latency.p97_5)}, p99 ${ms(result.latency.p99)}, max ${ms(result.latency.max)}; ${result.requests.average.toFixed(0)} req/s`);
console.log(
  `ledger: in ${afterLoad.in} = answered ${afterLoad.answered} + skipped ${afterLoad.skipped} (duplicates ${afterLoad.skippedBy.duplicate}, throttled ${afterLoad.skippedBy.throttled}, not for us ${afterLoad.skippedBy["not-for-us"]}) + failed ${afterLoad.failed}; in flight ${afterLoad.inFlight}; ${redelivered} redeliveries sent`,
);
console.log(`outgoing calls recorded (not sent): ${[...calls].map(([m, n]) => `${m} ${n}`).join(", ")}; warnings logged ${warnings}`);
const refused = strangers.statusCodeStats["401"]?.count ?? 0;
console.log(`strangers without the secret: ${strangers.requests.total} requests, ${refused} × 401, ledger unchanged: ${afterStrangers.in === afterLoad.in} (in ${afterLoad.in} → ${afterStrangers.in})`);
const balanced = afterLoad.in === afterLoad.answered + afterLoad.skipped + afterLoad.failed + afterLoad.inFlight;
const ok = result.non2xx === 0 && result.errors === 0 && balanced && afterLoad.failed === 0 && afterStrangers.in === afterLoad.in && refused === strangers.requests.total;
console.log(ok ? "ok: every request 2xx, every update accounted for, nothing failed" : "NOT OK");
process.exit(ok ? 0 : 1);
