// What every composer needs: the index (and through it the résumé), "now", and the language of the
// answer — its words and its formatting — chosen once per turn, so no composer asks which language it is in.
import type { Lang } from "../language/detect.js";
import type { YearMonth } from "../knowledge/model.js";
import { firstName } from "../knowledge/model.js";
import type { SearchIndex } from "../search/search-index.js";
import { wordsFor, type Words } from "../words/index.js";

/** The résumé, the moment, and the language one answer is composed in. */
export interface AnswerContext {
  index: SearchIndex;
  now: YearMonth;
  /** The candidate's first name: replies say "Ivan", never a guessed pronoun. */
  first: string;
  /** The language of the answer. */
  lang: Lang;
  /** Its catalogue: every phrase a composer writes comes from here. */
  words: Words;
  /** Its dates, durations, numbers and lists (the same as `words.format`). */
  format: Words["format"];
  /**
   * The question as the user typed it, when the understanding read a rewriting of it (a Russian question
   * is read in English): what an answer quotes back, since the user never typed the rewritten words.
   */
  typed?: string;
}

/** The context of one answer; English unless `lang` says otherwise. */
export function answerContext(index: SearchIndex, now: Date, lang: Lang = "en"): AnswerContext {
  const words = wordsFor(lang);
  return {
    index,
    now: { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 },
    first: firstName(index.knowledge.resume.person),
    lang,
    words,
    format: words.format,
  };
}
