// createBot: a configured grammY Bot, nothing started, nothing read from the environment. Features are
// separate Composers, installed in order behind one error boundary; the catch-alls come last. Before them:
// the update ledger (counts every update and its outcome, see ledger.ts), per-chat ordering, and, behind
// the group filter, flood control (flood.ts).
import { sequentialize } from "@grammyjs/runner";
import type { Bot, Context, Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Engine } from "../engine.js";
import { createLogger, type Logger } from "../log.js";
import { MemoryStore } from "../store/memory.js";
import type { Store } from "../store/types.js";
import { composeTransformers, resilienceTransformers, type NetworkRetryOptions } from "./api-transformers.js";
import { CallbackCodec } from "./callback-data.js";
import type { BotDeps } from "./deps.js";
import { apologise, describeUpdate } from "./error-boundary.js";
import { candidateLoop, type CandidateLoopOptions } from "./features/candidate-loop.js";
import { callbacks } from "./features/callbacks.js";
import { commands } from "./features/commands.js";
import { fallbacks } from "./features/fallbacks.js";
import { freeText } from "./features/free-text.js";
import { groupsFilter } from "./features/groups.js";
import { inlineMode } from "./features/inline.js";
import { nonText } from "./features/non-text.js";
import { DEFAULT_RATE_LIMIT, FloodControl, floodControl, type RateLimitOptions } from "./flood.js";
import { UpdateLedger } from "./ledger.js";
import { MediaSender, type MediaRenderer } from "./media.js";
import { Conversations } from "./conversations.js";
import { LanguageChoice } from "./language.js";
import { languageCommand } from "./features/language.js";
import { ResumeBot } from "./update-api.js";
import { LeanComposer } from "./lean-composer.js";

export interface CreateBotOptions {
  token: string;
  engine: Engine;
  /** Known bot info skips getMe (tests; serverless cold starts). */
  botInfo?: UserFromGetMe;
  /** Another Bot API server (a local one, or the test emulator). */
  apiRoot?: string;
  /** Renders /timeline and /cv; without it those answers are sent as text. */
  renderer?: MediaRenderer;
  logger?: Logger;
  /** Per-user flood control; defaults to DEFAULT_RATE_LIMIT. `perMinute: 0` turns it off. */
  rateLimit?: RateLimitOptions;
  /** Retries and per-call timeout for calls to Telegram (tests make them quick). */
  network?: NetworkRetryOptions;
  /** Installed closest to the network, under the retries: tests put a fake Telegram or injected faults here. */
  apiTransformers?: Transformer[];
  /** State that outlives an update (src/store): conversations, flood, de-dup, ids; defaults to a MemoryStore of this bot alone. */
  store?: Store;
  /** The candidate's loop (issue 12): faq.md, OWNER_ID relays, /stats. */
  candidate?: CandidateLoopOptions;
  /** Minutes of silence after which a conversation is forgotten (CONVERSATION_IDLE_MINUTES); default 30. */
  conversationIdleMinutes?: number;
}

export interface BotReliability {
  ledger: UpdateLedger;
  flood: FloodControl;
  /** The bot's store (the webhook transport de-duplicates through it). */
  store: Store;
}

const reliability = new WeakMap<Bot<Context>, BotReliability>();

/** The ledger and flood control of a bot made by createBot (for stop-time figures and tests). */
export function botReliability(bot: Bot<Context>): BotReliability {
  const found = reliability.get(bot);
  if (!found) throw new Error("not a bot made by createBot");
  return found;
}

/** Updates the bot asks Telegram for; everything else is not even delivered. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"] as const;

export function createBot(options: CreateBotOptions): Bot<Context> {
  const logger = options.logger ?? createLogger({ level: "warn", secrets: [options.token] });
  const bot = new ResumeBot(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });
  if (options.apiTransformers?.length) bot.api.config.use(composeTransformers(options.apiTransformers));
  bot.api.config.use(composeTransformers(resilienceTransformers(logger, options.network)));
  const ledger = new UpdateLedger(logger);
  const store = options.store ?? new MemoryStore();
  const flood = new FloodControl(options.rateLimit ?? DEFAULT_RATE_LIMIT, store);
  reliability.set(bot, { ledger, flood, store });

  const codec = new CallbackCodec(store);
  const language = new LanguageChoice(store);
  const loop = candidateLoop(options.engine, { ...options.candidate, store: options.candidate?.store ?? store }, codec, logger, language);
  const deps: BotDeps = {
    engine: loop.engine,
    codec,
    media: new MediaSender(options.renderer, logger, store),
    store,
    logger,
    conversations: new Conversations(store, options.conversationIdleMinutes),
    language,
  };

  bot.use(ledger.middleware());
  // Updates of one chat are handled in order even when the runner handles many chats at once.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  // One lean Composer inside the boundary: grammY's own would chain the features with its heavier steps.
  bot.errorBoundary(
    apologise(logger, ledger, language),
    new LeanComposer(
      groupsFilter(),
      floodControl(flood, ledger, logger, language),
      languageCommand(deps),
      ...loop.composers,
      commands(deps),
      freeText(deps),
      callbacks(deps),
      inlineMode(deps),
      nonText(options.engine, language),
      fallbacks(logger),
    ),
  );
  // Errors outside the boundary (there should be none) are logged; the bot carries on.
  bot.catch((err) => logger.error("update failed outside the error boundary", { ...describeUpdate(err.ctx), e: err.error }));
  return bot;
}
