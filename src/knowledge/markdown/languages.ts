// Spoken languages: "English (native), German (B2)", "Yoruba — native", "Spanish: B2". CVs write them in
// a section of their own, as a "Languages:" line among the skills, or in the header.
import type { Language } from "../model.js";

const SPOKEN_LANGUAGES_LABEL = /^(spoken|human|natural|foreign)?\s*languages?$/i;
const FLUENCY =
  /\b(native|mother tongue|fluent|bilingual|proficient|proficiency|professional|conversational|intermediate|basic|beginner|elementary|advanced|learning|working|[abc][12])\b/i;
/** Common human languages, to tell "Languages: English, Hindi" from "Languages: Go, Rust". */
const HUMAN_LANGUAGES = new Set(
  (
    "english spanish french german italian portuguese russian ukrainian belarusian polish czech slovak slovenian dutch " +
    "flemish swedish norwegian danish finnish icelandic estonian latvian lithuanian greek turkish arabic hebrew persian " +
    "farsi hindi bengali urdu punjabi marathi gujarati tamil telugu kannada malayalam chinese mandarin cantonese japanese " +
    "korean vietnamese thai indonesian malay filipino tagalog swahili yoruba hausa igbo amharic zulu afrikaans romanian " +
    "hungarian bulgarian serbian croatian bosnian macedonian albanian georgian armenian azerbaijani kazakh uzbek catalan " +
    "basque galician irish welsh latin esperanto"
  ).split(" "),
);

/** Is "Languages: …" about spoken languages? By its label, its fluency words, or its language names. */
export function isSpokenLanguages(label: string, body: string): boolean {
  if (!SPOKEN_LANGUAGES_LABEL.test(label.trim())) return false;
  if (/^(spoken|human|natural|foreign)/i.test(label.trim()) || FLUENCY.test(body)) return true;
  const names = readLanguages([body]).map((l) => l.name.toLowerCase());
  return names.length > 0 && names.filter((n) => HUMAN_LANGUAGES.has(n)).length * 2 > names.length;
}

/** "Czech (native), English (C1)", "English — fluent", "Spanish: B2" → languages. */
export function readLanguages(texts: string[]): Language[] {
  return texts
    .flatMap((t) => t.split(/,\s*(?![^()]*\))|;\s*|\s+[·|•]\s+/))
    .map((t) => {
      const m = /^([\p{L} ]+?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+))?\.?$/u.exec(t.trim());
      return m ? { name: m[1]!.trim(), fluency: (m[2] ?? m[3])?.trim() } : { name: t.trim() };
    })
    .filter((l) => l.name.length > 0 && l.name.length < 40);
}
