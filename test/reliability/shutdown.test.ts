// Stopping long polling under load, over real HTTP against the Bot API emulator: the updates in flight
// finish, then the offset of the last one is confirmed with one getUpdates; nothing is lost or repeated.
// Also: Telegram faults over real HTTP (429, 502, a reset connection, a hung request) through a small
// fault proxy in front of the emulator; the replies still arrive.
import type { Transformer } from "grammy";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botReliability, createBot } from "../../src/bot/create-bot.js";
import { startPolling } from "../../src/bot/transports/polling.js";
import { createLogger } from "../../src/log.js";
import { fakeEngine } from "../bot/helpers.js";
import { botReplies, E2E_TOKEN, startEmulator } from "../e2e/emulator.js";
import { balanced } from "./kit.js";
import { closeProxy, faultProxy } from "./proxy.js";

let server: TelegramServer;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(async () => {
  await server?.stop();
});

function recorder(calls: { method: string; payload: Record<string, unknown>; at: number }[]): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    calls.push({ method, payload: (payload ?? {}) as Record<string, unknown>, at: performance.now() });
    return result;
  };
}

async function until(test: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("long polling: stop under load", () => {
  it("SIGTERM-style stop with 12 updates in flight: all answered, then the offset is confirmed", async () => {
    const token = E2E_TOKEN.replace("987654321", "987654331");
    const calls: { method: string; payload: Record<string, unknown>; at: number }[] = [];
    // Telegram answers sendMessage slowly, so the updates are still in flight when stop is called.
    const slow: Transformer = async (prev, method, payload, signal) => {
      if (method === "sendMessage") await new Promise((r) => setTimeout(r, 400));
      return prev(method, payload, signal);
    };
    const logs: string[] = [];
    const logger = createLogger({ level: "info", write: (l) => logs.push(l) });
    const bot = createBot({ token, engine: fakeEngine(), apiRoot: server.config.apiURL, logger, apiTransformers: [slow] });
    bot.api.config.use(recorder(calls));
    await bot.init();
    const transport = await startPolling(bot, { logger, timeoutSeconds: 0 });
    const { ledger } = botReliability(bot);

    for (let user = 1; user <= 12; user++) {
      const client = server.getClient(token, { userId: 500 + user, chatId: 500 + user, timeout: 5000 });
      await client.sendMessage(client.makeMessage(`question from user ${user}`));
    }
    await until(() => ledger.snapshot().in === 12);
    expect(ledger.snapshot().inFlight).toBeGreaterThan(0);
    const inFlightAtStop = ledger.snapshot().inFlight;
    const t0 = performance.now();
    await transport.stop();
    const stopMs = performance.now() - t0;

    const c = ledger.snapshot();
    expect(c).toMatchObject({ in: 12, answered: 12, inFlight: 0, failed: 0 });
    expect(balanced(c)).toBe(true);
    const replies = await botReplies(server, token, 12);
    expect(replies).toHaveLength(12);
    // The last call: getUpdates confirming offset = last update_id + 1, after every reply was sent.
    const last = calls.at(-1)!;
    expect(last.method).toBe("getUpdates");
    expect(last.payload).toMatchObject({ offset: c.lastUpdateId! + 1, limit: 1, timeout: 0 });
    const lastReply = Math.max(...calls.filter((x) => x.method === "sendMessage").map((x) => x.at));
    expect(last.at).toBeGreaterThanOrEqual(lastReply);
    expect(logs.join("\n")).toContain('"msg":"offset confirmed"');
    console.log(`polling stop: ${inFlightAtStop} of 12 in flight at stop → 12 answered, offset ${c.lastUpdateId! + 1} confirmed, stop took ${stopMs.toFixed(0)} ms`);
  });
});

describe("Telegram faults over real HTTP (fault proxy → emulator)", () => {
  it("429, 502, a reset connection and a hung request: every reply arrives, the ledger balances", async () => {
    const token = E2E_TOKEN.replace("987654321", "987654332");
    const proxy = await faultProxy(server.config.apiURL, ["429", "reset", "hang", "502"]);
    const logs: string[] = [];
    const logger = createLogger({ level: "info", secrets: [token], write: (l) => logs.push(l) });
    const bot = createBot({ token, engine: fakeEngine(), apiRoot: proxy.url, logger, network: { timeoutMs: 500, delayMs: 50 } });
    await bot.init();
    const transport = await startPolling(bot, { logger, timeoutSeconds: 0 });
    const { ledger } = botReliability(bot);
    try {
      const client = server.getClient(token, { userId: 601, chatId: 601, timeout: 5000 });
      const t0 = performance.now();
      await client.sendMessage(client.makeMessage("first"));
      const [first] = await botReplies(server, token, 1, 10_000);
      const firstMs = performance.now() - t0;
      await client.sendMessage(client.makeMessage("second"));
      const [second] = await botReplies(server, token, 1, 10_000);
      expect([first!.message.text, second!.message.text]).toEqual(["You said: first", "You said: second"]);
      // The first reply meets all four: 429 (retry_after 0) → auto-retry → reset → network retry → hangs →
      // per-call timeout → network retry → 502 → back-off (50 ms here, 3 s in production) → delivered. The
      // second goes through. How long the waits are is tested on a fake clock (faults.test.ts, resilience.test.ts).
      expect(proxy.seen).toEqual(["429", "reset", "hang", "502", "ok", "ok"]);
      await until(() => ledger.snapshot().inFlight === 0);
      const c = ledger.snapshot();
      expect(c).toMatchObject({ in: 2, answered: 2, failed: 0 });
      expect(logs.join("\n")).not.toContain(token);
      console.log(`faults over HTTP: ${proxy.seen.filter((s) => s !== "ok").length} injected (429, reset, hang, 502) → 2/2 answered; first reply after ${firstMs.toFixed(0)} ms`);
    } finally {
      await transport.stop();
      await closeProxy(proxy.server);
    }
  });
});
