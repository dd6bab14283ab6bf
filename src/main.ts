// The entry point of `npm start`: config → knowledge → engine → bot → transport, and a clean stop on
// SIGINT/SIGTERM. Every expected failure (no token, bad config, broken résumé, token refused) ends with one
// clear message and a non-zero exit code, without a stack trace.
import { join } from "node:path";
import type { Transport } from "./bot/transports/transport.js";
import type { Bot } from "grammy";
import { ConfigError, loadConfig, type Config } from "./config.js";
import type { Knowledge } from "./knowledge/files.js";
import { createLogger, redact, redactWrites, type Logger } from "./log.js";
import type { Faq } from "./faq/parse.js";
import type { Store } from "./store/types.js";

/**
 * The heavy modules (grammY, the résumé reader and index, the stores), imported only once the config is
 * valid: a bad config exits before paying for them, in a few tens of milliseconds.
 */
async function loadModules() {
  const [grammy, bot, commands, polling, webhook, engine, errors, knowledge, render, faq, fileLog, store, memory] = await Promise.all([
    import("grammy"),
    import("./bot/create-bot.js"),
    import("./bot/commands-menu.js"),
    import("./bot/transports/polling.js"),
    import("./bot/transports/webhook.js"),
    import("./engine.js"),
    import("./knowledge/errors.js"),
    import("./knowledge/load-quickly.js"),
    import("./render/index.js"),
    import("./faq/load.js"),
    import("./store/file-log.js"),
    import("./store/index.js"),
    import("./store/memory.js"),
  ]);
  return {
    GrammyError: grammy.GrammyError,
    HttpError: grammy.HttpError,
    ...bot,
    ...commands,
    ...polling,
    ...webhook,
    ...engine,
    ...errors,
    ...knowledge,
    ...render,
    ...faq,
    ...fileLog,
    ...store,
    ...memory,
  };
}
type Modules = Awaited<ReturnType<typeof loadModules>>;

/**
 * How long a stop may take before the process exits anyway: updates in flight get up to 6 s to finish
 * (polling.ts, webhook.ts), inside the 10 s that Docker and most supervisors wait before SIGKILL.
 */
const STOP_DEADLINE_MS = 9_000;
const DRAIN_MS = 6_000;
/** After a second SIGINT/SIGTERM: still long enough for replies already on their way. */
const SECOND_SIGNAL_GRACE_MS = 1_500;

class StartupError extends Error {}

async function main(): Promise<void> {
  // Until a transport runs there is nothing to drain: a signal just ends the process.
  const exitNow = () => process.exit(0);
  process.once("SIGINT", exitNow);
  process.once("SIGTERM", exitNow);

  const config = await loadConfigOrExplain();
  const redisPassword = config.redis ? decodeURIComponent(new URL(config.redis.url).password) : "";
  const secrets = [config.token, config.webhook?.secret, redisPassword || undefined];
  // Before anything talks to Telegram: grammY's debug output writes to stderr directly, URLs and all.
  redactWrites(process.stderr, secrets);
  const logger = createLogger({ level: config.logLevel, secrets });
  const m = await loadModules();
  const { createBot, createEngine, createMediaRenderer, registerCommands, botReliability } = m;
  const knowledge = await loadKnowledgeOrExplain(m, config.knowledgeDir, config.knowledgeCacheDir);
  logReadingWarnings(knowledge.warnings, logger);
  const engine = createEngine(knowledge);
  const faq = loadFaqOrExplain(m, config.knowledgeDir);
  const store = await openStore(m, config, logger);
  const bot = createBot({
    store,
    candidate: { ...(faq ? { faq } : {}), ownerIds: config.owner.ids, notify: config.owner.notify, retentionDays: config.owner.retentionDays, store },
    token: config.token,
    engine,
    apiRoot: config.apiRoot,
    renderer: createMediaRenderer(knowledge.resume),
    logger,
    rateLimit: config.rateLimit,
    conversationIdleMinutes: config.conversationIdleMinutes,
  });

  await initOrExplain(m, bot, config);
  logger.info("bot ready", {
    bot: `@${bot.botInfo.username}`,
    candidate: knowledge.resume.person.name,
    jobs: knowledge.resume.experience.length,
    mode: config.mode,
    store: store.kind,
  });

  const transport = await startTransport(m, bot, config, logger);
  const { ledger, flood } = botReliability(bot);
  stopOnSignals(transport, store, logger, () => ({ ...ledger.snapshot(), flood: flood.snapshot(), ...abandoned(ledger.inFlightIds()) }));
  // Only now, with stop's listeners in place: a signal with no listener at all meets the OS default (an
  // immediate kill), and one arriving between the two would lose the drain and the exit code.
  process.off("SIGINT", exitNow);
  process.off("SIGTERM", exitNow);
  // In the background: the menu is a nicety and must not delay the first answer.
  void registerCommands(bot.api, logger, { faq: Boolean(faq?.entries.length), contact: config.owner.ids.length > 0 });
  transport.done.catch((e: unknown) => {
    process.stderr.write(`${redact(explainTelegramFailure(m, e, config), [config.token])}\n`);
    process.exit(1);
  });
}

/** Fields the résumé reader left out (issue 14): counted at start, listed by `npm run check`. */
function logReadingWarnings(warnings: { message: string }[], logger: Logger): void {
  if (!warnings.length) return;
  const shown = warnings.slice(0, 20).map((w) => w.message);
  logger.warn("résumé read with warnings", { warnings: warnings.length, shown, see: "npm run check" });
}

/** getMe, bounded: grammY retries it forever on network errors, and at start-up a wrong address should fail. */
async function initOrExplain(m: Modules, bot: Bot, config: Config): Promise<void> {
  const startup = AbortSignal.timeout(config.startupTimeoutMs);
  await bot.init(startup as Parameters<typeof bot.init>[0]).catch((e: unknown) => {
    if (startup.aborted) {
      throw new StartupError(`Could not reach the Telegram Bot API at ${config.apiRoot} within ${config.startupTimeoutMs / 1000} s. Check the network and TELEGRAM_API_ROOT.`);
    }
    throw new StartupError(explainTelegramFailure(m, e, config));
  });
}

/** The ids of updates a stop leaves unfinished (none after a clean stop). */
function abandoned(ids: number[]): Record<string, unknown> {
  return ids.length ? { abandonedUpdateIds: ids } : {};
}

async function loadConfigOrExplain(): Promise<Config> {
  try {
    return await loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) throw new StartupError(e.message);
    throw e;
  }
}

/** The résumé, validated; on a cache hit the parsers are never imported (load-quickly.ts). */
async function loadKnowledgeOrExplain({ loadKnowledgeQuickly, KnowledgeErrors }: Modules, dir: string, cacheDir: string | null): Promise<Knowledge> {
  try {
    return await loadKnowledgeQuickly(dir, { cacheDir });
  } catch (e) {
    if (e instanceof KnowledgeErrors) throw new StartupError(`The résumé in ${dir} could not be read:\n${e.message}`);
    throw e;
  }
}

/** The candidate's loop (issue 12): with OWNER_ID, the question log on disk under DATA_DIR; without, nothing is kept. */
/** Redis when REDIS_URL is set (it keeps the question log too); else memory, with the log on disk for an owner. */
async function openStore({ createStore, MemoryStore, FileQuestionLog }: Modules, config: Config, logger: Logger): Promise<Store> {
  if (!config.owner.ids.length) logger.info("OWNER_ID is not set: relays, /contact, /stats and the question log are off");
  if (config.redis) return createStore({ redis: config.redis, logRetentionDays: config.owner.retentionDays }, logger);
  if (!config.owner.ids.length) return new MemoryStore();
  const dir = join(config.owner.dataDir, "questions");
  try {
    return new MemoryStore({ questions: await FileQuestionLog.open(dir, { retentionDays: config.owner.retentionDays }) });
  } catch (e) {
    throw new StartupError(`DATA_DIR: could not open the question log in ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Set DATA_DIR to a writable folder.`);
  }
}

function loadFaqOrExplain({ loadFaq, KnowledgeErrors }: Modules, dir: string): Faq | undefined {
  try {
    return loadFaq(dir);
  } catch (e) {
    if (e instanceof KnowledgeErrors) throw new StartupError(`The FAQ in ${dir} could not be read:\n${e.message}`);
    throw e;
  }
}

async function startTransport(m: Modules, bot: Bot, config: Config, logger: Logger): Promise<Transport> {
  const { startPolling, startWebhook } = m;
  if (config.mode === "polling") return startPolling(bot, { logger, drainMs: DRAIN_MS, maxInFlight: config.pollingMaxInFlight });
  const webhook = config.webhook!;
  try {
    return await startWebhook(bot, { url: webhook.url, path: webhook.path, secret: webhook.secret, port: config.port, logger, drainMs: DRAIN_MS });
  } catch (e) {
    throw new StartupError(`Could not start the webhook: ${explainTelegramFailure(m, e, config)}`);
  }
}

function explainTelegramFailure({ GrammyError, HttpError }: Modules, e: unknown, config: Config): string {
  if (e instanceof GrammyError && e.error_code === 401) {
    return "Telegram refused BOT_TOKEN (401 Unauthorized). Check the token with @BotFather (/token) and update .env.";
  }
  if (e instanceof GrammyError && e.error_code === 409) {
    return "Telegram says another instance of this bot is already receiving updates (409 Conflict). Stop it, or use one webhook.";
  }
  if (e instanceof HttpError) return `Could not reach the Telegram Bot API at ${config.apiRoot} (${e.message}). Check the network and TELEGRAM_API_ROOT.`;
  return e instanceof Error ? e.message : String(e);
}

/**
 * SIGINT/SIGTERM: stop taking updates, let those in flight finish, log the ledger, exit 0. A second signal
 * only shortens the grace period to SECOND_SIGNAL_GRACE_MS: what can still finish does, and the ledger
 * (with the ids of any update abandoned) is logged whichever way the stop ends.
 */
function stopOnSignals(transport: Transport, store: Store, logger: Logger, figures: () => Record<string, unknown>): void {
  let stopping = false;
  let exitAt = Infinity;
  let exitTimer: NodeJS.Timeout | undefined;
  const finish = (how: "clean" | "deadline" | "error") => {
    // in = answered + skipped + failed (+ inFlight, 0 after a clean stop): see src/bot/ledger.ts.
    logger.info("stopped", { ...figures(), ...(how === "clean" ? {} : { how }) });
    process.exit(0);
  };
  const exitWithin = (ms: number) => {
    if (Date.now() + ms >= exitAt) return;
    exitAt = Date.now() + ms;
    clearTimeout(exitTimer);
    // Whatever is still in flight then is abandoned (and named in the "stopped" line).
    exitTimer = setTimeout(() => finish("deadline"), ms);
  };
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn("second signal: stopping sooner", { signal, graceMs: SECOND_SIGNAL_GRACE_MS });
      exitWithin(SECOND_SIGNAL_GRACE_MS);
      return;
    }
    stopping = true;
    logger.info("stopping", { signal });
    exitWithin(STOP_DEADLINE_MS);
    const stopped = transport.stop().finally(() => store.close().catch((e: unknown) => logger.warn("store did not close cleanly", { e })));
    stopped.then(
      () => finish("clean"),
      (e: unknown) => {
        logger.warn("stop did not finish cleanly", { e });
        finish("error");
      },
    );
  };
  // `on`, not `once`: a second signal must reach `stop`, not Node's default (an immediate kill).
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((e: unknown) => {
  // Expected failures: their message says it all. Anything else: name and message, still no stack.
  const message = e instanceof StartupError ? e.message : `Unexpected error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  process.stderr.write(`${redact(message, [process.env.BOT_TOKEN, process.env.WEBHOOK_SECRET])}\n`);
  process.exit(1);
});
