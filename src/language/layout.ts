// A question typed in the wrong keyboard layout: «ecnhjqcndf» is «устройства» typed with the Latin layout
// on, «руддщ» is "hello" typed with the Russian one. Each word is converted when its other form is the
// more plausible one: a known word (the 10,000 most common words of each language, plus the vocabulary
// passed in), else by letter-pair statistics of the two languages. Real English words and technology
// names ("rust", "kafka", "nginx") stay as written.
import { commonWords, commonWordsLoaded, foldWord, type CommonWordsLanguage } from "./common-words.js";

/** The ЙЦУКЕН and QWERTY keys, position by position (unshifted, then shifted). */
const LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./" + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>';
const RUSSIAN_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ";

/** Key by key, indexed by UTF-16 code: a question's words are converted on every message, so no Map or array per character. */
const toRussianKey: string[] = [];
const toLatinKey: string[] = [];
for (let i = 0; i < RUSSIAN_KEYS.length; i++) {
  toRussianKey[LATIN_KEYS.charCodeAt(i)] = RUSSIAN_KEYS[i]!;
  if (RUSSIAN_KEYS[i] !== ".") toLatinKey[RUSSIAN_KEYS.charCodeAt(i)] = LATIN_KEYS[i]!;
}

/** Each UTF-16 unit of `text` through `keys` (every key on both layouts is one unit); others stay. */
function convertKeys(text: string, keys: readonly string[]): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += keys[text.charCodeAt(i)] ?? text[i]!;
  return out;
}

/** A run of keys that are letters on one of the two layouts («hf,jnftn» is «работает»). */
const LATIN_RUN = /[A-Za-z`~[\]{};:'",.<>]*[A-Za-z][A-Za-z`~[\]{};:'",.<>]*/g;
const CYRILLIC_RUN = /[\p{Script=Cyrillic}]+/gu;

/** Extra known words, e.g. the résumé's technologies and employers (English) or the lexicon's words (Russian). */
export interface LayoutVocabulary {
  english?: Iterable<string>;
  russian?: Iterable<string>;
}

/** The text with wrong-layout words converted; `changed` tells whether any was. */
export interface LayoutFix {
  text: string;
  changed: boolean;
}

/** Each character typed on the other layout: "ghbdtn" → «привет»; keys with no counterpart stay. */
export function latinToRussian(text: string): string {
  return convertKeys(text, toRussianKey);
}

/** «руддщ» → "hello". */
export function russianToLatin(text: string): string {
  return convertKeys(text, toLatinKey);
}

interface LanguageModel {
  /** log P(next letter | letter), with "^" and "$" for the word's edges. */
  pairs: Map<string, number>;
  unseen: number;
}

type Side = CommonWordsLanguage;

const models: Partial<Record<Side, LanguageModel>> = {};

/** Letter pairs of a word list, as smoothed conditional log probabilities. */
function buildModel(words: Iterable<string>): LanguageModel {
  const pairCounts = new Map<string, number>();
  const firstCounts = new Map<string, number>();
  for (const word of words) {
    const w = `^${word}$`;
    for (let i = 0; i + 1 < w.length; i++) {
      const pair = w.slice(i, i + 2);
      pairCounts.set(pair, (pairCounts.get(pair) ?? 0) + 1);
      firstCounts.set(w[i]!, (firstCounts.get(w[i]!) ?? 0) + 1);
    }
  }
  const alphabet = firstCounts.size + 1;
  const pairs = new Map<string, number>();
  for (const [pair, n] of pairCounts) pairs.set(pair, Math.log((n + 0.5) / (firstCounts.get(pair[0]!)! + 0.5 * alphabet)));
  const unseen = Math.log(0.5 / (Math.max(...firstCounts.values(), 1) + 0.5 * alphabet));
  return { pairs, unseen };
}

function model(side: Side): LanguageModel {
  return (models[side] ??= buildModel(commonWords(side).words()));
}

/** Which data has been read so far: for tests of the English cold path (an English word list at most). */
export function layoutDataLoaded(): { englishWords: boolean; russianWords: boolean; letterPairs: boolean } {
  return { englishWords: commonWordsLoaded("en"), russianWords: commonWordsLoaded("ru"), letterPairs: Object.keys(models).length > 0 };
}

/** Mean log probability per letter pair: how much a word looks like the language. */
function plausibility(word: string, model: LanguageModel): number {
  const w = `^${foldWord(word)}$`;
  let sum = 0;
  for (let i = 0; i + 1 < w.length; i++) sum += model.pairs.get(w.slice(i, i + 2)) ?? model.unseen;
  return sum / (w.length - 1);
}

/** How much more plausible (log per pair) the converted form must be, so that odd but real words stay. */
const MARGIN = 1.5;
const VOWELS = /[aeiou]/gi;

/**
 * Might this Latin word be Russian typed on the wrong layout? Checked without any data, so that most English
 * questions read no word list at all: such words have few English vowels (Russian vowels sit on
 * f t b j e s z keys) or keys that are punctuation in English inside the word («hf,jnf»).
 */
function suspiciousLatin(word: string): boolean {
  if (/[`~[\]{};:'"<>]|[,.](?=[A-Za-z])/.test(word)) return true;
  const letters = word.replace(/[^A-Za-z]/g, "");
  return letters.length >= 3 && (letters.match(VOWELS)?.length ?? 0) / letters.length < 0.3;
}

/**
 * The letters in a word (keys that are punctuation in English, such as "," for «б», are not). Counted by
 * code for the two alphabets, as every word of every question is counted; other scripts ask Unicode.
 */
function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) n++;
    else if (c > 127) return word.replace(/[^\p{L}]/gu, "").length;
  }
  return n;
}

/** Is a word known on a side: the vocabulary passed in first (no file read), then the common words. */
type Known = (side: Side, word: string) => boolean;

/** Folded vocabularies, by the iterable passed in: the engine passes the same lists with every message. */
const foldedVocabularies = new WeakMap<object, Set<string>>();

function foldedSet(words: Iterable<string> | undefined): Set<string> {
  if (!words) return new Set();
  let set = foldedVocabularies.get(words);
  if (!set) {
    set = new Set([...words].map(foldWord));
    foldedVocabularies.set(words, set);
  }
  return set;
}

function knownWords(vocabulary: LayoutVocabulary): Known {
  const sets: Partial<Record<Side, Set<string>>> = {};
  const extra = (side: Side) => (sets[side] ??= foldedSet(side === "en" ? vocabulary.english : vocabulary.russian));
  return (side, word) => {
    const folded = foldWord(word);
    return extra(side).has(folded) || commonWords(side).has(folded);
  };
}

/** Should this word be converted? "long" words decide alone; short ones only follow a converted message. */
function decide(word: string, converted: string, from: Side, known: Known): "convert" | "keep" | "short" {
  const to: Side = from === "en" ? "ru" : "en";
  const bare = converted.replace(/[^\p{L}]+$/u, "");
  if (letterCount(word) <= 3) {
    // «ли» stays «ли»; "c" and "jy" are too short to be English words anyone types, so they follow the message.
    if (from === "ru" && known("ru", word)) return "keep";
    return known(to, converted) || known(to, bare) ? "short" : "keep";
  }
  if (known(from, word)) return "keep";
  if (known(to, converted) || known(to, bare)) return "convert";
  if (/[^\p{L}-]/u.test(bare)) return "keep"; // punctuation inside the other form: not a word there
  return plausibility(bare, model(to)) - plausibility(word, model(from)) > MARGIN ? "convert" : "keep";
}

/**
 * The text with each wrong-layout word converted. Latin words become Russian when Russian is more plausible
 * («ecnhjqcndf» → «устройства», «rfarf» → «кафка»); Russian words become Latin when English is («руддщ» →
 * "hello"). Short words («jy» → «он») follow only when a longer word of the message was converted, and a
 * converted message's "&" becomes the "?" it was meant to be.
 */
export function fixLayout(text: string, vocabulary: LayoutVocabulary = {}): LayoutFix {
  const latin = text.match(LATIN_RUN) ?? [];
  const cyrillic = text.match(CYRILLIC_RUN) ?? [];
  const letters = letterCount;
  // Long words decide; English questions usually stop here, having read nothing (see suspiciousLatin).
  // A Russian word whose keys spell no English-looking word («какая» is "rfrfz", «должность» has a ";") is
  // left alone before any word list is asked: English typed on the Russian layout has English vowels.
  const englishExtra = () => foldedSet(vocabulary.english);
  const maybeEnglish = (w: string) => {
    const keys = russianToLatin(w);
    return !suspiciousLatin(keys) || englishExtra().has(foldWord(keys));
  };
  const long = [...latin.filter((w) => letters(w) > 3 && suspiciousLatin(w)), ...cyrillic.filter((w) => letters(w) > 3 && maybeEnglish(w))];
  if (!long.length) return { text, changed: false };
  const known = knownWords(vocabulary);
  const convert = new Map<string, string>();
  const consider = (word: string) => {
    const from: Side = /\p{Script=Cyrillic}/u.test(word) ? "ru" : "en";
    // A known long word stays whatever its other form is (decide's first test): no need to convert it.
    if (letters(word) > 3 && known(from, word)) return { converted: word, verdict: "keep" as const };
    const converted = from === "en" ? latinToRussian(word) : russianToLatin(word);
    return { converted, verdict: decide(word, converted, from, known) };
  };
  for (const word of long) {
    const { converted, verdict } = consider(word);
    if (verdict === "convert") convert.set(word, converted);
  }
  if (!convert.size) return { text, changed: false };
  for (const word of [...latin, ...cyrillic].filter((w) => letters(w) <= 3)) {
    const { converted, verdict } = consider(word);
    if (verdict === "short") convert.set(word, converted);
  }
  const swap = (word: string) => convert.get(word) ?? word;
  const fixed = text.replace(LATIN_RUN, swap).replace(CYRILLIC_RUN, swap).replace(/&(?=\s*$)/, "?");
  return { text: fixed, changed: fixed !== text };
}
