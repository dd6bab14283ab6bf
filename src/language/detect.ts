// Which language a message is in: the script of its words first (a Cyrillic question is Russian, a Latin
// one English), then the user's Telegram language for messages with no words (/start, buttons, photos),
// then the conversation's last language.

/** The languages the bot speaks. */
export type Lang = "ru" | "en";

/** Telegram `language_code`s whose speakers are answered in Russian (Ukrainian, Belarusian, Kazakh users read it). */
const RUSSIAN_READERS = new Set(["ru", "uk", "be", "kk"]);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
const WORD = /\p{L}+/gu;

/** Where a message has no words of its own, what decides its language. */
export interface LanguageHints {
  /** Telegram's `from.language_code` ("ru", "en-US", "uk"), when known. */
  languageCode?: string | undefined;
  /** The conversation's last language, used when nothing else tells. */
  fallback?: Lang | undefined;
}

/**
 * The language of one message. A command's own name ("/start") is not a word of the user's: only its
 * argument counts, and a Latin argument there is a name ("/skills rust"), so it does not make the message English.
 */
export function detectLanguage(text: string | undefined, hints: LanguageHints = {}): Lang {
  const command = /^\/[\p{L}\p{N}_]+(?:@\w+)?\s*([\s\S]*)$/u.exec(text?.trim() ?? "");
  const words = command ? command[1]! : (text ?? "");
  const script = scriptOf(words);
  if (script === "ru") return "ru";
  if (script === "en" && !command) return "en";
  return languageOfCode(hints.languageCode) ?? hints.fallback ?? "en";
}

/**
 * The script a text is written in: "ru" when at least a third of its words are Cyrillic ("Есть опыт с
 * PostgreSQL?" names a technology in Latin letters but asks in Russian), "en" for other Latin text, and
 * undefined when it has no letters (digits, emoji, punctuation). Words, not letters, are counted: "When did
 * she work at Тинькофф?" asks in English about a company whose name is long and Cyrillic.
 */
export function scriptOf(text: string): Lang | undefined {
  let cyrillic = 0;
  let latin = 0;
  for (const word of text.match(WORD) ?? []) {
    if (CYRILLIC.test(word)) cyrillic++;
    else if (LATIN.test(word)) latin++;
  }
  if (cyrillic === 0 && latin === 0) return undefined;
  return cyrillic * 2 >= latin ? "ru" : "en";
}

/** A Telegram `language_code` as one of ours; undefined when absent. "en-US" → "en", "uk" → "ru". */
export function languageOfCode(code: string | undefined): Lang | undefined {
  if (!code) return undefined;
  const primary = code.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  if (!primary) return undefined;
  return RUSSIAN_READERS.has(primary) ? "ru" : "en";
}
