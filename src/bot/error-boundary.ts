// What happens when a handler throws: the error is logged (never the token; see log.ts), the user gets a
// short apology where there is a chat to say it in, and the bot carries on with the next update.
import { GrammyError, HttpError, type BotError, type Context } from "grammy";
import type { Logger } from "../log.js";
import { isGroupChat } from "./features/groups.js";
import { en } from "../words/en/index.js";
import type { LanguageChoice } from "./language.js";
import type { UpdateLedger } from "./ledger.js";

/** The apology in English (tests compare with it); each user gets it in their language. */
export const APOLOGY = en.apology;

export function describeUpdate(ctx: Context): Record<string, unknown> {
  return {
    updateId: ctx.update.update_id,
    type: Object.keys(ctx.update).find((k) => k !== "update_id"),
    chat: ctx.chat?.type,
  };
}

/** The error boundary's handler: log, apologise in the user's language where there is a chat, carry on. */
export function apologise(logger: Logger, ledger?: UpdateLedger, language?: LanguageChoice) {
  return async (err: BotError<Context>): Promise<void> => {
    const ctx = err.ctx;
    // 403: the user blocked the bot (or left the group): nobody to apologise to. A network failure that
    // outlived the retries: the apology would fail the same way. The ledger logs both (ledger.ts).
    if (err.error instanceof GrammyError && err.error.error_code === 403) return;
    // 401: Telegram refuses the token; an apology would be refused too, and TokenHealth reports it once.
    if (err.error instanceof GrammyError && err.error.error_code === 401) return;
    if (err.error instanceof HttpError) return;
    ledger?.handlerFailed();
    logger.error("handler failed", { ...describeUpdate(ctx), e: err.error });
    // Callback queries were already answered by callbacks.ts; inline queries have no chat.
    if (!ctx.chat || ctx.inlineQuery || ctx.callbackQuery) return;
    if (ctx.chat.type === "channel") return;
    const quote = isGroupChat(ctx) && ctx.msg ? { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } } : {};
    // The store may be what failed: then the apology is in English rather than not at all.
    const words = language ? await language.words(ctx).catch(() => en) : en;
    await ctx.reply(words.apology, quote).catch((e: unknown) => logger.warn("could not send the apology", { e }));
  };
}
