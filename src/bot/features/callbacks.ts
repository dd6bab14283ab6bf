// Button presses. Every callback query is answered exactly once (no spinner left hanging), before any slow
// work. Stale or forged data gets a short notice instead of a crash. A job button, and "« Back", edit the
// list message in place; other buttons answer with new messages, like a typed question would.
import { LeanComposer } from "../lean-composer.js";
import { Composer, GrammyError, type Context } from "grammy";
import type { Action, Answer, Button, Message } from "../../answer/types.js";
import type { Logger } from "../../log.js";
import { isBenignRefusal } from "../api-transformers.js";
import type { BotDeps } from "../deps.js";
import { answerTurn, Conversations } from "../conversations.js";
import { sendAnswer, textPayloads } from "../reply.js";
import { en } from "../../words/en/index.js";
import { wordsFor, type Words } from "../../words/index.js";

/** The English notices and Back button (tests compare with them); users get them in their language. */
export const STALE_BUTTON_NOTICE = en.staleButton;
export const FAILED_BUTTON_NOTICE = en.failedButton;
export const BACK_BUTTON: Button = backButton(en);

/** "« Back" to the job list, in the answer's language. */
function backButton(words: Words): Button {
  return { text: words.backButton, action: { type: "experience" } };
}

/** Button presses: each answered once; stale or forged ones with a notice in the user's language. */
export function callbacks(deps: BotDeps): Composer<Context> {
  const composer = new LeanComposer<Context>();

  composer.on("callback_query:data", async (ctx) => {
    let answered = false;
    const answerOnce = async (text?: string) => {
      if (answered) return;
      answered = true;
      await ctx.answerCallbackQuery(text ? { text } : undefined).catch((e: unknown) => logCallbackAnswerFailure(deps.logger, e));
    };
    try {
      const action = await deps.codec.decode(ctx.callbackQuery.data);
      if (!action || !isKnown(action, deps)) {
        deps.logger.info("stale or unknown button", { bytes: ctx.callbackQuery.data.length });
        await answerOnce((await deps.language.words(ctx, Conversations.keyOf(ctx))).staleButton);
        return;
      }
      const { answer, lang, keep } = await answerTurn(ctx, deps, { action });
      await answerOnce();
      deps.logger.info("button", { action: action.type, intent: answer.intent, found: answer.found });
      const inPlace = action.type === "job" || action.type === "experience" || !ctx.chat;
      // A press that names no message (a forged or truncated update) has nothing to edit; the spinner was stopped.
      const editable = !!ctx.callbackQuery.message || !!ctx.callbackQuery.inline_message_id;
      if (inPlace && editable && (await editInPlace(ctx, withBack(answer, action, wordsFor(lang())), deps))) {
        // The edited message now shows this answer: a reply to it is about its new subject.
        const edited = ctx.callbackQuery.message?.message_id;
        await keep(edited === undefined ? [] : [edited]);
        return;
      }
      await keep(ctx.chat ? await sendAnswer(ctx, answer, deps, lang()) : []);
    } catch (e) {
      await answerOnce((await deps.language.words(ctx).catch(() => en)).failedButton);
      throw e;
    }
  });

  return composer;
}

/** Forged data can decode to a well-formed job id that the résumé does not have. */
function isKnown(action: Action, deps: BotDeps): boolean {
  if (action.type !== "job") return true;
  return deps.engine.knowledge.resume.experience.some((job) => job.id === action.id);
}

/** A job's details get a way back to the list, unless the engine already gave one. */
function withBack(answer: Answer, action: Action, words: Words): Answer {
  if (action.type !== "job" || answer.messages.length !== 1) return answer;
  const message = answer.messages[0]!;
  const hasBack = (message.buttons ?? []).flat().some((b) => "action" in b && (b.action.type === "experience" || (b.action.type === "section" && b.action.name === "experience")));
  if (hasBack) return answer;
  const withButton: Message = { ...message, buttons: [...(message.buttons ?? []), [backButton(words)]] };
  return { ...answer, messages: [withButton] };
}

/**
 * Replaces the pressed message with the answer when it is a single plain message. Returns false when it
 * cannot (several messages, media, too long, or Telegram refused), so the caller sends it instead.
 */
async function editInPlace(ctx: Context, answer: Answer, deps: BotDeps): Promise<boolean> {
  const [message, ...more] = answer.messages;
  if (!message || more.length || message.media) return false;
  const payloads = textPayloads(message, deps.codec);
  if (payloads.length !== 1) return false;
  const { text, options } = payloads[0]!;
  try {
    await ctx.editMessageText(text, options);
    return true;
  } catch (e) {
    // Pressing the same button twice: Telegram refuses a no-op edit; the message already shows the answer.
    if (e instanceof GrammyError && /message is not modified/i.test(e.description)) return true;
    deps.logger.warn("editing in place failed; sending a new message", { e });
    return false;
  }
}

/** "query is too old" (a press from before a restart, or after a slow retry) is harmless: debug only. */
export function logCallbackAnswerFailure(logger: Logger, e: unknown): void {
  if (e instanceof GrammyError && isBenignRefusal("answerCallbackQuery", e.error_code, e.description)) logger.debug("callback query no longer answerable", { e });
  else logger.warn("answerCallbackQuery failed", { e });
}
