// Issue 16, items 2 and 4, over real HTTP against a scriptable fake Bot API: a hung getUpdates is bounded,
// logged and recovered from; a crash (SIGKILL) mid-burst loses at most a small, bounded window of updates.
import { afterEach, describe, expect, it } from "vitest";
import { botReliability, createBot } from "../../src/bot/create-bot.js";
import { startPolling } from "../../src/bot/transports/polling.js";
import type { Transport } from "../../src/bot/transports/transport.js";
import { createLogger } from "../../src/log.js";
import { fakeEngine } from "../bot/helpers.js";
import { fakeTelegram, ME, runMain, SHORT_ID_TOKEN, sleep, textUpdate, until, updateQueue, type FakeTelegram } from "./issue16-kit.js";

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
    // The fake records sendMessage as it arrives; the ledger counts the update answered once the call returns.
    await until(() => botReliability(bot).ledger.snapshot().answered === 1, 5_000, "the update counted as answered");
    expect(botReliability(bot).ledger.snapshot()).toMatchObject({ in: 1, answered: 1 });
  }, 20_000);
});

/** 400 updates from 400 users; Telegram takes `replyMs` for each reply. */
async function burst(replyMs: number) {
  const queue = updateQueue(Array.from({ length: 400 }, (_, i) => textUpdate(i + 1, 10_000 + i, `question ${i + 1}`)));
  const answered = new Set<number>();
  let firstBatchAt = 0;
  const telegram: FakeTelegram = await fakeTelegram(async ({ method, payload }) => {
    if (method === "getUpdates") {
      const result = await queue.getUpdates(payload);
      if (!firstBatchAt && ((result as { result: unknown[] }).result.length)) firstBatchAt = Date.now();
      return result;
    }
    if (method === "sendMessage") {
      await sleep(replyMs);
      answered.add(Number(payload.chat_id) - 10_000 + 1);
    }
    return undefined;
  });
  cleanup.push(() => telegram.close());
  const bot = runMain({ BOT_TOKEN: SHORT_ID_TOKEN, TELEGRAM_API_ROOT: telegram.url, LOG_LEVEL: "info" });
  cleanup.push(async () => void bot.child.kill("SIGKILL"));
  await until(() => firstBatchAt > 0, 30_000, "the first batch fetched");
  /** Updates Telegram has forgotten that got no answer: lost for good. */
  const lost = () => Array.from({ length: queue.confirmedBelow() - 1 }, (_, i) => i + 1).filter((id) => !answered.has(id));
  /** Replies requested so far (each is then held for `replyMs`). */
  const replying = () => telegram.requests.filter((r) => r.method === "sendMessage").length;
  return { queue, answered, bot, lost, replying };
}

describe("item 4: SIGKILL mid-burst in polling", () => {
  it("400 updates, replies taking 1 s, SIGKILL 0.3 s after the bot started replying: at most POLLING_MAX_IN_FLIGHT (32) lost", async () => {
    const { bot, lost, answered, queue, replying } = await burst(1_000);
    await until(() => replying() >= 20, 30_000, "the bot replying");
    await sleep(300);
    bot.child.kill("SIGKILL");
    await bot.exited;
    const gone = lost();
    console.log(`SIGKILL mid-burst: ${answered.size} answered, ${gone.length} lost, ${queue.remaining()} still at Telegram (confirmed below ${queue.confirmedBelow()})`);
    expect(gone.length).toBeLessThanOrEqual(32);
    expect(answered.size + gone.length + queue.remaining()).toBeGreaterThanOrEqual(400);
  }, 60_000);
});

describe("item 8: a second SIGTERM 50 ms after the first", () => {
  it("shortens the grace period but still drains what it can and logs the ledger (with abandoned ids); nothing confirmed is lost", async () => {
    const { bot, lost, answered, queue } = await burst(1_000);
    await sleep(200);
    bot.child.kill("SIGTERM");
    await sleep(50);
    const t0 = Date.now();
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    const exitMs = Date.now() - t0;
    const logs = bot.logs();
    expect(logs.some((l) => l.msg === "second signal: stopping sooner")).toBe(true);
    const stopped = logs.find((l) => l.msg === "stopped") as { in: number; answered: number; skipped: number; failed: number; inFlight: number; abandonedUpdateIds?: number[] } | undefined;
    expect(stopped, bot.stderr()).toBeDefined();
    expect(stopped!.in).toBe(stopped!.answered + stopped!.skipped + stopped!.failed + stopped!.inFlight);
    expect(stopped!.abandonedUpdateIds ?? []).toHaveLength(stopped!.inFlight);
    expect(lost()).toEqual([]); // unfinished updates were never confirmed: Telegram delivers them again
    console.log(`second SIGTERM: exit 0 ${exitMs} ms after it; ${answered.size} answered, ${stopped!.inFlight} abandoned and left at Telegram, ${queue.remaining()} unconfirmed, 0 lost`);
  }, 60_000);
});
