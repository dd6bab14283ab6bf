// What every composer needs: the index (and through it the résumé) and "now".
import type { YearMonth } from "../knowledge/model.js";
import { firstName } from "../knowledge/model.js";
import type { SearchIndex } from "../search/search-index.js";

export interface AnswerContext {
  index: SearchIndex;
  now: YearMonth;
  /** The candidate's first name: replies say "Ivan", never a guessed pronoun. */
  first: string;
}

export function answerContext(index: SearchIndex, now: Date): AnswerContext {
  return {
    index,
    now: { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 },
    first: firstName(index.knowledge.resume.person),
  };
}
