// What the logs keep about people: structured JSON lines with a level; the owner learns what happened
// (intent, found, lengths, chat type, outcomes) but not what anyone wrote, nor their names. User and chat
// ids appear only where the owner must act on one person: flood control and updates that could not be
// answered.
import { describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/create-bot.js";
import { createLogger } from "../../src/log.js";
import { BOT_INFO, callback, fakeEngine, GROUP_CHAT, inlineQuery, messageUpdate, text, TOKEN, type LogLine } from "../bot/helpers.js";
import { createKit } from "./kit.js";

const SECRET_WORDS = "PURPLE-ELEPHANT-4242";
const NAME = "Zebediah";
const USERNAME = "zeb_private_handle";
const PHONE = "+44 7700 900123";

describe("logs", () => {
  it("at info level and below: no message text, no names, no phone numbers; JSON lines with time, level, msg", async () => {
    for (const level of ["info", "debug"] as const) {
      const lines: string[] = [];
      const logger = createLogger({ level, write: (l) => lines.push(l) });
      const bot = createBot({ token: TOKEN, engine: fakeEngine(), botInfo: BOT_INFO, logger, rateLimit: { perMinute: 30, burst: 3, now: () => 0 }, apiTransformers: [async () => ({ ok: true, result: true }) as never] });
      const from = { id: 31337, is_bot: false, first_name: NAME, username: USERNAME };
      const chat = { id: 31337, type: "private" as const, first_name: NAME, username: USERNAME };
      const updates = [
        text(`my secret is ${SECRET_WORDS}, call me on ${PHONE}`, { from, chat: chat as never }),
        text(`/experience ${SECRET_WORDS}`, { from, chat: chat as never }),
        text(`/${SECRET_WORDS.replace(/-/g, "_")}`, { from, chat: chat as never }),
        text(`@resume_test_bot ${SECRET_WORDS}`, { from, chat: GROUP_CHAT }),
        callback(`j:${SECRET_WORDS}`),
        inlineQuery(SECRET_WORDS),
        messageUpdate({ from, chat: chat as never, caption: SECRET_WORDS, photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] }),
        text(`flood ${SECRET_WORDS}`, { from, chat: chat as never }), // over the burst of 3: throttled
        text(`flood ${SECRET_WORDS}`, { from, chat: chat as never }),
      ];
      let id = 1;
      for (const u of updates) await bot.handleUpdate({ update_id: id++, ...u } as never);
      expect(lines.length).toBeGreaterThan(0);
      const all = lines.join("\n");
      expect(all).not.toContain(SECRET_WORDS);
      expect(all).not.toContain(SECRET_WORDS.replace(/-/g, "_"));
      expect(all).not.toContain(NAME);
      expect(all).not.toContain(USERNAME);
      expect(all).not.toContain("7700");
      for (const line of lines) {
        const parsed = JSON.parse(line) as LogLine & { time: string };
        expect(parsed.time).toMatch(/^\d{4}-\d\d-\d\dT/);
        expect(["debug", "info", "warn", "error"]).toContain(parsed.level);
        expect(typeof parsed.msg).toBe("string");
      }
      // What the owner does learn:
      const question = lines.map((l) => JSON.parse(l) as LogLine).find((l) => l.msg === "question");
      expect(question).toMatchObject({ intent: "test", found: true, chars: expect.any(Number), chat: "private" });
      expect(lines.map((l) => JSON.parse(l) as LogLine).find((l) => l.msg === "command" && l.command === "(other)")).toBeDefined();
      expect(lines.map((l) => JSON.parse(l) as LogLine).find((l) => l.msg === "flood control: user throttled")).toMatchObject({ user: 31337 });
    }
  });

  it("a failure names the update, its type, the chat id and the failed calls — not the text", async () => {
    const k = createKit();
    k.inject("sendMessage", { kind: "http", code: 400, description: "Bad Request: chat not found" }, 2);
    await k.send(text(`hello ${SECRET_WORDS}`));
    const failure = k.logs.find((l) => l.msg === "update not answered");
    // The answer, then the apology: both refused.
    expect(failure).toMatchObject({ level: "error", type: "message", chatId: 7, calls: ["sendMessage: 400", "sendMessage: 400"] });
    expect(JSON.stringify(k.logs)).not.toContain(SECRET_WORDS);
  });
});
