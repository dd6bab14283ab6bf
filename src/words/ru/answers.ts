// Russian: what the composers say. The interface's words are in ./interface.ts.
// PLACEHOLDER: a copy of English until the Russian phrases are written.
import type { AnswerWords } from "../catalogue.js";
import { answers as english } from "../en/answers.js";

/** The Russian answers' phrases. */
export const answers: AnswerWords = { ...english, locale: "ru" };
