// The command menu Telegram shows next to the input field, in each catalogue's language: the default
// (English) for everyone, and the Russian one for users whose Telegram is in Russian (setMyCommands with
// `language_code: "ru"`). Registering it is a nicety: a failure is logged and the bot works without it.
import type { Api } from "grammy";
import type { BotCommand, LanguageCode } from "grammy/types";
import type { Logger } from "../log.js";
import { en } from "../words/en/index.js";
import { ru } from "../words/ru/index.js";
import type { Words } from "../words/index.js";

/** The résumé commands, in English (their names are the same in every language). */
export const COMMANDS: BotCommand[] = en.menu.map((c) => ({ ...c }));

/** What this deployment offers beyond the résumé commands (the candidate's loop, issue 12). */
export interface MenuOptions {
  /** faq.md is there: /faq lists its questions. */
  faq?: boolean;
  /** OWNER_ID is set: /contact writes to the candidate. */
  contact?: boolean;
}

/** The menu for this deployment, in `words`: the résumé commands, /faq and /contact where they work, then privacy, language, help. */
export function menuCommands(options: MenuOptions = {}, words: Words = en): BotCommand[] {
  const all = words.menu.map((c) => ({ ...c }));
  const help = all.slice(-1);
  return [
    ...all.slice(0, -1),
    ...(options.faq ? [{ command: "faq", description: words.menuFaq }] : []),
    ...(options.contact ? [{ command: "contact", description: words.menuContact }] : []),
    { command: "privacy", description: words.menuPrivacy },
    { command: "forget", description: words.menuForget },
    { command: "language", description: words.menuLanguage },
    ...help,
  ];
}

/** The menus to register: Telegram language code (undefined: the default) → its menu. The default goes last. */
export function localizedMenus(options: MenuOptions = {}): { languageCode?: LanguageCode; commands: BotCommand[] }[] {
  return [{ languageCode: "ru", commands: menuCommands(options, ru) }, { commands: menuCommands(options, en) }];
}

/** Registers every menu; a failure is logged, never thrown. */
export async function registerCommands(api: Api, logger: Logger, options: MenuOptions = {}): Promise<void> {
  for (const { languageCode, commands } of localizedMenus(options)) {
    try {
      await api.setMyCommands(commands, languageCode ? { language_code: languageCode } : undefined);
      logger.info("command menu registered", { commands: commands.length, language: languageCode ?? "default" });
    } catch (e) {
      logger.warn("could not register the command menu (the bot works without it)", { language: languageCode ?? "default", e });
    }
  }
}
