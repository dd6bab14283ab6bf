// The entry point of `npm start`: config → knowledge → engine → bot → transport, and a clean stop on
// SIGINT/SIGTERM. Every expected failure (no token, bad config, broken résumé, token refused) ends with one
// clear message and a non-zero exit code, without a stack trace.
import { GrammyError, HttpError } from "grammy";
import { registerCommands } from "./bot/commands-menu.js";
import { botReliability, createBot } from "./bot/create-bot.js";
import { startPolling } from "./bot/transports/polling.js";
import type { Transport } from "./bot/transports/transport.js";
import { startWebhook } from "./bot/transports/webhook.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createEngine } from "./engine.js";
import { KnowledgeErrors } from "./knowledge/errors.js";
import { loadKnowledge, type Knowledge } from "./knowledge/load.js";
import { createLogger, redact, type Logger } from "./log.js";
import { createMediaRenderer } from "./render/index.js";

/**
 * How long a stop may take before the process exits anyway: updates in flight get up to 6 s to finish
 * (polling.ts, webhook.ts), inside the 10 s that Docker and most supervisors wait before SIGKILL.
 */
const STOP_DEADLINE_MS = 9_000;
const DRAIN_MS = 6_000;
/** grammY retries getMe forever on network errors; at start-up a wrong address should fail instead. */
const STARTUP_TIMEOUT_MS = 30_000;

class StartupError extends Error {}

async function main(): Promise<void> {
  // Until a transport runs there is nothing to drain: a signal just ends the process.
  const exitNow = () => process.exit(0);
  process.once("SIGINT", exitNow);
  process.once("SIGTERM", exitNow);

  const config = await loadConfigOrExplain();
  const logger = createLogger({ level: config.logLevel, secrets: [config.token, config.webhook?.secret] });
  const knowledge = loadKnowledgeOrExplain(config.knowledgeDir);
  const engine = createEngine(knowledge);
  const bot = createBot({
    token: config.token,
    engine,
    apiRoot: config.apiRoot,
    renderer: createMediaRenderer(knowledge.resume),
    logger,
    rateLimit: config.rateLimit,
    conversationIdleMinutes: config.conversationIdleMinutes,
  });

  const startup = AbortSignal.timeout(STARTUP_TIMEOUT_MS);
  await bot.init(startup as Parameters<typeof bot.init>[0]).catch((e: unknown) => {
    if (startup.aborted) {
      throw new StartupError(`Could not reach the Telegram Bot API at ${config.apiRoot} within ${STARTUP_TIMEOUT_MS / 1000} s. Check the network and TELEGRAM_API_ROOT.`);
    }
    throw new StartupError(explainTelegramFailure(e, config));
  });
  logger.info("bot ready", {
    bot: `@${bot.botInfo.username}`,
    candidate: knowledge.resume.person.name,
    jobs: knowledge.resume.experience.length,
    mode: config.mode,
  });

  const transport = await startTransport(bot, config, logger);
  process.off("SIGINT", exitNow);
  process.off("SIGTERM", exitNow);
  // In the background: the menu is a nicety and must not delay the first answer.
  void registerCommands(bot.api, logger);
  stopOnSignals(transport, logger, () => ({ ...botReliability(bot).ledger.snapshot(), flood: botReliability(bot).flood.snapshot() }));
  transport.done.catch((e: unknown) => {
    process.stderr.write(`${redact(explainTelegramFailure(e, config), [config.token])}\n`);
    process.exit(1);
  });
}

async function loadConfigOrExplain(): Promise<Config> {
  try {
    return await loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) throw new StartupError(e.message);
    throw e;
  }
}

function loadKnowledgeOrExplain(dir: string): Knowledge {
  try {
    return loadKnowledge(dir);
  } catch (e) {
    if (e instanceof KnowledgeErrors) throw new StartupError(`The résumé in ${dir} could not be read:\n${e.message}`);
    throw e;
  }
}

async function startTransport(bot: ReturnType<typeof createBot>, config: Config, logger: Logger): Promise<Transport> {
  if (config.mode === "polling") return startPolling(bot, { logger, drainMs: DRAIN_MS });
  const webhook = config.webhook!;
  try {
    return await startWebhook(bot, { url: webhook.url, path: webhook.path, secret: webhook.secret, port: config.port, logger, drainMs: DRAIN_MS });
  } catch (e) {
    throw new StartupError(`Could not start the webhook: ${explainTelegramFailure(e, config)}`);
  }
}

function explainTelegramFailure(e: unknown, config: Config): string {
  if (e instanceof GrammyError && e.error_code === 401) {
    return "Telegram refused BOT_TOKEN (401 Unauthorized). Check the token with @BotFather (/token) and update .env.";
  }
  if (e instanceof GrammyError && e.error_code === 409) {
    return "Telegram says another instance of this bot is already receiving updates (409 Conflict). Stop it, or use one webhook.";
  }
  if (e instanceof HttpError) return `Could not reach the Telegram Bot API at ${config.apiRoot} (${e.message}). Check the network and TELEGRAM_API_ROOT.`;
  return e instanceof Error ? e.message : String(e);
}

function stopOnSignals(transport: Transport, logger: Logger, figures: () => Record<string, unknown>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    // Whatever is still in flight after the deadline is abandoned: Telegram redelivers unconfirmed updates.
    setTimeout(() => process.exit(0), STOP_DEADLINE_MS).unref();
    transport.stop().then(
      () => {
        // in = answered + skipped + failed (+ inFlight, 0 after a clean stop): see src/bot/ledger.ts.
        logger.info("stopped", figures());
        process.exit(0);
      },
      (e: unknown) => {
        logger.warn("stop did not finish cleanly", { e });
        process.exit(0);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((e: unknown) => {
  // Expected failures: their message says it all. Anything else: name and message, still no stack.
  const message = e instanceof StartupError ? e.message : `Unexpected error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  process.stderr.write(`${redact(message, [process.env.BOT_TOKEN, process.env.WEBHOOK_SECRET])}\n`);
  process.exit(1);
});
