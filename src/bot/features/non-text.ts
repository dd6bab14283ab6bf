// Photos, stickers, voice notes, files, locations… the bot reads text only, so it says so briefly.
// In groups this runs only for messages addressed to the bot (groups.ts filters the rest).
import { LeanComposer } from "../lean-composer.js";
import { Composer, type Context } from "grammy";
import type { FilterQuery } from "grammy";
import type { Engine } from "../../engine.js";
import { en } from "../../words/en/index.js";
import type { Words } from "../../words/index.js";
import { Conversations } from "../conversations.js";
import type { LanguageChoice } from "../language.js";

/** The hint for a photo or sticker; the example names this résumé's latest employer, never a pronoun. */
export function nonTextHint(engine: Engine, words: Words = en): string {
  return words.nonText(engine.knowledge.resume.experience[0]?.employer);
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

/** Photos, stickers and the rest: the hint, in the user's language (a photo's caption counts as words). */
export function nonText(engine: Engine, language?: LanguageChoice): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.on(NON_TEXT_MESSAGES, async (ctx) => {
    const message = ctx.message;
    if (!message) return;
    const quote = message.chat.type === "private" ? {} : { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } };
    const words = language ? await language.words(ctx, Conversations.keyOf(ctx)) : en;
    await ctx.reply(nonTextHint(engine, words), quote);
  });
  return composer;
}
