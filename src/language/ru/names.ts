// The candidate's name as a Russian question writes it: declined («у Алисы», «про Ивана», «с Анной») and, for
// a Latin name, in Cyrillic letters («Джон» for John). Such a word is the candidate, as «кандидат» is, so the
// lexicon's rules ("{he}", «расскажи о кандидате») read it without knowing any one person's name.
import { editDistance } from "../../search/text.js";
import { romanizations } from "./translit.js";

/** Case endings a Russian name takes (Алис-а, Алис-ы, Алис-ой, Иван-ом, Мари-ей): the longest are tried first. */
const ENDINGS = ["ого", "ому", "ой", "ей", "ою", "ею", "ом", "ем", "ым", "им", "ах", "ям", "а", "я", "у", "ю", "ы", "и", "е", "о"];

/** The word without one case ending, and the word itself: «алисой» → «алисой», «алис». */
export function bases(word: string): string[] {
  const out = [word];
  const ending = ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 3);
  if (ending) out.push(word.slice(0, -ending.length));
  return out;
}

/** "alice" → "alice", "alic": an English name loses its final vowel when Russian declines it (Алис-а). */
function latinBases(name: string): string[] {
  return /[aeiouy]$/.test(name) && name.length >= 4 ? [name, name.slice(0, -1)] : [name];
}

/** Latin spellings of a Cyrillic base, with «дж» as "j" as names write it (Джон → "jon" ~ "john"). */
function spellings(base: string): string[] {
  return [...new Set(romanizations(base).flatMap((r) => [r, r.replace(/dzh/g, "j")]))];
}

/**
 * Is this lowercase Cyrillic word a form of one of the names (lowercase, either script)? A Cyrillic name
 * is compared by its base; a Latin one by spelling, allowing one letter's difference for names of four
 * letters or more ("alis" for "alic", "jon" for "john"), and always the same first letter.
 */
export function isNameForm(word: string, names: readonly string[]): boolean {
  if (word.length < 3) return false;
  const wordBases = bases(word);
  return names.some((name) => {
    if (/\p{Script=Cyrillic}/u.test(name)) return bases(name).some((b) => wordBases.includes(b));
    return wordBases.some((b) =>
      spellings(b).some((s) => latinBases(name).some((n) => s === n || (n.length >= 4 && s[0] === n[0] && Math.abs(s.length - n.length) <= 1 && editDistance(s, n, 1) <= 1))),
    );
  });
}
