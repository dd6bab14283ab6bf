// Long polling with @grammyjs/runner: updates of different chats are handled concurrently, those of one
// chat in order (createBot installs `sequentialize`). Good for one instance anywhere with outbound HTTPS.
import { run } from "@grammyjs/runner";
import type { Bot, Context } from "grammy";
import type { Logger } from "../../log.js";
import { ALLOWED_UPDATES } from "../create-bot.js";
import type { Transport } from "./transport.js";

export interface PollingOptions {
  logger: Logger;
  /** Seconds Telegram holds a getUpdates call open when there is nothing new. */
  timeoutSeconds?: number;
}

export async function startPolling(bot: Bot<Context>, { logger, timeoutSeconds = 30 }: PollingOptions): Promise<Transport> {
  // getUpdates and a webhook exclude each other; a webhook left over from a deployment would block us.
  // Pending updates are kept.
  await bot.api.deleteWebhook().catch((e: unknown) => logger.warn("deleteWebhook failed; polling may be refused", { e }));
  const handle = run(bot, {
    runner: {
      fetch: { timeout: timeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] },
      // Failures are logged (redacted) by the API transformers instead of the runner's console output.
      silent: true,
    },
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
    },
  };
}
