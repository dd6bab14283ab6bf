// Test kit for reliability: a bot made by createBot whose "Telegram" is the shared fake
// (test/support/fake-telegram.ts) installed closest to the network (createBot's apiTransformers), so
// auto-retry, the network retries, the per-call timeout and the HTML fallback all run exactly as in
// production, with short delays. Faults are scripted per method.
import type { Bot, Context } from "grammy";
import type { Update } from "grammy/types";
import { botReliability, createBot } from "../../src/bot/create-bot.js";
import type { RateLimitOptions } from "../../src/bot/flood.js";
import type { Engine } from "../../src/engine.js";
import { createLogger } from "../../src/log.js";
import { fakeEngine, type LogLine } from "../bot/helpers.js";
import { BOT_INFO, fakeTelegram, TOKEN, type Attempt, type Fault } from "../support/fake-telegram.js";

export type { Attempt, Fault };

export interface KitOptions {
  engine?: Engine;
  rateLimit?: RateLimitOptions;
  /** Delay of every successful call, to keep updates in flight. */
  latencyMs?: number;
  /** Per-call timeout (ms); small so tests are quick. */
  timeoutMs?: number;
}

export interface Kit {
  bot: Bot<Context>;
  /** Every attempt that reached the fake Telegram, retries included. */
  attempts: Attempt[];
  logs: LogLine[];
  /** The next `times` calls of `method` meet `fault` (in order, after faults already queued). */
  inject(method: string, fault: Fault, times?: number): void;
  send(update: Omit<Update, "update_id">): Promise<void>;
  /** Successful calls of a method. */
  delivered(method: string): Attempt[];
  ledger: ReturnType<typeof botReliability>["ledger"];
  flood: ReturnType<typeof botReliability>["flood"];
}

let nextUpdateId = 900_000;

/** A bot over the fake Telegram, installed under the retries; retry delays are a few ms. */
export function createKit(options: KitOptions = {}): Kit {
  const telegram = fakeTelegram(options.latencyMs ? { latencyMs: options.latencyMs } : {});
  const logs: LogLine[] = [];
  const logger = createLogger({ level: "debug", secrets: [TOKEN], write: (line) => logs.push(JSON.parse(line) as LogLine) });
  const bot = createBot({
    token: TOKEN,
    engine: options.engine ?? fakeEngine(),
    botInfo: BOT_INFO,
    logger,
    apiTransformers: [telegram.transformer],
    network: { attempts: 3, delayMs: 5, timeoutMs: options.timeoutMs ?? 300 },
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const { ledger, flood } = botReliability(bot);
  return {
    bot,
    attempts: telegram.attempts,
    logs,
    ledger,
    flood,
    inject: telegram.inject,
    async send(update) {
      await bot.handleUpdate({ update_id: nextUpdateId++, ...update } as Update);
    },
    delivered: telegram.delivered,
  };
}

/** The ledger's promise: every update is in exactly one outcome. */
export function balanced(c: { in: number; answered: number; skipped: number; failed: number; inFlight: number }): boolean {
  return c.in === c.answered + c.skipped + c.failed + c.inFlight;
}
