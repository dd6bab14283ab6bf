// Each update's Api is a view of the bot's (src/bot/update-api.ts): its transformers run for that update
// only, outside the bot's; refusals reach the handler as grammY's GrammyError; the bot's own Api is never
// touched by an update.
import { Bot, GrammyError, type Context, type Transformer } from "grammy";
import { describe, expect, it } from "vitest";
import { ResumeBot, updateApi } from "../../src/bot/update-api.js";
import { BOT_INFO, TOKEN } from "../support/fake-telegram.js";
import { createTestBot, text } from "./helpers.js";

/** A Telegram that answers every call itself, refusing `refuse` methods with 400. */
function telegram(refuse: string[] = []): { transformer: Transformer; seen: string[] } {
  const seen: string[] = [];
  const transformer = (async (_prev: unknown, method: string) => {
    seen.push(method);
    if (refuse.includes(method)) return { ok: false, error_code: 400, description: "Bad Request: no" };
    return { ok: true, result: method === "sendMessage" ? { message_id: 7, date: 0, chat: { id: 1, type: "private" } } : true };
  }) as unknown as Transformer;
  return { transformer, seen };
}

describe("each update's Api", () => {
  it("runs the update's transformers outside the bot's, and only for that update", async () => {
    const bot = new ResumeBot(TOKEN, { botInfo: BOT_INFO });
    const tg = telegram();
    bot.api.config.use(tg.transformer);
    const order: string[] = [];
    bot.use(async (ctx: Context) => {
      ctx.api.config.use((async (prev, method, payload, signal) => {
        order.push(`update ${ctx.update.update_id}: ${method}`);
        return prev(method, payload, signal);
      }) as Transformer);
      await ctx.reply("hi");
    });
    await bot.handleUpdate({ update_id: 1, ...text("a") });
    await bot.handleUpdate({ update_id: 2, ...text("b") });
    expect(order).toEqual(["update 1: sendMessage", "update 2: sendMessage"]);
    expect(tg.seen).toEqual(["sendMessage", "sendMessage"]);
    // The bot's Api keeps its one transformer, however many updates installed theirs.
    expect(bot.api.config.installedTransformers()).toHaveLength(1);
  });

  it("a refusal reaches the handler as grammY's GrammyError, and the update's transformer sees the raw response", async () => {
    const bot = new Bot(TOKEN, { botInfo: BOT_INFO });
    bot.api.config.use(telegram(["sendMessage"]).transformer);
    const api = updateApi(bot.api);
    const responses: unknown[] = [];
    api.config.use((async (prev, method, payload, signal) => {
      const r = await prev(method, payload, signal);
      responses.push(r);
      return r;
    }) as Transformer);
    const error = await api.sendMessage(1, "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrammyError);
    expect(error).toMatchObject({ error_code: 400, description: "Bad Request: no", method: "sendMessage", payload: { chat_id: 1, text: "x" } });
    expect((error as Error).message).toBe("Call to 'sendMessage' failed! (400: Bad Request: no)");
    expect(responses).toEqual([{ ok: false, error_code: 400, description: "Bad Request: no", parameters: {} }]);
    // Methods without parameters get an empty payload, as grammY gives them.
    await expect(api.getMe()).resolves.toBe(true);
  });

  it("createBot's bot answers through it: the ledger still counts each update's outcome", async () => {
    const t = createTestBot();
    await t.send(text("hello"));
    t.fail("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    await t.send(text("again"));
    expect(t.bot).toBeInstanceOf(ResumeBot);
    const { botReliability } = await import("../../src/bot/create-bot.js");
    expect(botReliability(t.bot).ledger.snapshot()).toMatchObject({ in: 2, answered: 1, failed: 1, inFlight: 0 });
  });
});
