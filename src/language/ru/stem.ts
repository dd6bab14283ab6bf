// Russian stemming with the Snowball algorithm (@orama/stemmers, Snowball's Russian stemmer). The stemmer
// is loaded on the first Russian word, never at import: English-only use never pays for it. It is loaded
// with require() rather than import() because the engine answers synchronously; the package ships a
// CommonJS build for exactly that.
import { createRequire } from "node:module";
import { memoizeBounded } from "../../maps.js";

type StemFn = (word: string) => string;

/** The package the stemmer comes from (exported so a test can tell whether it has been loaded). */
export const RUSSIAN_STEMMER_MODULE = "@orama/stemmers/russian";

let snowball: StemFn | undefined;

function loadStemmer(): StemFn {
  const require = createRequire(import.meta.url);
  const loaded = require(RUSSIAN_STEMMER_MODULE) as { stemmer: StemFn };
  return loaded.stemmer;
}

/** Has the stemmer been loaded yet? For tests and the benchmark of the cold path. */
export function russianStemmerLoaded(): boolean {
  return snowball !== undefined;
}

/** «ё» as «е» and lowercase: the two spellings of one word meet («удалённо» = «удаленно»). */
export function foldRussian(word: string): string {
  const lower = word.toLowerCase();
  // Most words have no «ё»: a search is cheaper than a regex replace, and this runs for every word of a question.
  return lower.includes("ё") ? lower.replaceAll("ё", "е") : lower;
}

/**
 * The stem of one Russian word: «работал», «работает», «работой» → «работа»/«работ». Words with no
 * Cyrillic letters (names, numbers, "Kafka") are returned folded but otherwise as they are, without
 * loading the stemmer. Memoised: a question's words are stemmed two or three times on their way through
 * the lexicon, and the same words come back question after question.
 */
export function stemRussian(word: string): string {
  return stems(word);
}

const stems = memoizeBounded(stemOf, 5_000);

function stemOf(word: string): string {
  const folded = foldRussian(word);
  if (!/\p{Script=Cyrillic}/u.test(folded)) return folded;
  snowball ??= loadStemmer();
  return foldRussian(snowball(folded));
}
