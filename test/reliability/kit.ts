// Test kit for reliability: a bot made by createBot whose "Telegram" is a fake installed closest to the
// network (createBot's apiTransformers), so auto-retry, the network retries, the per-call timeout and the
// HTML fallback all run exactly as in production. Faults are scripted per method.
import { HttpError, type Bot, type Context, type Transformer } from "grammy";
import type { Update } from "grammy/types";
import { botReliability, createBot } from "../../src/bot/create-bot.js";
import type { RateLimitOptions } from "../../src/bot/flood.js";
import type { Engine } from "../../src/engine.js";
import { createLogger } from "../../src/log.js";
import { BOT_INFO, fakeEngine, TOKEN, type ApiCall, type LogLine } from "../bot/helpers.js";

export type Fault =
  | { kind: "429"; retryAfter: number }
  | { kind: "http"; code: number; description: string }
  | { kind: "reset" }
  | { kind: "timeout" };

export interface Attempt extends ApiCall {
  /** What the fake Telegram did with this attempt. */
  outcome: "ok" | Fault["kind"] | `http ${number}`;
  at: number;
}

export interface KitOptions {
  engine?: Engine;
  rateLimit?: RateLimitOptions;
  /** Delay of every successful call, to keep updates in flight. */
  latencyMs?: number;
  /** Per-call timeout (ms) and network retry delay; small so tests are quick. */
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
let nextMessageId = 50_000;

export function createKit(options: KitOptions = {}): Kit {
  const attempts: Attempt[] = [];
  const logs: LogLine[] = [];
  const faults = new Map<string, Fault[]>();
  const t0 = performance.now();

  const fakeTelegram: Transformer = async (_prev, method, payload, signal) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    const fault = faults.get(method)?.shift();
    const record = (outcome: Attempt["outcome"]) => attempts.push({ method, payload: p, outcome, at: performance.now() - t0 });
    if (!fault) {
      if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
      record("ok");
      return { ok: true, result: fakeResult(method, p) } as never;
    }
    switch (fault.kind) {
      case "429":
        record("429");
        return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fault.retryAfter}`, parameters: { retry_after: fault.retryAfter } } as never;
      case "http":
        record(`http ${fault.code}`);
        return { ok: false, error_code: fault.code, description: fault.description } as never;
      case "reset": {
        record("reset");
        const cause = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
        throw new HttpError(`Network request for '${method}' failed!`, cause);
      }
      case "timeout":
        record("timeout");
        // Like a server that never answers: only the per-call timeout ends it, as grammY's client would.
        await new Promise<void>((resolve) => {
          if (signal?.aborted) return resolve();
          signal?.addEventListener("abort", () => resolve());
        });
        throw new HttpError(`Network request for '${method}' failed!`, new Error("The operation was aborted due to timeout"));
    }
  };

  const logger = createLogger({ level: "debug", secrets: [TOKEN], write: (line) => logs.push(JSON.parse(line) as LogLine) });
  const bot = createBot({
    token: TOKEN,
    engine: options.engine ?? fakeEngine(),
    botInfo: BOT_INFO,
    logger,
    apiTransformers: [fakeTelegram],
    network: { attempts: 3, delayMs: 5, timeoutMs: options.timeoutMs ?? 300 },
    ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}),
  });
  const { ledger, flood } = botReliability(bot);
  return {
    bot,
    attempts,
    logs,
    ledger,
    flood,
    inject(method, fault, times = 1) {
      const queue = faults.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(fault);
      faults.set(method, queue);
    },
    async send(update) {
      await bot.handleUpdate({ update_id: nextUpdateId++, ...update } as Update);
    },
    delivered(method) {
      return attempts.filter((a) => a.method === method && a.outcome === "ok");
    },
  };
}

export function fakeResult(method: string, p: Record<string, unknown>): unknown {
  const base = { message_id: nextMessageId++, date: 1_700_000_000, chat: { id: Number(p.chat_id ?? 1), type: "private", first_name: "U" } };
  switch (method) {
    case "sendMessage":
    case "editMessageText":
      return { ...base, text: p.text };
    case "sendPhoto":
      return { ...base, photo: [{ file_id: "photo-file-id", file_unique_id: "p", width: 1200, height: 800 }] };
    case "sendDocument":
      return { ...base, document: { file_id: "doc-file-id", file_unique_id: "d" } };
    case "getUpdates":
      return [];
    default:
      return true;
  }
}

/** The ledger's promise: every update is in exactly one outcome. */
export function balanced(c: { in: number; answered: number; skipped: number; failed: number; inFlight: number }): boolean {
  return c.in === c.answered + c.skipped + c.failed + c.inFlight;
}
