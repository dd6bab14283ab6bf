// Long polling with @grammyjs/runner: updates of different chats are handled concurrently, those of one
// chat in order (createBot installs `sequentialize`). Good for one instance anywhere with outbound HTTPS.
//
// Delivery guarantee. Telegram forgets an update once getUpdates is called with a higher offset. The
// runner asks for the next batch while the previous one is still being handled, so a batch is confirmed
// before its updates are done: on a crash (SIGKILL, power loss) the updates in flight at that moment are
// lost (at-most-once for them), and a batch fetched but not yet confirmed is delivered again after the
// restart (at-least-once for it). A graceful stop (SIGTERM/SIGINT) loses and repeats nothing: the
// runner's stop() only aborts the pending getUpdates, so `stop` below also waits for the updates in flight
// (bounded) and then confirms the offset of the last update seen with one getUpdates(offset, limit 1,
// timeout 0), which Telegram treats as the acknowledgement.
import { run } from "@grammyjs/runner";
import type { Bot, Context } from "grammy";
import { DEFAULT_POLLING_MAX_IN_FLIGHT } from "../../config.js";
import type { Logger } from "../../log.js";
import { ALLOWED_UPDATES, botReliability } from "../create-bot.js";
import type { Transport } from "./transport.js";

export interface PollingOptions {
  logger: Logger;
  /** Seconds Telegram holds a getUpdates call open when there is nothing new. */
  timeoutSeconds?: number;
  /** How long stop() waits for updates in flight. */
  drainMs?: number;
  /**
   * At most this many updates fetched and not yet handled. The runner confirms a batch when it fetches the
   * next one, so this bounds what a crash (SIGKILL) can lose; it also bounds concurrency.
   */
  maxInFlight?: number;
}

export async function startPolling(bot: Bot<Context>, { logger, timeoutSeconds = 30, drainMs = 8_000, maxInFlight = DEFAULT_POLLING_MAX_IN_FLIGHT }: PollingOptions): Promise<Transport> {
  const { ledger } = botReliability(bot);
  // getUpdates and a webhook exclude each other; a webhook left over from a deployment would block us.
  // Pending updates are kept.
  await bot.api.deleteWebhook().catch((e: unknown) => logger.warn("deleteWebhook failed; polling may be refused", { e }));
  // The runner asks for up to 100 updates at first, whatever its sink can take: clamp every batch.
  bot.api.config.use((prev, method, payload, signal) => {
    const p = payload as { limit?: number } | undefined;
    if (method === "getUpdates" && p && (p.limit === undefined || p.limit > maxInFlight)) return prev(method, { ...p, limit: maxInFlight } as typeof payload, signal);
    return prev(method, payload, signal);
  });
  const handle = run(bot, {
    runner: {
      fetch: { timeout: timeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] },
      // Failures are logged (redacted) by the API transformers instead of the runner's console output.
      silent: true,
    },
    sink: { concurrency: maxInFlight },
  });
  logger.info("polling for updates", { bot: bot.botInfo.username });
  const done = (handle.task() ?? Promise.resolve()).catch((e: unknown) => {
    logger.error("polling stopped with an error", { e });
    throw e;
  });
  return {
    kind: "polling",
    done,
    async stop() {
      if (handle.isRunning()) await handle.stop();
      const finished = await ledger.idle(drainMs);
      const unfinished = ledger.inFlightIds();
      if (!finished) logger.warn("stopping with updates still in flight", { inFlight: unfinished.length, updateIds: unfinished });
      const last = ledger.snapshot().lastUpdateId;
      if (last === undefined) return;
      // Confirms everything before `offset`; newer updates stay with Telegram for the next start. An update
      // still unfinished is not confirmed: it (and those after it) are delivered again, never lost.
      const offset = unfinished.length ? Math.min(...unfinished) : last + 1;
      await bot.api
        .getUpdates({ offset, limit: 1, timeout: 0, allowed_updates: [...ALLOWED_UPDATES] })
        .then(() => logger.info("offset confirmed", { offset, ...(unfinished.length ? { redeliveredFrom: offset } : {}) }))
        .catch((e: unknown) => logger.warn("could not confirm the offset; the last updates may be delivered again", { e }));
    },
  };
}
