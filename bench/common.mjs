// Shared by bench/run.mjs and its child processes: paths, the fake bot identity, Telegram updates, a
// recording API transformer (no network: every Bot API call is counted and answered locally), statistics.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(BENCH_DIR, "..");
export const DIST = join(ROOT, "dist");
/** The shared question set, next to the checkout (BENCH_QUESTIONS overrides it, e.g. from a git worktree). */
export const QUESTIONS_FILE = process.env.BENCH_QUESTIONS || resolve(ROOT, "../shared/eval/questions.jsonl");
export const TOKEN = "123456:bench-token-never-sent";
export const SECRET = "bench-secret-token";
export const WEBHOOK_PATH = "/telegram";
/** A fixed "now", so answers (and their cost) do not drift with the clock. */
export const NOW = new Date("2026-06-01T00:00:00Z");

export const botInfo = {
  id: 123456,
  is_bot: true,
  first_name: "Resume Bench",
  username: "resume_bench_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
};

/** The shared question set: the `q` of each JSON line. */
export function loadQuestions(file = QUESTIONS_FILE) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`cannot read the shared question set ${file}: ${e.message}`);
  }
  const qs = text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).q)
    .filter((q) => typeof q === "string");
  if (!qs.length) throw new Error(`no questions in ${file}`);
  return qs;
}

/** A private-chat text message update as Telegram sends it (commands carry a bot_command entity). */
export function textUpdate(updateId, text, chatId) {
  const command = /^\/\S+/.exec(text);
  const user = { id: chatId, is_bot: false, first_name: "Recruiter", language_code: "en" };
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 1_780_000_000,
      chat: { id: chatId, type: "private", first_name: "Recruiter" },
      from: user,
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    },
  };
}

/**
 * `n` updates cycling through the questions, spread over `chats` chats. Each recruiter asks a handful of
 * questions, as real ones do: a few chats sending thousands would be a flood, and flood control would
 * (rightly) drop most of it, measuring the drop instead of the answers.
 */
export function makeUpdates(questions, n, chats = Infinity, firstId = 1) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(textUpdate(firstId + i, questions[i % questions.length], 10_000 + (i % chats)));
  return out;
}

/** An API transformer that never calls `prev`: counts the call and returns a plausible result. */
export function recordingTransformer(stats = { calls: 0, byMethod: {} }) {
  let messageId = 1_000_000;
  const transformer = async (_prev, method, payload) => {
    stats.calls++;
    stats.byMethod[method] = (stats.byMethod[method] ?? 0) + 1;
    return { ok: true, result: fakeResult(method, payload, messageId++) };
  };
  return { transformer, stats };
}

function fakeResult(method, payload, messageId) {
  if (method === "getMe") return botInfo;
  if (/^send|^copyMessage$|^forwardMessage$/.test(method)) {
    return {
      message_id: messageId,
      date: 1_780_000_000,
      chat: { id: payload?.chat_id ?? 0, type: "private", first_name: "Recruiter" },
      from: botInfo,
      ...(typeof payload?.text === "string" ? { text: payload.text } : {}),
    };
  }
  return true;
}

/** The bare grammY echo bot every bot figure is compared with. */
export function echoBot(Bot, stats) {
  const bot = new Bot(TOKEN, { botInfo });
  bot.api.config.use(recordingTransformer(stats).transformer);
  bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
  return bot;
}

export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function median(values) {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** Peak resident set size of this process so far, in MB (maxRSS is in kB on Linux). */
export function peakRssMb() {
  return process.resourceUsage().maxRSS / 1024;
}

/** The Redis the bench uses: REDIS_URL, else the usual local server. */
export const BENCH_REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";

/**
 * A connected store on Redis as the bot uses it in production (createStore: Redis with the memory fallback),
 * under a prefix of this run's own; undefined when no Redis answers. `cleanup()` closes it and removes its keys.
 */
export async function benchRedisStore(label) {
  const { createStore } = await import(`${DIST}/store/index.js`);
  const { createLogger } = await import(`${DIST}/log.js`);
  const prefix = `bench:${label}:${process.pid}:`;
  const store = await createStore({ redis: { url: BENCH_REDIS_URL, prefix, commandTimeoutMs: 150 } }, createLogger({ level: "silent" }));
  if (store.kind !== "redis") {
    await store.close();
    return undefined;
  }
  return { store, prefix, cleanup: async () => (await removeKeys(prefix), await store.close()) };
}

/** Removes every key under `prefix` (SCAN + UNLINK on a client of its own). */
export async function removeKeys(prefix) {
  const { Redis } = await import("ioredis");
  const raw = new Redis(BENCH_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await raw.connect();
  let cursor = "0";
  do {
    const [next, keys] = await raw.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 5000);
    cursor = next;
    if (keys.length) await raw.unlink(...keys);
  } while (cursor !== "0");
  raw.disconnect();
}
