// A question → what it names: technologies (by alias, even misspelled), employers, years, categories,
// and the remaining content words, corrected and expanded with synonyms, for passage search.
import type { Technology } from "../knowledge/vocabulary.js";
import { isCommonEnglishWord, type EmployerEntry, type SearchIndex } from "./search-index.js";
import { editDistance, escapeRegExp, normalize, stem, tokenize, typoBudget } from "./text.js";
import { jobStems } from "./passages.js";

export interface Term {
  token: string;
  stem: string;
  /** Synonym expansions count towards a match but not towards what the question asked. */
  expansion: boolean;
  /** The term a misspelling was corrected from. */
  from?: string;
  /** Asked words and their expansions share a group: finding an expansion answers the asked word. */
  group?: string;
  /** A verb that phrases the question (vocabulary.weakWords): it ranks passages less than the other words. */
  weak?: boolean;
  /**
   * A word of a synonym phrase ("distributed" of "distributed ledger" for "blockchain"): it counts only in a
   * passage that has all of these stems, or "Distributed Systems" would answer a question about blockchains.
   */
  together?: string[];
  /** Next to a word the résumé never uses ("learning" of "machine learning"): found alone, it covers nothing. */
  inUnknownPhrase?: boolean;
}

export interface QueryAnalysis {
  raw: string;
  norm: string;
  tokens: string[];
  techs: Technology[];
  employers: EmployerEntry[];
  years: number[];
  categories: string[];
  terms: Term[];
  /** Content words the résumé never uses, even allowing for typos. */
  unknown: string[];
}

/** Words after which a lowercase "go" or "c" means the language, not the verb or letter. */
const TECH_CONTEXT = new Set(["know", "knows", "use", "used", "uses", "using", "in", "with", "of", "write", "writes", "wrote", "written", "code", "coded", "coding", "program", "programming", "learn", "learned", "and", "or", "also", "experience", "years", "about", "skills"]);
/** Words before which a lowercase "go" or "c" means the language: "go years", "c developer", "go experience". */
const TECH_BEFORE = new Set(["years", "year", "experience", "skills", "skill", "developer", "developers", "engineer", "programmer", "programming", "code", "coding", "knowledge", "projects", "exp"]);
const YEAR = /\b(19[5-9]\d|20[0-9]\d)\b/g;

/** What the analysis steps share: the question's tokens and which of them are already explained. */
interface Scan {
  raw: string;
  norm: string;
  tokens: string[];
  spaced: string;
  index: SearchIndex;
  /** Token positions already explained (by an employer or a technology). */
  used: Set<number>;
}

/**
 * Does " tokens joined by spaces " contain the phrase as whole tokens? (The same as includes(` ${phrase} `),
 * without making that string: a question is checked against every alias, employer and synonym.)
 */
function hasPhrase(spaced: string, phrase: string): boolean {
  for (let at = spaced.indexOf(phrase, 1); at >= 0; at = spaced.indexOf(phrase, at + 1)) {
    if (spaced.charCodeAt(at - 1) === 32 && spaced.charCodeAt(at + phrase.length) === 32) return true;
  }
  return false;
}

/** Marks every occurrence of a phrase's tokens as explained. */
function markPhrase(scan: Scan, phrase: string): void {
  const words = phrase.split(" ");
  const { tokens, used } = scan;
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, j) => tokens[i + j] === w)) for (let j = 0; j < words.length; j++) used.add(i + j);
  }
}

/** Employers: whole names first, then misspelled single words and word pairs. */
function findEmployers(scan: Scan): EmployerEntry[] {
  const { index, tokens, spaced, used } = scan;
  const employers: EmployerEntry[] = [];
  for (const e of index.employers) {
    const key = e.keys.find((k) => hasPhrase(spaced, k)) ?? e.firstWords.find((k) => hasPhrase(spaced, k) && (!isCommonEnglishWord(k) || writtenAsName(scan.raw, k)));
    if (key) {
      employers.push(e);
      markPhrase(scan, key);
    }
  }
  const close = (a: string, b: string) => a[0] === b[0] && editDistance(a, b, typoBudget(b.length)) <= typoBudget(b.length);
  tokens.forEach((t, i) => {
    if (used.has(i) || index.vocabulary.stopwords.has(t)) return;
    const next = tokens[i + 1];
    const pair = next && !(index.knows(t) && index.knows(next)) ? `${t} ${next}` : "";
    if (index.knows(t) && !pair) return;
    for (const e of index.employers) {
      if (!e.fuzzy || employers.includes(e)) continue;
      const single = (k: string) => !index.knows(t) && close(t, k);
      const hit = e.keys.some((k) => (k.includes(" ") ? pair !== "" && close(pair, k) : single(k))) || e.firstWords.some((k) => single(k) && !isCommonEnglishWord(k));
      if (hit) {
        employers.push(e);
        used.add(i);
        if (e.keys.some((k) => k.includes(" "))) used.add(i + 1);
      }
    }
  });
  return employers;
}

/**
 * Is `word` capitalised somewhere past the question's first word ("How long was she at Intel?")? Then an
 * employer's first word that is also an English word ("intel", "exit") is meant as the name.
 */
function writtenAsName(raw: string, word: string): boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, "giu");
  for (const m of raw.matchAll(re)) if (m.index > 0 && /\p{Lu}/u.test(m[0][0]!) && /\S\s+$/u.test(raw.slice(0, m.index)) && !/[.!?]\s+$/u.test(raw.slice(0, m.index))) return true;
  return false;
}

/** Technologies: multi-word aliases, then single tokens, then misspellings. */
function findTechs(scan: Scan, employers: EmployerEntry[]): Technology[] {
  const { index, tokens, spaced, used, raw } = scan;
  const { nameTokens } = index;
  const techs: Technology[] = [];
  const addTech = (t: Technology | undefined) => {
    if (!t || techs.includes(t)) return;
    // Asking about "ScyllaDB" at ScyllaDB is asking about the employer.
    if (employers.some((e) => e.keys.includes(normalize(t.name)))) return;
    techs.push(t);
  };
  for (const phrase of index.techPhrases) {
    if (hasPhrase(spaced, phrase)) {
      addTech(index.techByKey.get(phrase));
      markPhrase(scan, phrase);
    }
  }
  tokens.forEach((t, i) => {
    if (used.has(i) || seasonOfYear(tokens, i)) return;
    const tech = index.techByKey.get(t);
    if (!tech) return;
    if (tech.caseSensitive && normalize(tech.name) === t && !meansTechnology(raw, tech.name, tokens, i)) return;
    addTech(tech);
    used.add(i);
  });
  // A word that phrases the question ("reach", "describe") is not a misspelt technology.
  const questionWord = (t: string) => index.vocabulary.phrasing(t) || index.vocabulary.intents.absent.test(t);
  tokens.forEach((t, i) => {
    if (used.has(i) || index.vocabulary.stopwords.has(t) || index.knows(t) || nameTokens.has(t) || questionWord(t)) return;
    const tech = index.correctTech(t);
    if (tech) {
      addTech(tech);
      used.add(i);
    }
  });
  return techs;
}

/** Content words (not scaffolding, not the candidate's name, not a year), corrected; the rest are unknown. */
function collectTerms(scan: Scan, techs: Technology[]): { terms: Term[]; unknown: string[] } {
  const { index, tokens, used } = scan;
  const { stopwords } = index.vocabulary;
  const { nameTokens } = index;
  const techGroup = (token: string): string | undefined => {
    const t = techs.find((x) => [x.name, ...x.aliases].some((k) => tokenize(normalize(k)).includes(token)));
    return t ? `tech:${t.name}` : undefined;
  };
  const terms: Term[] = [];
  const unknown: string[] = [];
  const addTerm: AddTerm = (token, expansion, from, group, together) => {
    const s = stem(token);
    const existing = terms.find((t) => t.stem === s);
    if (!existing) terms.push({ token, stem: s, expansion, from, group, ...(together ? { together } : {}) });
    else {
      existing.group ??= group;
      // Wanted alone as well (asked, or a one-word synonym): it needs no phrase around it.
      if (!together) delete existing.together;
    }
  };
  tokens.forEach((t, i) => {
    if (stopwords.has(t) || nameTokens.has(t) || /^\d+$/.test(t) || (t.length < 2 && !used.has(i))) return;
    if (used.has(i) || index.knows(t)) return addTerm(t, false, undefined, techGroup(t));
    const corrected = index.correct(t);
    if (corrected) addTerm(corrected, false, t);
    else unknown.push(t);
  });
  // A technology asked by alias ("k8s") is searched by every name it has.
  for (const tech of techs) {
    for (const key of [tech.name, ...tech.aliases]) for (const w of tokenize(normalize(key))) addTerm(w, true, undefined, `tech:${tech.name}`);
  }
  expandSynonyms(scan, terms, unknown, addTerm);
  for (const term of terms) if (!term.expansion && index.vocabulary.weakWords.has(term.token)) term.weak = true;
  markPhrasesWithUnknown(tokens, terms, unknown);
  return { terms, unknown };
}

/**
 * "machine learning", "payment systems": an asked word next to a word the résumé never uses is half of a
 * phrase it never uses. A passage with "learning" alone ("fostering learning and growth") does not cover
 * it, so search coverage counts such a word as not found (`Term.inUnknownPhrase`).
 */
function markPhrasesWithUnknown(tokens: string[], terms: Term[], unknown: string[]): void {
  if (!unknown.length) return;
  const missing = new Set(unknown);
  for (const term of terms) {
    if (term.expansion || term.group) continue;
    const i = tokens.indexOf(term.from ?? term.token);
    if (i >= 0 && (missing.has(tokens[i - 1] ?? "") || missing.has(tokens[i + 1] ?? ""))) term.inUnknownPhrase = true;
  }
}

/** Phrase synonyms (SRE ↔ site reliability): an asked word the résumé lacks is answered by its synonyms. */
type AddTerm = (token: string, expansion: boolean, from?: string, group?: string, together?: string[]) => void;

function expandSynonyms(scan: Scan, terms: Term[], unknown: string[], addTerm: AddTerm): void {
  const { stopwords } = scan.index.vocabulary;
  scan.index.synonyms.forEach((group, gi) => {
    const asked = group.filter((p) => hasPhrase(scan.spaced, p));
    if (!asked.length) return;
    for (const phrase of asked) {
      // "machine learning" asked is one thing: a passage with "learning" alone does not answer it.
      const words = tokenize(phrase).filter((w) => !stopwords.has(w));
      const together = words.length > 1 ? words.map(stem) : undefined;
      for (const w of tokenize(phrase)) askedSynonym(w, gi, together, terms, unknown, stopwords);
    }
    for (const p of group) {
      const words = tokenize(p).filter((w) => !stopwords.has(w));
      const together = words.length > 1 ? words.map(stem) : undefined;
      for (const w of words) addTerm(w, true, undefined, `synonym:${gi}`, together);
    }
  });
}

/** An asked word of a synonym phrase: grouped with its synonyms, and needing the rest of its phrase. */
function askedSynonym(w: string, gi: number, together: string[] | undefined, terms: Term[], unknown: string[], stopwords: ReadonlySet<string>): void {
  const term = terms.find((t) => t.token === w && !t.expansion);
  if (term) {
    term.group ??= `synonym:${gi}`;
    if (together && !term.together) term.together = together;
  } else if (!stopwords.has(w) && unknown.includes(w)) {
    // An asked word the résumé lacks ("devops") is answered by its synonyms, so it is asked, not unknown.
    unknown.splice(unknown.indexOf(w), 1);
    terms.push({ token: w, stem: stem(w), expansion: false, group: `synonym:${gi}`, ...(together ? { together } : {}) });
  }
}

/** Words that say "a company" without saying which one. */
const COMPANY_WORDS = new Set(["company", "companies", "employer", "firm", "startup", "studio", "business", "behind", "place"]);

/** More employers than this fitting a description is no answer to "which company". */
const MAX_DESCRIBED = 3;

/**
 * "the NoSQL database company", "the company behind Photon", "the serverless platform he built": no employer
 * is named, so the ones meant are those whose own passages hold the question's words, weighed by rarity: the
 * best, and any within a third of it ("the game company" is two of them). None when nothing fits or too many do.
 */
function describedEmployers(scan: Scan, terms: Term[]): EmployerEntry[] {
  const { index } = scan;
  if (!index.vocabulary.intents.describedEmployer.test(scan.norm)) return [];
  const asked = terms.filter((t) => !t.expansion && !t.weak && !COMPANY_WORDS.has(t.token));
  if (!asked.length) return [];
  const scored = index.employers
    .map((e) => {
      const { all, about } = employerStems(index, e);
      // What the company does ("ScyllaDB is a NoSQL database") describes it twice as well as what he did there.
      const weigh = (t: Term) => (about.has(t.stem) ? 2 : all.has(t.stem) ? 1 : 0) * index.idf(t.stem);
      return { e, score: asked.reduce((n, t) => n + weigh(t), 0) };
    })
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  const fitting = scored.filter((x) => best > 0 && x.score * 1.5 > best).map((x) => x.e);
  return fitting.length <= MAX_DESCRIBED ? fitting : [];
}

/** The stems of an employer's jobs' passages, and of what the résumé says the company does (per question that describes one). */
function employerStems(index: SearchIndex, e: EmployerEntry): { all: { has(stem: string): boolean }; about: Set<string> } {
  const perJob = e.jobs.map((j) => jobStems(index, j));
  const all = { has: (stem: string) => perJob.some((stems) => stems.has(stem)) };
  const about = new Set(e.jobs.flatMap((j) => (j.about ? tokenize(normalize(j.about)).map(stem) : [])));
  return { all, about };
}

/** "the company that makes Photon", "the studio behind Photon": what follows names the company's product. */
const DESCRIBED_OBJECT = /\b(?:company|firm|startup|studio|employer) (?:that|which|who|behind)\b(.*)$/;

/** A question → what it names and the words to search by. */
export function analyzeQuery(raw: string, index: SearchIndex): QueryAnalysis {
  const norm = normalize(raw);
  const tokens = tokenize(norm);
  const scan: Scan = { raw, norm, tokens, spaced: ` ${tokens.join(" ")} `, index, used: new Set() };
  const employers = findEmployers(scan);
  const techs = findTechs(scan, employers);
  const years = [...norm.matchAll(YEAR)].map((m) => Number(m[1]));
  const categories = index.vocabulary.categories.filter((c) => c.pattern.test(norm)).map((c) => c.category);
  const { terms, unknown } = collectTerms(scan, techs);
  const described = employers.length ? [] : describedEmployers(scan, terms);
  if (!described.length) return { raw, norm, tokens, techs, employers, years, categories, terms, unknown };
  // "the NoSQL database company" names a company, not a category of technology: only the rest of the question
  // may. Nor is "the company that makes Photon" asking about Photon.
  const phrase = index.vocabulary.intents.describedEmployer.exec(norm)?.[0] ?? "";
  const rest = norm.replace(index.vocabulary.intents.describedEmployer, " ");
  const asked = categories.filter((c) => index.vocabulary.categories.find((k) => k.category === c)!.pattern.test(rest));
  const inPhrase = new Set([...tokenize(phrase), ...tokenize(DESCRIBED_OBJECT.exec(norm)?.[1] ?? "")]);
  const describing = (t: Technology) => [t.name, ...t.aliases].some((k) => tokenize(normalize(k)).every((w) => inPhrase.has(w)));
  return { raw, norm, tokens, techs: techs.filter((t) => !describing(t)), employers: described, years, categories: asked, terms, unknown };
}

const SEASONS = new Set(["spring", "summer", "autumn", "fall", "winter"]);
const YEAR_TOKEN = /^(19|20)\d\d$/;

/** "spring 2021", "the spring of 2021": a season, not the Java framework. */
function seasonOfYear(tokens: string[], i: number): boolean {
  if (!SEASONS.has(tokens[i]!)) return false;
  const next = tokens[i + 1] === "of" ? tokens[i + 2] : tokens[i + 1];
  return YEAR_TOKEN.test(next ?? "") || YEAR_TOKEN.test(tokens[i - 1] ?? "");
}

/**
 * "Go", "C", "R", "Vault" are also ordinary words. Count them as technologies when written as the name is
 * written ("Go"), when the question is just that word, or after words like "know" or "with".
 */
function meansTechnology(raw: string, name: string, tokens: string[], i: number): boolean {
  if (tokens.length === 1) return true;
  if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}+#])`, "u").test(raw) && name !== name.toLowerCase()) {
    // "Go to …" at the start of a sentence is the verb.
    return !(i === 0 && tokens[1] === "to");
  }
  return (i > 0 && TECH_CONTEXT.has(tokens[i - 1]!)) || TECH_BEFORE.has(tokens[i + 1] ?? "");
}
