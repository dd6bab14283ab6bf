// Words as recruiters type them, read as the words the intent patterns know, before a question is
// classified: shorthand ("yoe?", "yrs of exp": knowledge/intents.json `shorthand`) and typos of the words
// that name a section or a question ("educaton?", "his skils": `sectionWords`).
import { analyzeQuery, type QueryAnalysis } from "../search/analyze.js";
import { isCommonEnglishWord, type SearchIndex } from "../search/search-index.js";
import { editDistance, stem, wholeWord } from "../search/text.js";

/**
 * "educaton?", "his skils": a word the résumé does not know, one edit from a word that names a section or a
 * question (intents.json `sectionWords`), is read as that word, and the question analysed again.
 */
export function withSectionWordsSpelt(question: string, q: QueryAnalysis, index: SearchIndex): QueryAnalysis {
  let fixed = question;
  // Every word the résumé does not know as written, whether or not search would correct it to a résumé word.
  for (const word of new Set(q.tokens)) {
    // A common English word ("teach", "tell") is what was meant, not a typo of a section word.
    if (word.length < 4 || index.knows(word) || index.vocabulary.stopwords.has(word) || isCommonEnglishWord(word)) continue;
    // One edit at most: "contract" is two from "contacts" and means something else. And "certification" is
    // not a typo of "certifications": the same word in another form is left as asked.
    const meant = index.vocabulary.sectionWords.find((w) => stem(w) !== stem(word) && w[0] === word[0] && editDistance(word, w, 1) <= 1);
    if (meant) fixed = fixed.replace(wholeWord(word, "giu"), meant);
  }
  return fixed === question ? q : analyzeQuery(fixed, index);
}

/**
 * "yoe?" → "years of experience?": each shorthand word by its expansion. Only whole words (not the "co" of
 * "co-founder"), and only as shorthand is typed: in lower or upper case ("yoe", "YOE"), or capitalised as a
 * message's first word ("Gh?"); "Cos Systems" is a name.
 */
export function expandShorthand(question: string, shorthand: ReadonlyMap<string, string>): string {
  if (!shorthand.size) return question;
  return question.replace(/(?<![\p{L}\p{N}-])[\p{L}\p{N}]+(?![\p{L}\p{N}-])/gu, (word, at: number) => {
    const typed = word === word.toLowerCase() || word === word.toUpperCase() || (question.slice(0, at).trim() === "" && word.slice(1) === word.slice(1).toLowerCase());
    return (typed && shorthand.get(word.toLowerCase())) || word;
  });
}
