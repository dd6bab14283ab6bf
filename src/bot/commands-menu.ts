// The command menu Telegram shows next to the input field. Registering it is a nicety: a failure is
// logged and the bot works without it.
import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Logger } from "../log.js";

export const COMMANDS: BotCommand[] = [
  { command: "start", description: "Who the candidate is, in a nutshell" },
  { command: "experience", description: "Jobs, newest first (tap one for details)" },
  { command: "skills", description: "Technologies and skills" },
  { command: "education", description: "Education" },
  { command: "summary", description: "A short summary" },
  { command: "contacts", description: "How to get in touch" },
  { command: "search", description: "Search the résumé: /search rust" },
  { command: "timeline", description: "Career timeline as a picture" },
  { command: "cv", description: "The résumé as a PDF" },
  { command: "help", description: "What you can ask" },
];

export async function registerCommands(api: Api, logger: Logger): Promise<void> {
  try {
    await api.setMyCommands(COMMANDS);
    logger.info("command menu registered", { commands: COMMANDS.length });
  } catch (e) {
    logger.warn("could not register the command menu (the bot works without it)", { e });
  }
}
