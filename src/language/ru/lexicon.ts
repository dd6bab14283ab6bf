// A Russian question rewritten as an English one, so the English understanding (intents, technologies,
// employers, years) runs on it unchanged: «Знает ли он Rust?» → "does he know Rust?", «Сколько лет он
// работал в Neodinamika?» → "how long did he work at Neodinamika?". The words are data
// (knowledge/lang/ru/lexicon.json, tech-aliases.json), read on the first Russian question.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { editDistance } from "../../search/text.js";
import { isNameForm } from "./names.js";
import { foldRussian, stemRussian } from "./stem.js";
import { pushTo } from "../../maps.js";

/** The folder of the Russian data files; from src/language/ru or dist/language/ru alike. */
export const RUSSIAN_DATA_DIR = fileURLToPath(new URL("../../../knowledge/lang/ru/", import.meta.url));

/** What a Russian question became. */
export interface EnglishQuery {
  /** The question in English words the English engine knows; names, numbers and Latin words as written. */
  english: string;
  lang: "ru";
  /** Russian words the lexicon does not know, kept in `english` as written (the engine reports them as not in the résumé). */
  unknown: string[];
}

/** A data file that cannot be read or has a pattern that does not compile. */
export class LexiconError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "LexiconError";
  }
}

interface LexiconFile {
  macros: Record<string, string>;
  phrases: [string, string][];
  words: Record<string, string[]>;
}

interface TechAliasFile {
  aliases: Record<string, string[]>;
}

interface Rule {
  pattern: RegExp;
  english: string;
  /**
   * One run of Russian letters per top-level branch of the pattern that every match of that branch
   * contains: a text containing none of them cannot match, so the rule is skipped without running its
   * regex (118 phrase rules are tried per question; most cannot apply). Absent: always tried.
   */
  anyOf?: string[];
  /** The pattern needs a year ({year}: four digits), so a text without a digit cannot match. */
  needsDigit?: boolean;
}

/** The compiled lexicon: ordered phrase rules, then word look-ups by form and by stem. */
export interface RussianLexicon {
  rules: Rule[];
  /** Multi-word technology names («си шарп», «гугл клауд»), as rules. */
  techPhrases: Rule[];
  /** Folded written form → canonical technology name ("го" → "Go"). */
  techWords: Map<string, string>;
  /** Stem → canonical technology name ("кафк" → "Kafka"); words of four letters or more only. */
  techStems: Map<string, string>;
  words: Map<string, string>;
  stems: Map<string, string>;
}

// Letters as an explicit class, not \p{L}: the folded text holds Latin and Cyrillic only, and V8 compiles
// Unicode property classes slowly (a hundred rules with them took over a second on the first question).
const LETTER = "[0-9A-Za-z_\\u00C0-\\u024F\\u0400-\\u04FF]";
/** A match must not start or end inside a word: "знает ли" is not inside «узнает ли». */
const START_GUARD = `(?:(?<!${LETTER})|(?!${LETTER}))`;
const END_GUARD = `(?:(?<!${LETTER})|(?!${LETTER}))`;
const CYRILLIC_WORD = /\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)*/gu;

/** `{he}` and the other macros of lexicon.json replaced by their patterns; an unknown name stays as written. */
function expandMacros(source: string, macros: Record<string, string>): string {
  return source.replace(/\{(\w+)\}/g, (whole, name: string) => macros[name] ?? whole);
}

/** The literals a pattern's matches must contain: each match contains one of them (see `Rule.anyOf`). */
export function requiredLiterals(source: string, macros: Record<string, string> = {}): string[] | undefined {
  const literals: string[] = [];
  for (const branch of topLevelBranches(expandMacros(source, macros))) {
    const required = requiredInBranch(branch);
    if (!required) return undefined;
    literals.push(...required);
  }
  return literals;
}

/** `a|b(c|d)|e` → ["a", "b(c|d)", "e"]: splits on the bars outside groups and character classes. */
function topLevelBranches(source: string): string[] {
  const branches: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = closing(source, i, "[", "]");
    else if (c === "(") i = closing(source, i, "(", ")");
    else if (c === "|") {
      branches.push(source.slice(start, i));
      start = i + 1;
    }
  }
  branches.push(source.slice(start));
  return branches;
}

/**
 * What every match of a branch contains: the longest run (3+) of Cyrillic letters outside groups, classes
 * and escapes that no quantifier makes optional; else one of the literals of a group that must match
 * (`(?:привет|здравствуй)`). Undefined when neither exists.
 */
function requiredInBranch(branch: string): string[] | undefined {
  let best = "";
  let group: string[] | undefined;
  let run = "";
  const end = () => {
    if (run.length >= 3 && run.length > best.length) best = run;
    run = "";
  };
  for (let i = 0; i < branch.length; i++) {
    const c = branch[i]!;
    const next = branch[i + 1];
    if (/\p{Script=Cyrillic}/u.test(c)) {
      if (next === "?" || next === "*" || next === "{") end(); // this letter may be absent
      else run += c;
      if (next === "+") end();
      continue;
    }
    end();
    if (c === "\\") i++;
    else if (c === "[") i = closing(branch, i, "[", "]");
    else if (c === "(") {
      const close = closing(branch, i, "(", ")");
      group ??= requiredInGroup(branch.slice(i + 1, close), branch[close + 1]);
      i = close;
    }
  }
  end();
  return best ? [best] : group;
}

/** A group's required literals, when the group itself is required (no quantifier after it, no lookaround). */
function requiredInGroup(inner: string, after: string | undefined): string[] | undefined {
  if (after === "?" || after === "*" || after === "{" || /^\?(?:<?[=!])/.test(inner)) return undefined;
  return requiredLiterals(inner.replace(/^\?:/, ""));
}

/** The index of the bracket that closes the one at `open` (escapes and nested classes respected). */
function closing(source: string, open: number, left: string, right: string): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (left === "(" && inClass) inClass = c !== "]";
    else if (left === "(" && c === "[") inClass = true;
    else if (c === left) depth++;
    else if (c === right && --depth === 0) return i;
  }
  return source.length;
}

/** A lexicon pattern as a Unicode regular expression: macros expanded, \b and \w made Unicode-aware. */
export function compilePattern(source: string, macros: Record<string, string> = {}): RegExp {
  const unicode = expandMacros(source, macros).replace(/\\b/g, `(?:(?<!${LETTER})(?=${LETTER})|(?<=${LETTER})(?!${LETTER}))`).replace(/\\w/g, LETTER);
  return new RegExp(`${START_GUARD}(?:${unicode})${END_GUARD}`, "g");
}

function readJson<T>(file: string): T {
  const path = RUSSIAN_DATA_DIR + file;
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch (cause) {
    throw new LexiconError(`${path}: cannot be read as JSON`, { cause });
  }
}

/** Builds the lexicon from its two data files (or the given contents, for tests). */
export function buildLexicon(lexicon: LexiconFile = readJson("lexicon.json"), techs: TechAliasFile = readJson("tech-aliases.json")): RussianLexicon {
  const rule = (source: string, english: string): Rule => {
    try {
      // Only the Russian letters are folded: "[A-Z]" in a pattern means a capital.
      const folded = source.replace(/\p{Script=Cyrillic}+/gu, foldRussian);
      const anyOf = requiredLiterals(folded, lexicon.macros);
      const needsDigit = !anyOf && folded.includes("{year}");
      return { pattern: compilePattern(folded, lexicon.macros), english, ...(anyOf ? { anyOf } : {}), ...(needsDigit ? { needsDigit } : {}) };
    } catch (cause) {
      throw new LexiconError(`lexicon pattern ${JSON.stringify(source)} does not compile`, { cause });
    }
  };
  const rules = lexicon.phrases.map(([source, english]) => rule(source, english));
  const techPhrases: Rule[] = [];
  const techWords = new Map<string, string>();
  const techStems = new Map<string, string>();
  for (const [name, aliases] of Object.entries(techs.aliases)) {
    for (const alias of aliases.map(foldRussian)) {
      if (/\s/.test(alias) || /[^\p{L}-]/u.test(alias)) techPhrases.push(rule(alias.replace(/[+]/g, "\\+"), name));
      else techWords.set(alias, name);
      if (alias.length >= 4 && !/\s/.test(alias)) techStems.set(stemRussian(alias), name);
    }
  }
  const words = new Map<string, string>();
  const stems = new Map<string, string>();
  for (const [english, forms] of Object.entries(lexicon.words)) {
    for (const form of forms.map(foldRussian)) {
      // Several words («а также», «каким образом») are phrases: matched after the phrase rules.
      if (/\s/.test(form)) rules.push(rule(form, english));
      else if (!words.has(form)) words.set(form, english);
      if (form.length >= 4 && !/\s/.test(form) && !stems.has(stemRussian(form))) stems.set(stemRussian(form), english);
    }
  }
  return { rules, techPhrases, techWords, techStems, words, stems };
}

let bundled: RussianLexicon | undefined;

/** Has the bundled lexicon been built yet? For tests of the English cold path. */
export function russianLexiconLoaded(): boolean {
  return bundled !== undefined;
}

/** The bundled lexicon, built on first use. */
export function russianLexicon(): RussianLexicon {
  bundled ??= buildLexicon();
  return bundled;
}

/**
 * Lowercase and ё-fold the Russian words only, so Latin names keep their case ("ScyllaDB", "C#");
 * «С++» typed with a Cyrillic С is C++; guillemets and other quotes go.
 */
function fold(text: string): string {
  // Printable ASCII and Cyrillic letters (no combining marks) are the same after NFKC: most questions skip it.
  const plain = /^[\x20-\x40\x5b-\x7e\u0400-\u0482\u048a-\u04ff]*$/.test(text);
  const composed = plain || /^[\x20-\x7e\u0400-\u0482\u048a-\u04ff]*$/.test(text) ? text : text.normalize("NFKC");
  // With no Latin capital (they matter to the rules: "[A-Z]" is a name) and nothing outside ASCII and
  // Cyrillic, folding the whole text is folding each Cyrillic run: one pass instead of one call per word.
  const cased = plain ? foldRussian(composed) : composed.replace(/\p{Script=Cyrillic}+/gu, (w) => foldRussian(w));
  return cased
    .replace(/[«»"“”„]/g, " ")
    .replace(/(?<![\p{L}\p{N}])[СсCc]\s?(\+\+|#)/gu, "C$1")
    .replace(/\s+/g, " ")
    .trim();
}

/** Rules by the first three letters of each literal they need, so a text is tried only on rules it may match. */
interface RuleIndex {
  /** By `trigramKey` of a literal's first three letters: numbers, so looking a text up makes no strings. */
  byTrigram: Map<number, number[]>;
  /** Rules without literals: tried on every text (those that need a year, on every text with a digit). */
  always: number[];
  withDigits: number[];
  count: number;
}

const ruleIndexes = new WeakMap<readonly Rule[], RuleIndex>();

/**
 * Three letters at `at` as one small integer (ten bits each: Cyrillic is U+0400–U+04FF). A key two other
 * letters share only adds a candidate, which `applyRules` then checks by its literal.
 */
function trigramKey(s: string, at: number): number {
  return ((s.charCodeAt(at) & 0x3ff) << 20) | ((s.charCodeAt(at + 1) & 0x3ff) << 10) | (s.charCodeAt(at + 2) & 0x3ff);
}

function ruleIndex(rules: readonly Rule[]): RuleIndex {
  let index = ruleIndexes.get(rules);
  if (index) return index;
  index = { byTrigram: new Map(), always: [], withDigits: [], count: rules.length };
  rules.forEach((r, i) => {
    if (!r.anyOf) return (r.needsDigit ? index!.withDigits : index!.always).push(i);
    for (const key of new Set(r.anyOf.map((l) => trigramKey(l, 0)))) pushTo(index!.byTrigram, key, i);
  });
  ruleIndexes.set(rules, index);
  return index;
}

const CYRILLIC_RUN = /\p{Script=Cyrillic}+/gu;

/**
 * The rules that `text` may match, in order: the literals' letters are Cyrillic runs (requiredLiterals).
 * Marked in an array of the rules' length and read back in order: no set, no sort.
 */
function candidateRules(text: string, index: RuleIndex): number[] {
  const marks = new Uint8Array(index.count);
  for (const i of index.always) marks[i] = 1;
  if (/\d/.test(text)) for (const i of index.withDigits) marks[i] = 1;
  for (const run of text.match(CYRILLIC_RUN) ?? []) {
    for (let at = 0; at + 3 <= run.length; at++) for (const i of index.byTrigram.get(trigramKey(run, at)) ?? []) marks[i] = 1;
  }
  const found: number[] = [];
  for (let i = 0; i < marks.length; i++) if (marks[i]) found.push(i);
  return found;
}

/**
 * Each rule in order on the text as the rules before it left it. Only the rules whose literals' first
 * letters occur in the text are tried (the lexicon has 130 rules; a question matches a few). Looked up once:
 * a replacement writes English and the match's own groups, each padded with spaces, so it never makes a
 * Russian run that was not in the text, and a rule left out could not have matched later either.
 */
function applyRules(text: string, rules: readonly Rule[]): string {
  let t = text;
  for (const i of candidateRules(text, ruleIndex(rules))) {
    const r = rules[i]!;
    if (r.anyOf && !r.anyOf.some((l) => t.includes(l))) continue;
    // The English is padded with spaces so it never glues to a neighbour; spaces are folded afterwards.
    t = t.replace(r.pattern, (...args: unknown[]) => ` ${expand(r.english, args)} `);
  }
  return t;
}

/** "$1" and "$2" in a rule's English, from the match's groups. */
function expand(english: string, args: unknown[]): string {
  return english.replace(/\$(\d)/g, (_, n: string) => (typeof args[Number(n)] === "string" ? (args[Number(n)] as string) : ""));
}

/** Technology names written in Cyrillic or slang → their canonical names. */
function replaceTechnologies(text: string, lexicon: RussianLexicon): string {
  const phrased = applyRules(text, lexicon.techPhrases);
  return phrased.replace(CYRILLIC_WORD, (word) => {
    const exact = lexicon.techWords.get(word);
    if (exact) return exact;
    return word.length >= 4 ? (lexicon.techStems.get(stemRussian(word)) ?? word) : word;
  });
}

/**
 * A Russian question as an English one: technology names first («кафку» → Kafka), then phrases in order,
 * then word by word. Latin words, numbers and names stay as written; a Russian word found nowhere stays
 * too, and is listed in `unknown`.
 */
export function toEnglishQuery(text: string, lexicon: RussianLexicon = russianLexicon(), names: readonly string[] = []): EnglishQuery {
  const asked = /[?？]/.test(text);
  const unknown: string[] = [];
  const folded = fold(text);
  const techs = replaceTechnologies(folded, lexicon);
  const phrased = applyRules(names.length ? candidateNamed(techs, names, lexicon) : techs, lexicon.rules);
  const worded = phrased.replace(CYRILLIC_WORD, (word) => {
    const english = lexicon.words.get(word) ?? (word.length >= 4 ? lexicon.stems.get(stemRussian(word)) : undefined) ?? misspelt(word, lexicon);
    if (english !== undefined) return ` ${english} `;
    unknown.push(word);
    return word;
  });
  const english = tidy(worded);
  return { english: english && asked ? `${english}?` : english, lang: "ru", unknown };
}

/**
 * The candidate's name, in any case and either script («у Алисы», «про Ivan»), as «кандидат»: the rules'
 * "{he}" and «расскажи о кандидате» then read it. A word the lexicon knows is never a name.
 */
function candidateNamed(text: string, names: readonly string[], lexicon: RussianLexicon): string {
  const latin = new Set(names.filter((n) => !/\p{Script=Cyrillic}/u.test(n)));
  return text
    .replace(CYRILLIC_WORD, (word) => (!lexicon.words.has(word) && isNameForm(word, names) ? "кандидат" : word))
    .replace(/(?<![\p{L}\p{N}])[A-Za-z]+(?![\p{L}\p{N}])/gu, (word) => (latin.has(word.toLowerCase()) ? "кандидат" : word));
}

/** Lexicon words by first letter, for typo look-ups; built on the first misspelt word. */
const byFirstLetter = new WeakMap<RussianLexicon, Map<string, string[]>>();

/**
 * A misspelt word («раскажи», «опытт») → the English of the lexicon form one edit away (two for words of
 * eight letters or more), with the same first letter; shorter words are too ambiguous to guess.
 */
function misspelt(word: string, lexicon: RussianLexicon): string | undefined {
  if (word.length < 5) return undefined;
  let groups = byFirstLetter.get(lexicon);
  if (!groups) {
    groups = new Map();
    for (const form of lexicon.words.keys()) pushTo(groups, form[0]!, form);
    byFirstLetter.set(lexicon, groups);
  }
  const budget = word.length >= 8 ? 2 : 1;
  let best: { form: string; d: number } | undefined;
  for (const form of groups.get(word[0]!) ?? []) {
    if (Math.abs(form.length - word.length) > budget || form.length < 4) continue;
    const d = editDistance(word, form, budget);
    if (d <= budget && (!best || d < best.d)) best = { form, d };
  }
  return best && lexicon.words.get(best.form);
}

/** Spaces folded, question marks gone (one is put back at the end), a word said twice in a row said once. */
function tidy(text: string): string {
  return text
    .replace(/[?？]/g, " ")
    .replace(/\s+([,.!;:])/g, "$1")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\b(\w+)( \1\b)+/gi, "$1")
    .replace(/^[,.;:!\s]+|[,;:\s]+$/g, "");
}

let wordForms: string[] | undefined;

/**
 * Every single Russian word the lexicon and the technology aliases list, as written: the Russian
 * vocabulary for the keyboard-layout check (so «rfarf» is known to be «кафка»). Read from the files
 * without building the lexicon, so the check never loads the stemmer.
 */
export function russianVocabulary(): string[] {
  wordForms ??= [
    ...Object.values(readJson<LexiconFile>("lexicon.json").words).flat(),
    ...Object.values(readJson<TechAliasFile>("tech-aliases.json").aliases).flat(),
  ]
    .map(foldRussian)
    .filter((w) => !/\s/.test(w));
  return wordForms;
}
