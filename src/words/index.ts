// The catalogue of a language. Adding a language: a folder beside en/ and ru/ with answers.ts,
// interface.ts and index.ts, and a line here (and its Lang in src/language/detect.ts).
import type { Lang } from "../language/detect.js";
import type { Words } from "./catalogue.js";
import { en } from "./en/index.js";
import { ru } from "./ru/index.js";

export type { Words, AnswerWords, PluralForms } from "./catalogue.js";
export type { InterfaceWords } from "./interface.js";
export { plural } from "./catalogue.js";

const CATALOGUES: Record<Lang, Words> = { en, ru };

/** The catalogue to answer in; English for a language the bot does not speak. */
export function wordsFor(lang: Lang | undefined): Words {
  return (lang && CATALOGUES[lang]) || en;
}
