// Photos, stickers, voice notes, files, locations… the bot reads text only, so it says so briefly.
// In groups this runs only for messages addressed to the bot (groups.ts filters the rest).
import { Composer, type Context } from "grammy";
import type { FilterQuery } from "grammy";
import type { Engine } from "../../engine.js";

/** The hint for a photo or sticker; the example names this résumé's latest employer, never a pronoun. */
export function nonTextHint(engine: Engine): string {
  const latest = engine.knowledge.resume.experience[0]?.employer;
  const example = latest ? ` about the résumé, e.g. “What was the role at ${latest}?”` : " about the résumé";
  return `I can only read text. Ask me a question${example}, or send /help.`;
}

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

export function nonText(engine: Engine): Composer<Context> {
  const hint = nonTextHint(engine);
  const composer = new Composer<Context>();
  composer.on(NON_TEXT_MESSAGES, async (ctx) => {
    const message = ctx.message;
    if (!message) return;
    const quote = message.chat.type === "private" ? {} : { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } };
    await ctx.reply(hint, quote);
  });
  return composer;
}
