// Typos of the words that name a section or a question ("educaton?", "his skils", "salry?"): the intent
// patterns match words as written, so such a word, unknown to the résumé and one typo from one of those
// words (knowledge/intents.json `sectionWords`), is read as that word before the question is classified.
import { analyzeQuery, type QueryAnalysis } from "../search/analyze.js";
import type { SearchIndex } from "../search/search-index.js";
import { editDistance, escapeRegExp, stem, typoBudget } from "../search/text.js";

/**
 * "educaton?", "his skils": a word the résumé does not know, one typo from a word that names a section or a
 * question (intents.json `sectionWords`), is read as that word, and the question analysed again.
 */
export function withSectionWordsSpelt(question: string, q: QueryAnalysis, index: SearchIndex): QueryAnalysis {
  let fixed = question;
  // Every word the résumé does not know as written, whether or not search would correct it to a résumé word.
  for (const word of new Set(q.tokens)) {
    if (word.length < 4 || index.knows(word) || index.vocabulary.stopwords.has(word)) continue;
    const budget = typoBudget(word.length);
    // "certification" is not a typo of "certifications": the same word in another form is left as asked.
    const meant = index.vocabulary.sectionWords.find((w) => stem(w) !== stem(word) && w[0] === word[0] && editDistance(word, w, budget) <= budget);
    if (meant) fixed = fixed.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "giu"), meant);
  }
  return fixed === question ? q : analyzeQuery(fixed, index);
}

