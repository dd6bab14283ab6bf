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

/** What this deployment offers beyond the résumé commands (the candidate's loop, issue 12). */
export interface MenuOptions {
  /** faq.md is there: /faq lists its questions. */
  faq?: boolean;
  /** OWNER_ID is set: /contact writes to the candidate. */
  contact?: boolean;
}

/** The menu for this deployment: the résumé commands, then /faq and /contact where they work, then privacy. */
export function menuCommands(options: MenuOptions = {}): BotCommand[] {
  const help = COMMANDS.slice(-1);
  return [
    ...COMMANDS.slice(0, -1),
    ...(options.faq ? [{ command: "faq", description: "The candidate's answers to common questions" }] : []),
    ...(options.contact ? [{ command: "contact", description: "Write to the candidate" }] : []),
    { command: "privacy", description: "What the bot keeps about you" },
    { command: "forget", description: "Delete what the bot keeps about you" },
    ...help,
  ];
}

/** Registers the menu; a failure is logged, never thrown. */
export async function registerCommands(api: Api, logger: Logger, options: MenuOptions = {}): Promise<void> {
  const commands = menuCommands(options);
  try {
    await api.setMyCommands(commands);
    logger.info("command menu registered", { commands: commands.length });
  } catch (e) {
    logger.warn("could not register the command menu (the bot works without it)", { e });
  }
}
