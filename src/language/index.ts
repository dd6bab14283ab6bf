// The language layer's one entry for the engine: a message as typed → its language, the message with any
// wrong-layout words fixed, and the question to put to the English understanding. English questions pass
// through without loading anything Russian (no stemmer, no lexicon, no word lists).
import { detectLanguage, type Lang, type LanguageHints } from "./detect.js";
import { fixLayout, type LayoutVocabulary } from "./layout.js";
import { russianVocabulary, toEnglishQuery } from "./ru/lexicon.js";

export type { Lang, LanguageHints } from "./detect.js";
export { detectLanguage } from "./detect.js";
export { format, type Formatter } from "./format.js";

/** What the engine needs to know about one message. */
export interface PreparedQuestion {
  /** The language to answer in. */
  lang: Lang;
  /** The message after the keyboard-layout fix (the message itself when nothing was typed on the wrong layout). */
  text: string;
  /** What to ask the English understanding: `text` itself for English, its English rewriting for Russian. */
  query: string;
  /** Was any word typed on the wrong layout? (An answer may say «Понял как: …».) */
  layoutFixed: boolean;
  /** Russian words the lexicon does not know. */
  unknown: string[];
}

/** Options: the user's language hints, and English words of the résumé (technologies, employers) the layout check must keep. */
export interface PrepareOptions extends LanguageHints {
  englishWords?: Iterable<string>;
  /** The candidate's name words, lowercase: a Russian question's «у Алисы» is the candidate. */
  names?: readonly string[];
}

/**
 * One message prepared for the English engine. A command keeps its name and has its argument rewritten
 * ("/skills кафка" → "/skills Kafka"); free text is layout-fixed, then detected, then rewritten if Russian.
 */
export function prepareQuestion(message: string, options: PrepareOptions = {}): PreparedQuestion {
  const command = /^(\/[\p{L}\p{N}_]+(?:@\w+)?)(?:\s+([\s\S]*))?$/u.exec(message.trim());
  const body = command ? (command[2] ?? "") : message;
  // The Russian vocabulary is asked for only when a word might be on the wrong layout.
  const vocabulary: LayoutVocabulary = {
    english: options.englishWords,
    get russian() {
      return russianVocabulary();
    },
  };
  const fixed = body ? fixLayout(body, vocabulary) : { text: body, changed: false };
  const text = command ? `${command[1]}${fixed.text ? ` ${fixed.text}` : ""}` : fixed.text;
  const lang = detectLanguage(text, options);
  if (lang !== "ru" || !/\p{Script=Cyrillic}/u.test(fixed.text)) {
    return { lang, text, query: text, layoutFixed: fixed.changed, unknown: [] };
  }
  const { english, unknown } = toEnglishQuery(fixed.text, undefined, options.names);
  const query = command ? `${command[1]} ${english}` : english;
  return { lang, text, query, layoutFixed: fixed.changed, unknown };
}
