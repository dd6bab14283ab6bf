// createBot: a configured grammY Bot, nothing started, nothing read from the environment. Features are
// separate Composers, installed in order behind one error boundary; the catch-alls come last.
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Engine } from "../engine.js";
import { createLogger, type Logger } from "../log.js";
import { resilienceTransformers } from "./api-transformers.js";
import { CallbackCodec } from "./callback-data.js";
import type { BotDeps } from "./deps.js";
import { apologise, describeUpdate } from "./error-boundary.js";
import { callbacks } from "./features/callbacks.js";
import { commands } from "./features/commands.js";
import { fallbacks } from "./features/fallbacks.js";
import { freeText } from "./features/free-text.js";
import { groupsFilter } from "./features/groups.js";
import { inlineMode } from "./features/inline.js";
import { nonText } from "./features/non-text.js";
import { MediaSender, type MediaRenderer } from "./media.js";

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
}

/** Updates the bot asks Telegram for; everything else is not even delivered. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"] as const;

export function createBot(options: CreateBotOptions): Bot<Context> {
  const logger = options.logger ?? createLogger({ level: "warn", secrets: [options.token] });
  const bot = new Bot<Context>(options.token, {
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
    ...(options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {}),
  });
  bot.api.config.use(...resilienceTransformers(logger));

  const deps: BotDeps = {
    engine: options.engine,
    codec: new CallbackCodec(),
    media: new MediaSender(options.renderer, logger),
    logger,
  };

  // Updates of one chat are handled in order even when the runner handles many chats at once.
  bot.use(sequentialize((ctx: Context) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.errorBoundary(
    apologise(logger),
    groupsFilter(),
    commands(deps),
    freeText(deps),
    callbacks(deps),
    inlineMode(deps),
    nonText(),
    fallbacks(logger),
  );
  // Errors outside the boundary (there should be none) are logged; the bot carries on.
  bot.catch((err) => logger.error("update failed outside the error boundary", { ...describeUpdate(err.ctx), e: err.error }));
  return bot;
}
