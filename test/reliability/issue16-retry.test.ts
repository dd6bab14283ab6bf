// Issue 16, item 5: a 5xx with an HTML body (what proxies send) is retried exactly like Telegram's JSON
// 5xx and like a failed request: one backoff, one deadline (about a minute), then the update counts as
// failed. Delays are injected: short ones over real HTTP, a fake clock for the deadline.
import { HttpError } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { RETRY_DEADLINE_MS, retryTransient } from "../../src/bot/api-transformers.js";
import { botReliability, createBot } from "../../src/bot/create-bot.js";
import { createLogger } from "../../src/log.js";
import { fakeEngine } from "../bot/helpers.js";
import { fakeTelegram, ME, SHORT_ID_TOKEN, textUpdate } from "./issue16-kit.js";

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

type Spoil = "html 502" | "json 502" | "html 503" | "reset";

/** A bot whose Telegram spoils the first `script.length` sendMessage calls as scripted. */
async function botBehind(script: Spoil[], network = { delayMs: 5, maxDelayMs: 20, deadlineMs: 5_000 }) {
  const seen: string[] = [];
  const telegram = await fakeTelegram(({ method }, res) => {
    if (method !== "sendMessage") return undefined;
    const spoil = script.shift();
    seen.push(spoil ?? "ok");
    if (spoil === "html 502" || spoil === "html 503") {
      res.writeHead(Number(spoil.slice(5)), { "content-type": "text/html" }).end("<html><body><h1>502 Bad Gateway</h1>nginx</body></html>");
      return "raw";
    }
    if (spoil === "json 502") return { ok: false, error_code: 502, description: "Bad Gateway" };
    if (spoil === "reset") {
      res.socket?.destroy();
      return "raw";
    }
    return undefined;
  });
  cleanup.push(() => telegram.close());
  const logger = createLogger({ level: "silent" });
  const bot = createBot({ token: SHORT_ID_TOKEN, engine: fakeEngine(), botInfo: ME, apiRoot: telegram.url, logger, network });
  return { bot, seen, ledger: botReliability(bot).ledger };
}

describe("item 5: one retry policy for 5xx (HTML or JSON) and failed requests", () => {
  it.each<[string, Spoil]>([
    ["HTML 502 (a proxy's error page)", "html 502"],
    ["HTML 503", "html 503"],
    ["JSON 502 (Telegram's own)", "json 502"],
    ["a reset connection", "reset"],
  ])("%s six times in a row: retried with the same backoff, the reply arrives", async (_name, spoil) => {
    const { bot, seen, ledger } = await botBehind(Array<Spoil>(6).fill(spoil));
    await bot.handleUpdate(textUpdate(1, 31) as never);
    expect(seen).toEqual([...Array<string>(6).fill(spoil), "ok"]);
    expect(ledger.snapshot()).toMatchObject({ in: 1, answered: 1, failed: 0 });
  });

  it("past the deadline (fake clock): no more attempts, the update counts as failed", async () => {
    let clock = 0;
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      clock += ms;
    };
    const attemptsAt: number[] = [];
    const failing = async () => {
      attemptsAt.push(clock);
      clock += 10; // each attempt takes 10 ms
      return { ok: false, error_code: 502, description: "Bad Gateway" };
    };
    const retry = retryTransient({ sleep, now: () => clock });
    const result = await retry(failing as never, "sendMessage", {} as never);
    expect(result).toMatchObject({ ok: false, error_code: 502 });
    // Backoff 1 s, 2 s, 4 s, 8 s, then 16 s each, and no attempt starts after the deadline.
    expect(waits.slice(0, 5)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
    expect(Math.max(...attemptsAt)).toBeLessThanOrEqual(RETRY_DEADLINE_MS);
    expect(Math.max(...attemptsAt)).toBeGreaterThan(RETRY_DEADLINE_MS - 16_000 - 100); // it did use the minute
    expect(RETRY_DEADLINE_MS).toBeGreaterThanOrEqual(45_000);
    expect(RETRY_DEADLINE_MS).toBeLessThanOrEqual(90_000);

    // A thrown failure (HTML body → grammY's HttpError) meets the very same schedule.
    clock = 0;
    const thrownWaits: number[] = [];
    const throwing = async () => {
      clock += 10;
      throw new HttpError("Network request for 'sendMessage' failed!", new Error("invalid json response body"));
    };
    const retry2 = retryTransient({ sleep: async (ms) => void (thrownWaits.push(ms), (clock += ms)), now: () => clock });
    await expect(retry2(throwing as never, "sendMessage", {} as never)).rejects.toBeInstanceOf(HttpError);
    expect(thrownWaits).toEqual(waits);
  });

  it("an update whose reply keeps meeting HTML 502s until the deadline is counted failed and logged", async () => {
    const { bot, seen, ledger } = await botBehind(Array<Spoil>(1000).fill("html 502"), { delayMs: 5, maxDelayMs: 20, deadlineMs: 150 });
    await bot.handleUpdate(textUpdate(2, 32) as never);
    expect(seen.length).toBeGreaterThan(3); // more than the old 3 quick tries, bounded by the deadline
    expect(seen.length).toBeLessThan(1000);
    expect(ledger.snapshot()).toMatchObject({ in: 1, answered: 0, failed: 1 });
  });
});
