// /privacy says what is stored, for how long and who sees it; /forget deletes what the bot keeps about the
// sender (their question log entries with any text, pending relays and contact requests, their deep-link
// source, their conversation) and confirms.
import { Composer, type Context } from "grammy";
import { forgetRelays, type OwnerDeps } from "../../owner/relay.js";

/** /privacy and /forget. `deps.ownerIds` empty: nothing is logged, and /privacy says so. */
export function privacy(deps: OwnerDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.command("privacy", async (ctx) => {
    const on = deps.ownerIds.size > 0;
    const lines = on
      ? [
          `What this bot keeps: for each question, when it was asked, your Telegram name, @username, language and id, what kind of question it was and whether the résumé answered it. The text itself is kept only for questions the bot could not answer and for messages you send with /contact, so that ${deps.candidate} can answer them.`,
          "",
          `Who sees it: only ${deps.candidate} (the candidate who runs this bot), who receives unanswered questions and your messages, and can reply to you here.`,
          "",
          `For how long: ${deps.retentionDays} days, then it is deleted.`,
          "",
          "/forget deletes everything kept about you, now.",
        ]
      : ["This bot keeps no log of questions: it answers from the résumé and forgets.", "", "/forget clears anything left about you (an ongoing conversation)."];
    await ctx.reply(lines.join("\n"));
  });
  composer.command("forget", async (ctx) => {
    if (!ctx.from) return;
    const removed = await deps.store.questions.forget(ctx.from.id);
    await forgetRelays(deps, ctx.from.id);
    for (const key of [`contact:${ctx.from.id}`, `src:${ctx.from.id}`, `conv:${ctx.chat.id}`]) await deps.store.delete(key);
    deps.logger.info("forget", { removed });
    await ctx.reply(`Done: I deleted what I kept about you (${removed} logged question${removed === 1 ? "" : "s"} or message${removed === 1 ? "" : "s"}).`);
  });
  return composer;
}
