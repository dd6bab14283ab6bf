// /privacy says what is stored, for how long and who sees it; /forget deletes what the bot keeps about the
// sender (their question log entries with any text, pending relays and contact requests, their deep-link
// source, their conversation, their /language choice) and confirms.
import { LeanComposer } from "../lean-composer.js";
import { Composer, type Context } from "grammy";
import { forgetRelays, type OwnerDeps } from "../../owner/relay.js";

/** /privacy and /forget. `deps.ownerIds` empty: nothing is logged, and /privacy says so. */
export function privacy(deps: OwnerDeps): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.command("privacy", async (ctx) => {
    const words = await deps.language.words(ctx);
    const lines = deps.ownerIds.size > 0 ? words.privacyOn(deps.candidate, deps.retentionDays) : words.privacyOff;
    await ctx.reply(lines.join("\n"));
  });
  composer.command("forget", async (ctx) => {
    if (!ctx.from) return;
    // The words first: the /language choice is among what is deleted, and the confirmation still honours it.
    const words = await deps.language.words(ctx);
    const removed = await deps.store.questions.forget(ctx.from.id);
    await forgetRelays(deps, ctx.from.id);
    for (const key of [`contact:${ctx.from.id}`, `src:${ctx.from.id}`, `conv:${ctx.chat.id}`]) await deps.store.delete(key);
    await deps.language.pin(ctx.from.id, undefined);
    deps.logger.info("forget", { removed });
    await ctx.reply(words.forgotten(removed));
  });
  return composer;
}
