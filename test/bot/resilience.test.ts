import { HttpError } from "grammy";
import { describe, expect, it } from "vitest";
import { htmlToPlain, plainTextFallback, retryTransient } from "../../src/bot/api-transformers.js";
import { COMMANDS, menuCommands, registerCommands } from "../../src/bot/commands-menu.js";
import { APOLOGY } from "../../src/bot/error-boundary.js";
import { createLogger, redact } from "../../src/log.js";
import { createTestBot, fakeEngine, GROUP_CHAT, text, TOKEN } from "./helpers.js";

describe("errors and resilience", () => {
  it("an engine failure is logged and the user gets an apology; the next update works", async () => {
    let fail = true;
    const engine = fakeEngine({
      respond: (input) => {
        if (fail) throw new Error("engine exploded");
        return { messages: [{ lines: [[{ text: input }]] }], found: true, sources: [], intent: "ok" };
      },
    });
    const t = createTestBot({ engine });
    await t.send(text("hello"));
    expect(t.sent("sendMessage").map((c) => c.payload.text)).toEqual([APOLOGY]);
    expect(t.logs.find((l) => l.level === "error")).toMatchObject({ msg: "handler failed", error: "engine exploded", type: "message" });
    fail = false;
    await t.send(text("again"));
    expect(t.sent("sendMessage").map((c) => c.payload.text)).toEqual([APOLOGY, "again"]);
  });

  it("in groups the apology quotes the message", async () => {
    const engine = fakeEngine({
      respond: () => {
        throw new Error("x");
      },
    });
    const t = createTestBot({ engine });
    await t.send(text("/skills", { chat: GROUP_CHAT }));
    expect(t.sent("sendMessage")[0]?.payload).toMatchObject({ text: APOLOGY, reply_parameters: expect.any(Object) });
  });

  it("a blocked user (403 on send) is logged and not retried forever", async () => {
    const t = createTestBot();
    t.fail("sendMessage", { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    await t.send(text("hi"));
    // Logged once as a warning (their choice, not our fault); no apology is tried into a blocked chat.
    expect(t.logs.filter((l) => l.msg === "update not answered: the user cannot be reached")).toHaveLength(1);
    expect(t.sent("sendMessage")).toHaveLength(1);
  });

  it("setMyCommands failing is logged as a warning, never thrown", async () => {
    const t = createTestBot();
    t.fail("setMyCommands", { error_code: 500, description: "Internal Server Error" });
    const logs: string[] = [];
    await expect(registerCommands(t.bot.api, createLogger({ write: (l) => logs.push(l) }))).resolves.toBeUndefined();
    expect(logs.join("\n")).toMatch(/could not register the command menu/);
    t.fail("setMyCommands", { error_code: 500, description: "x" }, 0);
    await registerCommands(t.bot.api, createLogger({ level: "silent" }));
    expect(t.sent("setMyCommands").at(-1)?.payload.commands).toEqual(menuCommands());
    expect(COMMANDS.map((c) => c.command)).toEqual(expect.arrayContaining(["start", "help", "experience", "skills", "education", "contacts", "summary", "search", "timeline", "cv"]));
  });

  it("if Telegram cannot parse our HTML, the same text goes again as plain text", async () => {
    const calls: Record<string, unknown>[] = [];
    const prev = async (_method: string, payload: Record<string, unknown>) => {
      calls.push(payload);
      return calls.length === 1
        ? { ok: false as const, error_code: 400, description: "Bad Request: can't parse entities: unexpected end tag" }
        : { ok: true as const, result: true };
    };
    const result = await plainTextFallback(createLogger({ level: "silent" }))(prev as never, "sendMessage", { chat_id: 1, text: "<b>a &amp; b</b>", parse_mode: "HTML" } as never);
    expect(result.ok).toBe(true);
    expect(calls[1]).toEqual({ chat_id: 1, text: "a & b" });
    expect(htmlToPlain('<a href="x">&lt;tag&gt; &quot;q&quot;</a>')).toBe('<tag> "q"');
  });

  it("network errors are retried a bounded number of times, getUpdates never", async () => {
    let n = 0;
    const failing = async () => {
      n++;
      throw new HttpError("Network request failed", new Error("ECONNREFUSED"));
    };
    const retry = retryTransient({ attempts: 3, delayMs: 1 });
    await expect(retry(failing as never, "sendMessage", {} as never)).rejects.toBeInstanceOf(HttpError);
    expect(n).toBe(3);
    n = 0;
    await expect(retry(failing as never, "getUpdates", {} as never)).rejects.toBeInstanceOf(HttpError);
    expect(n).toBe(1);
  });

  it("the logger never prints the token or anything shaped like one", () => {
    const lines: string[] = [];
    const logger = createLogger({ secrets: [TOKEN, "hook-secret"], write: (l) => lines.push(l) });
    logger.error("request to https://api.telegram.org/bot" + TOKEN + "/getMe failed", { e: new Error(`fetch ${TOKEN} hook-secret`) });
    logger.warn("other", { url: "https://x/bot999999:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef_-123/sendMessage" });
    expect(lines.join("\n")).not.toContain(TOKEN);
    expect(lines.join("\n")).not.toContain("hook-secret");
    expect(lines.join("\n")).not.toContain("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef");
    expect(redact(`x ${TOKEN} y`)).toBe("x <redacted-token> y");
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "error", error: expect.stringContaining("<redacted>") });
  });

  it("log levels filter", () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "warn", write: (l) => lines.push(l) });
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(["w", "e"]);
  });
});

describe("the command menu", () => {
  it("offers /faq and /contact only where they work, and always /privacy and /forget", async () => {
    const names = (o?: { faq?: boolean; contact?: boolean }) => menuCommands(o).map((c) => c.command);
    expect(names()).not.toContain("faq");
    expect(names()).not.toContain("contact");
    expect(names()).toEqual(expect.arrayContaining(["privacy", "forget", "start", "help"]));
    expect(names({ faq: true, contact: true })).toEqual(expect.arrayContaining(["faq", "contact"]));
    expect(names({ faq: true }).at(-1)).toBe("help");
  });
});
