// /language: the user pins the language of every answer (English, Русский) or goes back to automatic
// (the language of each message). The choice is kept in the Store (`lang:<user>`, see ../language.ts) and
// passed into every Turn as `pinned`. Buttons carry "lang:en" / "lang:ru" / "lang:auto"; anything else
// under "lang:" (forged, or from an older version) gets the stale-button notice.
import { LeanComposer } from "../lean-composer.js";
import { Composer, type Context } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { Lang } from "../../language/detect.js";
import { en } from "../../words/en/index.js";
import { ru } from "../../words/ru/index.js";
import { wordsFor, type Words } from "../../words/index.js";
import type { BotDeps } from "../deps.js";
import { asLang } from "../language.js";
import { logCallbackAnswerFailure } from "./callbacks.js";

/** The prefix of /language's buttons. */
export const LANGUAGE_DATA = "lang:";

/** The three buttons, each language named in itself. */
export function languageKeyboard(words: Words): InlineKeyboardMarkup {
  return {
    inline_keyboard: [
      [
        { text: en.languageName, callback_data: `${LANGUAGE_DATA}en` },
        { text: ru.languageName, callback_data: `${LANGUAGE_DATA}ru` },
      ],
      [{ text: words.languageAutomatic, callback_data: `${LANGUAGE_DATA}auto` }],
    ],
  };
}

/** /language and its buttons. */
export function languageCommand(deps: Pick<BotDeps, "language" | "logger">): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.command("language", async (ctx) => {
    const pinned = await deps.language.pinned(ctx);
    const words = await deps.language.words(ctx);
    const current = pinned ? wordsFor(pinned).languageName : words.languageAutomaticName;
    await ctx.reply(words.languagePrompt(current), { reply_markup: languageKeyboard(words) });
  });
  composer.callbackQuery(/^lang:/, async (ctx) => {
    const choice = ctx.callbackQuery.data.slice(LANGUAGE_DATA.length);
    const lang: Lang | undefined = asLang(choice);
    if (!lang && choice !== "auto") {
      const words = await deps.language.words(ctx);
      return void (await ctx.answerCallbackQuery({ text: words.staleButton }).catch((e: unknown) => logCallbackAnswerFailure(deps.logger, e)));
    }
    await deps.language.pin(ctx.from.id, lang);
    // Confirmed in the language now in force: the pinned one, or the user's own for automatic.
    const words = lang ? wordsFor(lang) : wordsFor(await deps.language.of(ctx));
    const done = lang ? words.languagePinned : words.languageUnpinned;
    deps.logger.info("language", { pinned: lang ?? "auto" });
    // A press with no chat to write in (a forged update) gets the confirmation on the button itself.
    await ctx.answerCallbackQuery(ctx.chat ? undefined : { text: done }).catch((e: unknown) => logCallbackAnswerFailure(deps.logger, e));
    if (ctx.chat) await ctx.reply(done);
  });
  return composer;
}
