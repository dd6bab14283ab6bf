// The candidate's loop end to end over HTTP: the bot in webhook mode (its real node:http server), a fake
// Telegram Bot API on 127.0.0.1 that records every call, the question log on disk in a temporary DATA_DIR,
// restarted with the same folder. The log lines (what would go to stderr) never contain what anyone wrote.
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/create-bot.js";
import { startWebhook } from "../../src/bot/transports/webhook.js";
import { createEngine } from "../../src/engine.js";
import { loadFaq } from "../../src/faq/load.js";
import { loadKnowledge } from "../../src/knowledge/load.js";
import { createLogger } from "../../src/log.js";
import { FileQuestionLog } from "../../src/store/file-log.js";
import { MemoryStore } from "../../src/store/memory.js";
import { BOT_INFO, TOKEN } from "../bot/helpers.js";

const DIR = join(import.meta.dirname, "../fixtures/cv-faq-maria");
const OWNER = 5001;
const RECRUITER = { id: 7001, is_bot: false, first_name: "Anna", last_name: "Schmidt", username: "anna_hr", language_code: "de" };
const STRANGER = { id: 7002, is_bot: false, first_name: "Bob" };
const SECRET = "e2e-secret";
const UNANSWERED_Q = "Does she keep bees on weekends?";
const CONTACT_TEXT = "Hi Maria, we have a data role in Berlin, call me at 5pm?";
const OWNER_REPLY = "Thanks Anna, 5pm works.";

interface Call {
  method: string;
  payload: Record<string, unknown>;
  result: unknown;
}

let api: Server;
let apiUrl: string;
const calls: Call[] = [];
let nextMessageId = 100;
/** While true, the fake Telegram refuses messages to the owner (as when the owner never opened the bot). */
let ownerUnreachable = false;

beforeAll(async () => {
  api = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      const method = (req.url ?? "").split("/").at(-1)!;
      const payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      if (ownerUnreachable && method === "sendMessage" && payload.chat_id === OWNER) {
        calls.push({ method, payload, result: "refused" });
        res.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 403, description: "Forbidden: bot can't initiate conversation with a user" }));
        return;
      }
      const result = method === "sendMessage" ? { message_id: nextMessageId++, date: 0, chat: { id: payload.chat_id, type: "private" }, text: payload.text } : true;
      calls.push({ method, payload, result });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
    });
  });
  await new Promise<void>((r) => api.listen(0, "127.0.0.1", r));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => api.close(() => r())));

async function startBot(dataDir: string, logs: string[]) {
  const logger = createLogger({ level: "debug", write: (l) => logs.push(l) });
  const questions = await FileQuestionLog.open(join(dataDir, "questions"), { retentionDays: 90 });
  const bot = createBot({
    token: TOKEN,
    engine: createEngine(loadKnowledge(DIR)),
    botInfo: BOT_INFO,
    apiRoot: apiUrl,
    logger,
    candidate: { faq: loadFaq(DIR)!, ownerIds: [OWNER], store: new MemoryStore({ questions }) },
  });
  const transport = await startWebhook(bot, { url: "https://bot.example.test/hook", path: "/hook", secret: SECRET, port: 0, host: "127.0.0.1", logger, drainMs: 2000 });
  let updateId = Math.floor(Math.random() * 1e6);
  let messageId = 1;
  const post = async (update: Record<string, unknown>) => {
    const before = calls.length;
    const res = await fetch(`http://127.0.0.1:${transport.port}/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify({ update_id: updateId++, ...update }),
    });
    expect(res.status).toBe(200);
    // The webhook answers once the update is handled; give any trailing call a moment anyway.
    await new Promise((r) => setTimeout(r, 30));
    return calls.slice(before);
  };
  const say = (from: typeof RECRUITER | typeof STRANGER | { id: number; is_bot: false; first_name: string }, text: string, extra: Record<string, unknown> = {}) =>
    post({ message: { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: { id: from.id, type: "private" }, from, text, ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}), ...extra } });
  return { say, post, stop: () => transport.stop() };
}

const owner = { id: OWNER, is_bot: false as const, first_name: "Maria" };
const sent = (cs: Call[], chat: number) => cs.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chat).map((c) => String(c.payload.text));

describe("the candidate's loop over HTTP (webhook, fake Bot API)", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "loop-data-"));
  const logs: string[] = [];

  it("relays, replies, contact, stats, restart, forget", async () => {
    let bot = await startBot(dataDir, logs);

    // A deep link from LinkedIn: the source is counted in /stats.
    let out = await bot.say(RECRUITER, "/start src_linkedin");
    expect(sent(out, RECRUITER.id)[0]).toContain("Maria Lindqvist");

    // An FAQ question is answered in Maria's words, found; nothing relayed under OWNER_NOTIFY=unanswered.
    out = await bot.say(RECRUITER, "would she move to Berlin?");
    expect(sent(out, RECRUITER.id).join()).toMatch(/From Maria:.*Berlin, Amsterdam/);
    expect(sent(out, OWNER)).toEqual([]);

    // An unanswered question reaches the owner verbatim, with who asked.
    out = await bot.say(RECRUITER, UNANSWERED_Q);
    expect(sent(out, RECRUITER.id).join()).toMatch(/doesn't|does not|not/i);
    const relay = sent(out, OWNER);
    expect(relay).toHaveLength(1);
    expect(relay[0]).toContain(UNANSWERED_Q);
    expect(relay[0]).toContain("Anna Schmidt");
    expect(relay[0]).toContain("@anna_hr");
    expect(relay[0]).toContain("language: de");
    const relayMessageId = (out.find((c) => c.method === "sendMessage" && c.payload.chat_id === OWNER)!.result as { message_id: number }).message_id;

    // The owner's reply (a Telegram reply to the relayed message) reaches the recruiter; the owner is told.
    out = await bot.say(owner, OWNER_REPLY, { reply_to_message: { message_id: relayMessageId, date: 0, chat: { id: OWNER, type: "private" }, text: relay[0] } });
    expect(sent(out, RECRUITER.id)).toEqual([`Maria replied: ${OWNER_REPLY}`]);
    expect(sent(out, OWNER)[0]).toMatch(/Delivered to Anna Schmidt/);

    // /contact: the next text reaches the owner with who sent it; the recruiter gets a confirmation.
    out = await bot.say(RECRUITER, "/contact");
    const prompt = out.find((c) => c.method === "sendMessage")!;
    expect(JSON.stringify(prompt.payload.reply_markup)).toContain("request_contact");
    out = await bot.say(RECRUITER, CONTACT_TEXT);
    expect(sent(out, OWNER)[0]).toContain(CONTACT_TEXT);
    expect(sent(out, OWNER)[0]).toContain("Anna Schmidt");
    expect(sent(out, RECRUITER.id)[0]).toMatch(/Sent to Maria/);

    // /stats and /unanswered answer the owner; others learn nothing.
    out = await bot.say(owner, "/stats");
    expect(sent(out, OWNER)[0]).toMatch(/Last 7 days: 2 questions from 1 recruiters, 50% answered, 1 messages/);
    expect(sent(out, OWNER)[0]).toContain("Sources: linkedin (1)");
    expect(sent(out, OWNER)[0]).toContain(`Top unanswered: "${UNANSWERED_Q.toLowerCase()}" (1)`);
    out = await bot.say(owner, "/unanswered");
    expect(sent(out, OWNER).join()).toContain(UNANSWERED_Q);
    for (const cmd of ["/stats", "/unanswered"]) {
      out = await bot.say(STRANGER, cmd);
      const text = sent(out, STRANGER.id).join();
      expect(text).not.toContain("Anna");
      expect(text).not.toContain(UNANSWERED_Q);
      expect(text).toMatch(/only for the candidate/);
    }

    // A failed relay never breaks the recruiter's answer.
    ownerUnreachable = true;
    out = await bot.say(STRANGER, "Does she ski?");
    ownerUnreachable = false;
    expect(sent(out, STRANGER.id).join()).toMatch(/doesn't|not/i);
    expect(out.some((c) => c.result === "refused")).toBe(true);

    // The owner's own question is answered but neither relayed nor counted.
    out = await bot.say(owner, "Does she play the oboe?");
    expect(sent(out, OWNER)).toHaveLength(1);

    // Restart with the same DATA_DIR: the log is still there.
    await bot.stop();
    bot = await startBot(dataDir, logs);
    out = await bot.say(owner, "/unanswered");
    expect(sent(out, OWNER).join()).toContain(UNANSWERED_Q);
    out = await bot.say(owner, "/stats");
    expect(sent(out, OWNER)[0]).toMatch(/3 questions from 2 recruiters/);

    // /forget removes the recruiter's questions from /unanswered.
    out = await bot.say(RECRUITER, "/forget");
    expect(sent(out, RECRUITER.id)[0]).toMatch(/deleted .*4 logged/);
    out = await bot.say(owner, "/unanswered");
    expect(sent(out, OWNER).join()).not.toContain(UNANSWERED_Q);
    await bot.stop();

    // Nothing anyone wrote is in the process logs.
    const all = logs.join("\n");
    for (const secret of [UNANSWERED_Q, CONTACT_TEXT, OWNER_REPLY, "Berlin", "Anna", "anna_hr", "oboe", "she ski"]) expect(all).not.toContain(secret);
  }, 30_000);
});
