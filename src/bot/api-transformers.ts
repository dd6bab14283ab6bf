// Behaviour wrapped around every Telegram API call (grammY "API transformers"), outermost last:
//   timeoutCalls        each attempt of each call but getUpdates gets its own deadline (a hung connection
//                       becomes a network error, which is retried below)
//   auto-retry          429 (waits retry_after, up to a minute)
//   retryServerErrors   5xx (back-off 3 s, then 6 s, 12 s: auto-retry's schedule, with a first delay tests shorten)
//   retryNetworkErrors  a few quick retries when the request failed on the way (reset, refused, timed out)
//   plainTextFallback   if Telegram cannot parse our HTML, the same text once more without markup
//   logFailures         one warning per call that finally failed (redacted by the logger); benign refusals
//                       ("message is not modified", "query is too old") only at debug level
import { autoRetry } from "@grammyjs/auto-retry";
import { HttpError, type Transformer } from "grammy";
import type { Logger } from "../log.js";

type GrammySignal = NonNullable<Parameters<Transformer>[3]>;

export interface NetworkRetryOptions {
  attempts?: number;
  delayMs?: number;
  /** Per attempt, for every method but getUpdates (whose long poll has its own timeout). */
  timeoutMs?: number;
  /** The first back-off after a 5xx answer (doubling after each retry); 3 s, as auto-retry does. */
  serverErrorDelayMs?: number;
}

/** Retries after a 5xx answer; auto-retry's own count and schedule, kept here so the delay can be set. */
const SERVER_ERROR_RETRIES = 3;
const SERVER_ERROR_DELAY_MS = 3_000;

/** Aborts one attempt that takes longer than `timeoutMs`; grammY turns that into an HttpError. */
export function timeoutCalls(timeoutMs = CALL_TIMEOUT_MS): Transformer {
  return (prev, method, payload, signal) => {
    if (method === "getUpdates") return prev(method, payload, signal);
    const timeout = AbortSignal.timeout(timeoutMs);
    // grammY types its signal with the abort-controller polyfill; at run time it is Node's AbortSignal.
    const combined = signal ? AbortSignal.any([signal as unknown as AbortSignal, timeout]) : timeout;
    return prev(method, payload, combined as unknown as GrammySignal);
  };
}

/** How long one call to Telegram may take before it is abandoned and retried (uploads included). */
export const CALL_TIMEOUT_MS = 20_000;

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
 * auto-retry would retry network errors forever, which turns a wrong TELEGRAM_API_ROOT into a silent hang;
 * this bounds it. getUpdates is left to the runner, which has its own retry loop.
 */
export function retryNetworkErrors({ attempts = 3, delayMs = 500 }: Omit<NetworkRetryOptions, "timeoutMs"> = {}): Transformer {
  return async (prev, method, payload, signal) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (e) {
        if (!(e instanceof HttpError) || method === "getUpdates" || signal?.aborted || attempt >= attempts) throw e;
        await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** (attempt - 1)));
      }
    }
  };
}

/**
 * Telegram's 5xx answers are passing trouble: wait and try again, `retries` times, doubling the delay.
 * The wait ends early (and the last answer is returned) when the call is aborted.
 */
export function retryServerErrors({ retries = SERVER_ERROR_RETRIES, delayMs = SERVER_ERROR_DELAY_MS }: { retries?: number; delayMs?: number } = {}): Transformer {
  return async (prev, method, payload, signal) => {
    for (let retry = 0; ; retry++) {
      const result = await prev(method, payload, signal);
      // Not `error_code < 500`: an error answer without an error_code is no 5xx either (as auto-retry reads it).
      const serverError = !result.ok && result.error_code >= 500;
      if (!serverError || retry >= retries || signal?.aborted) return result;
      await pause(delayMs * 2 ** retry, signal as unknown as AbortSignal | undefined);
      if (signal?.aborted) return result;
    }
  };
}

function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done);
  });
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
        else logger.warn("Telegram API call failed", fields);
      }
      return result;
    } catch (e) {
      // Stopping the runner aborts its pending getUpdates: expected, not worth a warning.
      if (!signal?.aborted) logger.warn("Telegram API request failed", { method, e });
      throw e;
    }
  };
}

/** The transformers createBot installs around every call, in order; see the top of this file. */
export function resilienceTransformers(logger: Logger, network: NetworkRetryOptions = {}): Transformer[] {
  const { timeoutMs, serverErrorDelayMs, ...retry } = network;
  return [
    timeoutCalls(timeoutMs),
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true, rethrowInternalServerErrors: true }),
    retryServerErrors(serverErrorDelayMs === undefined ? {} : { delayMs: serverErrorDelayMs }),
    retryNetworkErrors(retry),
    plainTextFallback(logger),
    logFailures(logger),
  ];
}
