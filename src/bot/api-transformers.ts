// Behaviour wrapped around every Telegram API call (grammY "API transformers"), outermost last:
//   auto-retry          429 (waits retry_after, up to a minute) and 5xx (backoff, 3 attempts)
//   retryNetworkErrors  a few quick retries when the request never reached Telegram
//   plainTextFallback   if Telegram cannot parse our HTML, the same text once more without markup
//   logFailures         one warning per call that finally failed (redacted by the logger)
import { autoRetry } from "@grammyjs/auto-retry";
import { HttpError, type Transformer } from "grammy";
import type { Logger } from "../log.js";

export interface NetworkRetryOptions {
  attempts?: number;
  delayMs?: number;
}

/**
 * auto-retry would retry network errors forever, which turns a wrong TELEGRAM_API_ROOT into a silent hang;
 * this bounds it. getUpdates is left to the runner, which has its own retry loop.
 */
export function retryNetworkErrors({ attempts = 3, delayMs = 500 }: NetworkRetryOptions = {}): Transformer {
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
      if (!result.ok) logger.warn("Telegram API call failed", { method, code: result.error_code, description: result.description });
      return result;
    } catch (e) {
      // Stopping the runner aborts its pending getUpdates: expected, not worth a warning.
      if (!signal?.aborted) logger.warn("Telegram API request failed", { method, e });
      throw e;
    }
  };
}

export function resilienceTransformers(logger: Logger): Transformer[] {
  return [
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true }),
    retryNetworkErrors(),
    plainTextFallback(logger),
    logFailures(logger),
  ];
}
