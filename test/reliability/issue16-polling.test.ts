// Issue 16, items 2 and 4, over real HTTP against a scriptable fake Bot API: a hung getUpdates is bounded,
// logged and recovered from; a crash (SIGKILL) mid-burst loses at most a small, bounded window of updates.
import { afterEach, describe, expect, it } from "vitest";
import { botReliability, createBot } from "../../src/bot/create-bot.js";
import { startPolling } from "../../src/bot/transports/polling.js";
import type { Transport } from "../../src/bot/transports/transport.js";
import { createLogger } from "../../src/log.js";
import { fakeEngine } from "../bot/helpers.js";
import { fakeTelegram, ME, runMain, SHORT_ID_TOKEN, sleep, textUpdate, until, type FakeTelegram } from "./issue16-kit.js";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe("item 2: a hung getUpdates", () => {
  it("is abandoned after its long-poll timeout plus a margin, logged as a warning, and polling recovers", async () => {
    let getUpdatesCalls = 0;
    let delivered = false;
    const telegram = await fakeTelegram(async ({ method }, res) => {
      if (method !== "getUpdates") return undefined;
      getUpdatesCalls++;
      if (getUpdatesCalls === 1) return "raw"; // never answers: the connection just hangs
      if (!delivered) {
        delivered = true;
        return { ok: true, result: [textUpdate(1, 77, "hello after the hang")] };
      }
      await sleep(50);
      return res.destroyed ? "raw" : { ok: true, result: [] };
    });
    cleanup.push(() => telegram.close());
    const logs: Record<string, unknown>[] = [];
    const logger = createLogger({ level: "debug", write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>) });
    const bot = createBot({ token: SHORT_ID_TOKEN, engine: fakeEngine(), botInfo: ME, apiRoot: telegram.url, logger, network: { longPollMarginMs: 300 } });
    const transport = await startPolling(bot, { logger, timeoutSeconds: 0 });
    cleanup.push(() => transport.stop());
    await until(() => telegram.requests.some((r) => r.method === "sendMessage"), 15_000, "a reply after the hung getUpdates");
    const reply = telegram.requests.find((r) => r.method === "sendMessage")!;
    expect(reply.payload).toMatchObject({ chat_id: 77, text: "You said: hello after the hang" });
    const warning = logs.find((l) => l.msg === "getUpdates failed or hung; polling retries");
    expect(warning).toMatchObject({ level: "warn", method: "getUpdates" });
    expect(botReliability(bot).ledger.snapshot()).toMatchObject({ in: 1, answered: 1 });
  }, 20_000);
});
