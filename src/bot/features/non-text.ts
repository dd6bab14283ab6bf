// Photos, stickers, voice notes, files, locations… the bot reads text only, so it says so briefly.
// In groups this runs only for messages addressed to the bot (groups.ts filters the rest).
import { Composer, type Context } from "grammy";
import type { FilterQuery } from "grammy";

export const NON_TEXT_HINT =
  "I can only read text. Ask me a question about the candidate, e.g. “What did he do at ScyllaDB?”, or send /help.";

export const NON_TEXT_MESSAGES: FilterQuery[] = [
  "message:photo",
  "message:sticker",
  "message:voice",
  "message:audio",
  "message:video",
  "message:video_note",
  "message:animation",
  "message:document",
  "message:location",
  "message:venue",
  "message:contact",
  "message:poll",
  "message:dice",
  "message:story",
];

export function nonText(): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on(NON_TEXT_MESSAGES, async (ctx) => {
    const message = ctx.message;
    if (!message) return;
    const quote = message.chat.type === "private" ? {} : { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } };
    await ctx.reply(NON_TEXT_HINT, quote);
  });
  return composer;
}
