// Any other text is a question for the engine. In groups the "@botname" that addressed the bot is removed
// first. When the résumé has no answer the engine says so and may offer nearby topics as buttons; those
// are shown like any other buttons.
//
// Edited messages: in a private chat an edited question is answered again as a new question (people fix
// typos and expect the fix to count); the old answer stays. In groups edits are ignored (see groups.ts),
// so a group is never spammed by someone polishing a message.
//
// Each question is a turn of the chat's conversation (per user in groups): "how long was he there?" after
// "Tell me about ScyllaDB" is about ScyllaDB; a reply to an older answer takes that answer's subject.
import { LeanComposer } from "../lean-composer.js";
import { Composer, type Context } from "grammy";
import type { BotDeps } from "../deps.js";
import { answerTurn } from "../conversations.js";
import { stripMention } from "../input.js";
import { sendAnswer } from "../reply.js";

export function freeText(deps: BotDeps): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.on(["message:text", "edited_message:text"], async (ctx) => {
    const question = stripMention(ctx.msg.text, ctx.me.username);
    // "@resume_bot" alone is a greeting: show what the bot can do.
    const { answer, keep, lang } = await answerTurn(ctx, deps, { text: question || "/help" });
    deps.logger.info("question", { intent: answer.intent, found: answer.found, chars: question.length, chat: ctx.chat.type });
    await keep(await sendAnswer(ctx, answer, deps, lang()));
  });
  return composer;
}
