// The catch-alls, installed last: whatever no feature handled. A callback query without data (a game
// button) still gets its spinner stopped; anything else is deliberately ignored.
import { LeanComposer } from "../lean-composer.js";
import { Composer, type Context } from "grammy";
import type { Logger } from "../../log.js";
import { logCallbackAnswerFailure } from "./callbacks.js";

export function fallbacks(logger: Logger): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery().catch((e: unknown) => logCallbackAnswerFailure(logger, e));
  });
  composer.use((ctx) => {
    logger.debug("update ignored", { updateId: ctx.update.update_id, keys: Object.keys(ctx.update).filter((k) => k !== "update_id") });
  });
  return composer;
}
