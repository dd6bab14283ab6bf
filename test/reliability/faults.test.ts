// Telegram API faults, injected under the retries (see kit.ts): each one either ends in the reply arriving,
// or in an update the ledger counts as failed and the log names; harmless refusals stay quiet.
import { afterEach, describe, expect, it, vi } from "vitest";
import { callback, edited, GROUP_CHAT, inlineQuery, messageUpdate, text } from "../bot/helpers.js";
import { balanced, createKit } from "./kit.js";

describe("Telegram API faults", () => {
  afterEach(() => void vi.useRealTimers());

  it("429 with retry_after: waits that long (on a fake clock), retries, the reply arrives", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const k = createKit();
    k.inject("sendMessage", { kind: "429", retryAfter: 7 });
    const sending = k.send(text("hello"));
    await vi.advanceTimersByTimeAsync(6_999);
    expect(k.attempts.filter((a) => a.method === "sendMessage").map((a) => a.outcome)).toEqual(["429"]);
    await vi.advanceTimersByTimeAsync(1);
    await sending;
    expect(k.attempts.filter((a) => a.method === "sendMessage").map((a) => a.outcome)).toEqual(["429", "ok"]);
    expect(k.delivered("sendMessage")[0]?.payload.text).toBe("You said: hello");
    expect(k.ledger.snapshot()).toMatchObject({ in: 1, answered: 1, failed: 0 });
  });

  it("500 and 502: backed off and retried; the reply arrives", async () => {
    const k = createKit();
    k.inject("sendMessage", { kind: "http", code: 502, description: "Bad Gateway" });
    await k.send(text("one"));
    k.inject("sendMessage", { kind: "http", code: 500, description: "Internal Server Error" });
    await k.send(text("two"));
    expect(k.attempts.map((a) => a.outcome)).toEqual(["http 502", "ok", "http 500", "ok"]);
    expect(k.delivered("sendMessage").map((a) => a.payload.text)).toEqual(["You said: one", "You said: two"]);
    expect(k.ledger.snapshot()).toMatchObject({ in: 2, answered: 2, failed: 0 });
  });

  it("a 5xx that lasts: retried up to the attempt limit (the kit allows 3), then the update is counted failed and logged", async () => {
    const k = createKit();
    k.inject("sendMessage", { kind: "http", code: 502, description: "Bad Gateway" }, 10);
    await k.send(text("down?"));
    // The first attempt and 2 retries (the apology that follows meets the same outage).
    expect(k.attempts.filter((a) => a.payload.text === "You said: down?").map((a) => a.outcome)).toEqual(["http 502", "http 502", "http 502"]);
    expect(k.delivered("sendMessage")).toEqual([]);
    expect(k.ledger.snapshot()).toMatchObject({ in: 1, answered: 0, failed: 1 });
  });

  it("connection reset (ECONNRESET) and a hung request (per-call timeout): retried; the reply arrives", async () => {
    const k = createKit({ timeoutMs: 200 });
    k.inject("sendMessage", { kind: "reset" });
    k.inject("sendMessage", { kind: "timeout" });
    await k.send(text("still there?"));
    expect(k.attempts.map((a) => a.outcome)).toEqual(["reset", "timeout", "ok"]);
    expect(k.ledger.snapshot()).toMatchObject({ in: 1, answered: 1, failed: 0 });
  });

  it("a network that stays down: bounded attempts, then the update is counted failed and logged", async () => {
    const k = createKit();
    k.inject("sendMessage", { kind: "reset" }, 10);
    await k.send(text("anyone?"));
    expect(k.attempts).toHaveLength(3);
    expect(k.ledger.snapshot()).toMatchObject({ in: 1, answered: 0, failed: 1 });
    expect(k.logs.find((l) => l.msg === "update not answered")).toMatchObject({ level: "error", calls: ["sendMessage: network"] });
  });

  it("403 bot was blocked by the user: logged once, no apology tried, the next user is answered", async () => {
    const k = createKit();
    k.inject("sendMessage", { kind: "http", code: 403, description: "Forbidden: bot was blocked by the user" });
    await k.send(text("hi"));
    await k.send(text("hi from someone else", { chat: { id: 8, type: "private", first_name: "Sam" } as never, from: { id: 8, is_bot: false, first_name: "Sam" } }));
    expect(k.attempts.map((a) => a.outcome)).toEqual(["http 403", "ok"]);
    expect(k.ledger.snapshot()).toMatchObject({ in: 2, answered: 1, failed: 1, handlerErrors: 0 });
    const log = k.logs.find((l) => l.msg.startsWith("update not answered"));
    expect(log).toMatchObject({ level: "warn", msg: "update not answered: the user cannot be reached", chatId: 7, calls: ["sendMessage: 403"] });
    expect(k.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it('400 "message is not modified" on an edit and "query is too old": answered, only debug logs', async () => {
    const k = createKit();
    k.inject("editMessageText", { kind: "http", code: 400, description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same" });
    await k.send(callback("j:acme"));
    k.inject("answerCallbackQuery", { kind: "http", code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid" });
    await k.send(callback("j:globex"));
    expect(k.attempts.map((a) => `${a.method} ${a.outcome}`)).toEqual([
      "answerCallbackQuery ok",
      "editMessageText http 400",
      "answerCallbackQuery http 400",
      "editMessageText ok",
    ]);
    // No fallback message was sent for the no-op edit.
    expect(k.delivered("sendMessage")).toEqual([]);
    expect(k.ledger.snapshot()).toMatchObject({ in: 2, answered: 2, failed: 0, partial: 0 });
    expect(k.logs.filter((l) => l.level === "warn" || l.level === "error")).toEqual([]);
  });

  it("a mixed storm of faults over 60 updates: in = answered + skipped + failed, each failure logged", async () => {
    const k = createKit({ timeoutMs: 100 });
    // Recoverable faults, and two that outlive the retries (a blocked user; a network down for 3 attempts).
    const plan = [
      { fault: { kind: "429", retryAfter: 0 }, times: 1, fails: false },
      { fault: { kind: "reset" }, times: 1, fails: false },
      { fault: { kind: "timeout" }, times: 1, fails: false },
      { fault: { kind: "http", code: 403, description: "Forbidden: bot was blocked by the user" }, times: 1, fails: true },
      { fault: { kind: "reset" }, times: 3, fails: true },
    ] as const;
    let expectFailed = 0;
    let injected = 0;
    for (let i = 0; i < 60; i++) {
      const chat = { id: 1000 + i, type: "private" as const, first_name: "U" };
      const from = { id: 1000 + i, is_bot: false, first_name: "U" };
      const kinds = [
        () => text(`question ${i}`, { chat: chat as never, from }),
        () => messageUpdate({ chat: chat as never, from, sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } }),
        () => text("chatter in a group", { chat: GROUP_CHAT, from }),
        () => edited(`edited ${i}`, { chat: chat as never, from }),
        () => inlineQuery(`q${i}`),
      ];
      const kind = i % kinds.length;
      // A fault on every other update that answers with sendMessage.
      if ((kind === 0 || kind === 1 || kind === 3) && i % 2 === 0) {
        const step = plan[injected++ % plan.length]!;
        k.inject("sendMessage", step.fault, step.times);
        if (step.fails) expectFailed++;
      }
      await k.send(kinds[kind]!());
    }
    const c = k.ledger.snapshot();
    expect(balanced(c)).toBe(true);
    expect(c.in).toBe(60);
    expect(c.skippedBy["not-for-us"]).toBe(12); // the group chatter
    expect(expectFailed).toBeGreaterThanOrEqual(6);
    expect(c.failed).toBe(expectFailed);
    expect(c.answered).toBe(60 - 12 - expectFailed);
    expect(k.logs.filter((l) => l.msg.startsWith("update not answered"))).toHaveLength(expectFailed);
    console.log(`fault storm: ${injected} faults injected over 60 updates → ledger ${JSON.stringify(c)}`);
  });
});
