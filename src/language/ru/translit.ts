// Latin names written in Cyrillic letters: «вократо» is Workato, «нимзес» is Nimses, «сцилла» is Scylla.
// A word the Russian lexicon does not know is romanised and offered to the résumé's own names.

const LETTERS: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch", ш: "sh",
  щ: "sch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", ё: "e",
};

/**
 * The Latin spellings a Cyrillic word may stand for, most likely first: «вократо» → "vokrato", "wokrato";
 * «сцилла» → "scilla"; «кс» may be "x" («эксит» → "exit").
 */
export function romanizations(word: string): string[] {
  const plain = [...word.toLowerCase()].map((c) => LETTERS[c] ?? c).join("");
  const variants = new Set([plain, plain.replace(/^v/, "w").replace(/(?<=[aeiou])v/g, "w"), plain.replace(/ks/g, "x"), plain.replace(/^e/, "a")]);
  return [...variants];
}
