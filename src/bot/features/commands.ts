// Commands, known or not, go to the engine as typed minus "@botname": "/experience scylla",
// "/start skills_rust" (a deep link). The engine decides what they mean; unknown ones it treats as a
// search. Edited commands in private chats are answered again (see free-text.ts for why).
import { Composer, type Context } from "grammy";
import type { BotDeps } from "../deps.js";
import { parseCommand } from "../input.js";
import { sendAnswer } from "../reply.js";

export function commands(deps: BotDeps): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on(["message:text", "edited_message:text"], async (ctx, next) => {
    const command = parseCommand(ctx.msg.text, ctx.me.username);
    if (!command) return next();
    if (command.foreign) return;
    const answer = deps.engine.respond(command.input);
    deps.logger.info("command", { command: command.name, intent: answer.intent, found: answer.found, chat: ctx.chat.type });
    await sendAnswer(ctx, answer, deps);
  });
  return composer;
}
