// Commands, known or not, go to the engine as typed minus "@botname": "/experience scylla",
// "/start skills_rust" (a deep link). The engine decides what they mean; unknown ones it treats as a
// search. Edited commands in private chats are answered again (see free-text.ts for why).
import { LeanComposer } from "../lean-composer.js";
import { Composer, type Context } from "grammy";
import { COMMANDS } from "../commands-menu.js";
import type { BotDeps } from "../deps.js";
import { answerTurn } from "../conversations.js";
import { parseCommand } from "../input.js";
import { sendAnswer } from "../reply.js";

const KNOWN = new Set(COMMANDS.map((c) => c.command));

export function commands(deps: BotDeps): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.on(["message:text", "edited_message:text"], async (ctx, next) => {
    const command = parseCommand(ctx.msg.text, ctx.me.username);
    if (!command) return next();
    if (command.foreign) return;
    const { answer, keep, lang } = await answerTurn(ctx, deps, { text: command.input });
    // A made-up command name is something the user typed: logged as "(other)", like free text is not logged.
    const known = KNOWN.has(command.name.toLowerCase()) ? command.name.toLowerCase() : "(other)";
    deps.logger.info("command", { command: known, args: command.input.length - command.name.length - 1 > 0, intent: answer.intent, found: answer.found, chat: ctx.chat.type });
    await keep(await sendAnswer(ctx, answer, deps, lang()));
  });
  return composer;
}
