// Behaviour wrapped around every Telegram API call (grammY "API transformers"), outermost last:
//   timeoutCalls        each attempt of each call but getUpdates gets its own deadline (a hung connection
//                       becomes a network error, which is retried below)
//   auto-retry          429 (waits retry_after, up to a minute)
//   retryTransient      5xx (JSON or a proxy's HTML page) and failed requests (reset, refused, timed out):
//                       one backoff, one deadline (about a minute), then the call fails
//   plainTextFallback   if Telegram cannot parse our HTML, the same text once more without markup
//   logFailures         one warning per call that finally failed (redacted by the logger); benign refusals
//                       ("message is not modified", "query is too old") only at debug level
import { autoRetry } from "@grammyjs/auto-retry";
import { HttpError, type Transformer } from "grammy";
import type { Logger } from "../log.js";

type GrammySignal = NonNullable<Parameters<Transformer>[3]>;

export interface NetworkRetryOptions {
  /** At most this many attempts (tests); by default only the deadline bounds them. */
  attempts?: number;
  /** The first backoff; it doubles per attempt up to `maxDelayMs`. */
  delayMs?: number;
  maxDelayMs?: number;
  /** No retry starts later than this after the first attempt (RETRY_DEADLINE_MS). */
  deadlineMs?: number;
  /** Injected in tests (fake clocks). */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Per attempt, for every method but getUpdates (whose long poll has its own timeout). */
  timeoutMs?: number;
  /** getUpdates may take its long-poll `timeout` plus this before it counts as hung. */
  longPollMarginMs?: number;
}

/**
 * Aborts one attempt that takes longer than `timeoutMs`; grammY turns that into an HttpError. getUpdates
 * is held open by Telegram for its `timeout` seconds, so it gets that plus `longPollMarginMs`: a hung
 * long poll (grammY's own limit is 500 s) is abandoned, logged by logFailures and retried by the runner.
 */
export function timeoutCalls(timeoutMs = CALL_TIMEOUT_MS, longPollMarginMs = LONG_POLL_MARGIN_MS): Transformer {
  return (prev, method, payload, signal) => {
    const longPoll = method === "getUpdates" ? Number((payload as { timeout?: unknown } | undefined)?.timeout ?? 0) : undefined;
    const limitMs = longPoll === undefined ? timeoutMs : (Number.isFinite(longPoll) ? longPoll : 0) * 1000 + longPollMarginMs;
    const timeout = AbortSignal.timeout(limitMs);
    // grammY types its signal with the abort-controller polyfill; at run time it is Node's AbortSignal.
    const combined = signal ? AbortSignal.any([signal as unknown as AbortSignal, timeout]) : timeout;
    return prev(method, payload, combined as unknown as GrammySignal);
  };
}

/** How long one call to Telegram may take before it is abandoned and retried (uploads included). */
export const CALL_TIMEOUT_MS = 20_000;
/** How much longer than its long-poll timeout a getUpdates may take before it counts as hung. */
export const LONG_POLL_MARGIN_MS = 15_000;

/**
 * Refusals that mean "nothing to do": editing a message to what it already says (a button pressed twice),
 * answering a callback query Telegram no longer waits for (after a restart or a slow retry). The update
 * was dealt with; they are not failures.
 */
export function isBenignRefusal(method: string, code: number, description: string): boolean {
  if (code !== 400) return false;
  if (method.startsWith("edit") && /message is not modified/i.test(description)) return true;
  if ((method === "answerCallbackQuery" || method === "answerInlineQuery") && /query is too old|query id is invalid/i.test(description)) return true;
  return false;
}

/**
 * One retry policy for everything transient: a failed request (reset, refused, timed out), a 5xx whatever
 * its body (a proxy's HTML error page makes grammY throw "invalid json", Telegram's own 5xx is JSON), all
 * retried with the same backoff (delayMs, doubling up to maxDelayMs) until `deadlineMs` after the first
 * attempt; then the call fails and the ledger counts the update as failed. auto-retry alone would retry
 * network errors forever, which turns a wrong TELEGRAM_API_ROOT into a silent hang. getUpdates is left to
 * the runner, which has its own retry loop. 429 is auto-retry's (it waits retry_after).
 */
export function retryTransient(options: Omit<NetworkRetryOptions, "timeoutMs" | "longPollMarginMs"> = {}): Transformer {
  const { attempts = Infinity, delayMs = 1_000, maxDelayMs = 16_000, deadlineMs = RETRY_DEADLINE_MS, sleep = sleepMs, now = Date.now } = options;
  return async (prev, method, payload, signal) => {
    const start = now();
    for (let attempt = 1; ; attempt++) {
      let outcome: Awaited<ReturnType<typeof prev>> | undefined;
      try {
        outcome = await prev(method, payload, signal);
        if (outcome.ok || outcome.error_code < 500) return outcome;
      } catch (e) {
        if (!(e instanceof HttpError) || method === "getUpdates") throw e;
        if (signal?.aborted || !(await backOff(attempt))) throw e;
        continue;
      }
      if (method === "getUpdates" || signal?.aborted || !(await backOff(attempt))) return outcome;
    }

    /** Waits before the next attempt; false when there is none (attempts used up, or past the deadline). */
    async function backOff(attempt: number): Promise<boolean> {
      const wait = Math.min(maxDelayMs, delayMs * 2 ** (attempt - 1));
      if (attempt >= attempts || now() - start + wait > deadlineMs) return false;
      await sleep(wait);
      return true;
    }
  };
}

/** How long a call may keep failing transiently (5xx, network) before it counts as failed. */
export const RETRY_DEADLINE_MS = 60_000;

function sleepMs(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const HTML_METHODS = new Set(["sendMessage", "editMessageText"]);

/** A safety net for a rendering bug: a plain answer beats an error. */
export function plainTextFallback(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    const p = payload as { parse_mode?: string; text?: string };
    if (result.ok || !HTML_METHODS.has(method) || p.parse_mode !== "HTML" || typeof p.text !== "string") return result;
    if (!/can't parse entities/i.test(result.description)) return result;
    logger.warn("Telegram could not parse our HTML; sending plain text", { method, description: result.description });
    const { parse_mode: _drop, ...rest } = payload as Record<string, unknown>;
    return prev(method, { ...rest, text: htmlToPlain(p.text) } as typeof payload, signal);
  };
}

export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

export function logFailures(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) {
        const fields = { method, code: result.error_code, description: result.description };
        if (isBenignRefusal(method, result.error_code, result.description)) logger.debug("Telegram API call refused (harmless)", fields);
        // 401: the token itself is refused; TokenHealth (webhook) or the transport's exit says so once.
        else if (result.error_code === 401) logger.debug("Telegram API call refused: token not accepted", fields);
        else logger.warn("Telegram API call failed", fields);
      }
      return result;
    } catch (e) {
      // Stopping the runner aborts its pending getUpdates: expected, not worth a warning.
      if (!signal?.aborted) logger.warn(method === "getUpdates" ? "getUpdates failed or hung; polling retries" : "Telegram API request failed", { method, e });
      throw e;
    }
  };
}

/**
 * Watches for Telegram refusing the token (401 Unauthorized: revoked in @BotFather, or wrong). After
 * `threshold` refusals in a row the bot is unhealthy: the webhook's /healthz answers 503 with the reason,
 * and one error is logged (not one per update). A successful call makes it healthy again.
 */
export class TokenHealth {
  private refusalsInARow = 0;
  private reported = false;

  constructor(
    private readonly logger: Logger,
    private readonly threshold = 3,
  ) {}

  /** Why the bot is unhealthy, or undefined while it is not. */
  get problem(): string | undefined {
    return this.refusalsInARow >= this.threshold ? "Telegram refuses BOT_TOKEN (401 Unauthorized): revoked or wrong; get a new one from @BotFather" : undefined;
  }

  /** Outermost transformer: sees each call's final result. */
  transformer(): Transformer {
    return async (prev, method, payload, signal) => {
      const result = await prev(method, payload, signal);
      if (result.ok) this.healthy();
      else if (result.error_code === 401) this.refused(method);
      return result;
    };
  }

  private refused(method: string): void {
    this.refusalsInARow++;
    if (this.problem && !this.reported) {
      this.reported = true;
      this.logger.error("bot unhealthy", { reason: this.problem, method, refusalsInARow: this.refusalsInARow });
    }
  }

  private healthy(): void {
    if (this.reported) this.logger.info("bot healthy again: Telegram accepts the token");
    this.refusalsInARow = 0;
    this.reported = false;
  }
}

/**
 * One transformer that runs `transformers` as `api.config.use(...transformers)` would, the last outermost.
 * grammY copies every transformer of bot.api onto each update's own Api (a closure and an array slot per
 * transformer per update, whether or not the update calls Telegram); installed as one, that is one copy.
 */
export function composeTransformers(transformers: readonly Transformer[]): Transformer {
  return (prev, method, payload, signal) => {
    let call = prev;
    for (const transformer of transformers) {
      const inner = call;
      call = ((m, p, s) => transformer(inner, m, p, s)) as typeof prev;
    }
    return call(method, payload, signal);
  };
}

export function resilienceTransformers(logger: Logger, network: NetworkRetryOptions = {}): Transformer[] {
  const { timeoutMs, longPollMarginMs, ...retry } = network;
  return [
    timeoutCalls(timeoutMs, longPollMarginMs),
    // 429 only: 5xx and network errors are retryTransient's, under one deadline.
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true, rethrowInternalServerErrors: true }),
    retryTransient(retry),
    plainTextFallback(logger),
    logFailures(logger),
  ];
}
