// What happens when a handler throws: the error is logged (never the token; see log.ts), the user gets a
// short apology where there is a chat to say it in, and the bot carries on with the next update.
import { GrammyError, HttpError, type BotError, type Context } from "grammy";
import type { Logger } from "../log.js";
import { isGroupChat } from "./features/groups.js";
import type { UpdateLedger } from "./ledger.js";

export const APOLOGY = "Sorry, something went wrong on my side. Please try again, or send /help.";

export function describeUpdate(ctx: Context): Record<string, unknown> {
  return {
    updateId: ctx.update.update_id,
    type: Object.keys(ctx.update).find((k) => k !== "update_id"),
    chat: ctx.chat?.type,
  };
}

export function apologise(logger: Logger, ledger?: UpdateLedger) {
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
    await ctx.reply(APOLOGY, quote).catch((e: unknown) => logger.warn("could not send the apology", { e }));
  };
}
