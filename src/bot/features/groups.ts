// In groups the bot speaks only when spoken to: commands meant for it, messages that mention @it, and
// replies to its messages. Everything else in a group (chatter, edits, service messages) is ignored.
// Channels are never answered, and neither are our own inline results (messages sent "via" the bot).
import { LeanComposer } from "../lean-composer.js";
import { Composer, type Context } from "grammy";
import { isReplyToBot, mentionsBot, parseCommand } from "../input.js";

export function isGroupChat(ctx: Context): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

export function groupsFilter(): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.use(async (ctx, next) => {
    if (ctx.chat?.type === "channel" || ctx.channelPost || ctx.editedChannelPost) return;
    // One of our own inline results posted into a chat: it is an answer, not a question.
    if (ctx.msg?.via_bot?.id === ctx.me.id) return;
    if (!isGroupChat(ctx)) return next();
    // Button presses and inline queries carry no chatter; they are always for us.
    if (ctx.callbackQuery || ctx.inlineQuery) return next();
    const message = ctx.message;
    if (!message) return; // edited messages and the rest: quiet in groups
    const command = message.text ? parseCommand(message.text, ctx.me.username) : undefined;
    if (command) return command.foreign ? undefined : next();
    if (mentionsBot(message, ctx.me) || isReplyToBot(message, ctx.me)) return next();
  });
  return composer;
}
