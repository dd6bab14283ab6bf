// The search index, built once per résumé: passages with their stems and weights, the word list the
// résumé uses (for typo correction, indexed by first letter and length), employers and technologies by every name.
import type { Chunk } from "../knowledge/chunks.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Job } from "../knowledge/model.js";
import type { Technology } from "../knowledge/vocabulary.js";
import { romanizations } from "../language/ru/translit.js";
import { commonWords } from "../language/common-words.js";
import { pushTo } from "../maps.js";
import { editDistance, normalize, stem, tokenize, typoBudget } from "./text.js";
import type { QuestionVocabulary } from "./vocabulary.js";

/**
 * One of the 10,000 most common English words (the list is read on the first call): an everyday word
 * ("scale", "reach") is what it says, not a misspelt technology ("Scala", "React") or an employer ("exit").
 */
export const isCommonEnglishWord = (token: string) => commonWords("en").has(token);

export interface Passage {
  chunk: Chunk;
  /** Position in the chunk's passages, to keep the résumé's order in replies. */
  index: number;
  text: string;
  stems: Set<string>;
}

export interface EmployerEntry {
  /** Display name ("ScyllaDB Inc."). */
  name: string;
  /** All jobs there, newest first (two roles at one company are two jobs). */
  jobs: Job[];
  /** Normalised names it is asked by: "scylladb inc", "scylladb", "scylla". */
  keys: string[];
  /** An employer made of common words ("Other companies") is matched only as a whole phrase. */
  fuzzy: boolean;
  /**
   * Its first word alone ("baobab" for Baobab Fintech, "tinkoff" for «Тинькофф Банк»), which names it only
   * when it is no common English word ("exit" of Exit Games is one). That is checked when a question has the
   * word (see isCommonEnglishWord): the word list is not read when the index is built (the cold start).
   */
  firstWords: readonly string[];
}

export interface SearchIndex {
  knowledge: Knowledge;
  chunks: Chunk[];
  chunkById: Map<string, Chunk>;
  passages: Passage[];
  vocabulary: QuestionVocabulary;
  employers: EmployerEntry[];
  /** Inverse document frequency of a stem over passages; 0 when the résumé never uses it. */
  idf(stem: string): number;
  /** Is this word (or its stem) used anywhere in the résumé or its vocabulary? */
  knows(token: string): boolean;
  /** A word the résumé uses that is within typo distance of `token`, if any. */
  correct(token: string): string | undefined;
  /** Near words for did-you-mean: résumé technologies and employers only, looser distance. */
  nearTopics(token: string): string[];
  /** Canonical technology for a single-token or phrase key ("k8s", "golang", "google cloud"). */
  techByKey: Map<string, Technology>;
  /** Multi-word technology keys, longest first ("google cloud platform", "go lang"). */
  techPhrases: string[];
  /** Technologies the résumé's jobs use, by canonical name → jobs (newest first). */
  techJobs: Map<string, Job[]>;
  /** A technology within typo distance of the token (single-word names and aliases of four letters or more). */
  correctTech(token: string): Technology | undefined;
  /** Phrase synonym groups, normalised once. */
  synonyms: string[][];
  /** The candidate's name as tokens: asked, they are the person, not a word to search. */
  nameTokens: ReadonlySet<string>;
  /** Every word of every employer key ("exit", "games", "scylladb"). */
  employerWords: ReadonlySet<string>;
}

export function createSearchIndex(knowledge: Knowledge, chunks: Chunk[], vocabulary: QuestionVocabulary): SearchIndex {
  const passages: Passage[] = [];
  for (const chunk of chunks) {
    chunk.passages.forEach((text, index) => {
      const stems = new Set(tokenize(normalize(text)).map(stem));
      passages.push({ chunk, index, text, stems });
    });
  }
  const df = new Map<string, number>();
  for (const p of passages) for (const s of p.stems) df.set(s, (df.get(s) ?? 0) + 1);
  const n = passages.length;

  const techByKey = new Map<string, Technology>();
  for (const t of knowledge.vocabulary.technologies) {
    for (const key of [t.name, ...t.aliases]) techByKey.set(normalize(key), t);
  }
  const techPhrases = [...techByKey.keys()].filter((k) => /[\s-]/.test(k)).sort((a, b) => b.length - a.length);
  const techJobs = new Map<string, Job[]>();
  for (const job of knowledge.resume.experience) {
    for (const t of job.technologies) pushTo(techJobs, t, job);
  }
  for (const group of knowledge.resume.skills) {
    for (const item of group.items) {
      const name = knowledge.techs.canonical(item) ?? item;
      if (!techJobs.has(name)) techJobs.set(name, []);
    }
  }

  const employers = employerEntries(knowledge.resume.experience, vocabulary);

  // The words the résumé uses, plus every name it can be asked by: what typo correction may land on.
  const words = new Set<string>();
  for (const p of passages) for (const t of tokenize(normalize(p.text))) if (t.length >= 3) words.add(t);
  for (const e of employers) for (const k of e.keys) for (const t of k.split(" ")) if (t.length >= 3) words.add(t);
  const stems = new Set([...words].map(stem));
  const typos = createTypoCorrector(words, techByKey, techJobs, employers);

  const synonyms = knowledge.vocabulary.synonyms.map((group) => group.map(normalize));
  return {
    knowledge,
    chunks,
    chunkById: new Map(chunks.map((c) => [c.id, c])),
    passages,
    vocabulary,
    employers,
    techByKey,
    techPhrases,
    techJobs,
    idf: (s) => {
      const d = df.get(s);
      return d ? Math.log(1 + n / d) : 0;
    },
    knows: (token) => words.has(token) || stems.has(stem(token)) || techByKey.has(token),
    ...typos,
    synonyms,
    nameTokens: nameTokensOf(knowledge.resume.person.name),
    employerWords: new Set(employers.flatMap((e) => e.keys.flatMap((k) => k.split(" ")))),
  };
}

/** Typo correction and near topics, over the résumé's words, technology names and employers. */
function createTypoCorrector(
  words: Set<string>,
  techByKey: Map<string, Technology>,
  techJobs: Map<string, Job[]>,
  employers: EmployerEntry[],
): Pick<SearchIndex, "correct" | "correctTech" | "nearTopics"> {
  // Built on the first misspelling, not at start: most questions are spelt right, and start-up counts.
  const wordIndex = lazy(() => new TypoIndex([...words].filter((w) => w.length >= 4)));
  const techKeys = [...techByKey.keys()].filter((k) => k.length >= 4 && !/\s/.test(k));
  const techIndex = lazy(() => new TypoIndex(techKeys));
  const topicNames = [...new Set([...techJobs.keys(), ...employers.filter((e) => e.fuzzy).map((e) => e.name)])];
  const topicKeys = lazy(() => topicNames.map((name) => ({ name, key: normalize(name) })));
  // Typos repeat (people misspell "kubernetes" the same few ways): remember each answer, within a bound
  // that forgets the oldest, so new typos keep being remembered.
  const corrections = new BoundedCache<string | undefined>(TYPO_CACHE_SIZE);
  const techCorrections = new BoundedCache<Technology | undefined>(TYPO_CACHE_SIZE);
  const near = new BoundedCache<string[]>(TYPO_CACHE_SIZE);
  const longWords = [...words].filter((w) => w.length >= 7);
  /** "mathematician" → "mathematics", "programmer" → "programming": a long shared beginning is the same word family. */
  const samePrefix = (token: string): string | undefined => {
    if (token.length < 8) return undefined;
    const need = Math.max(7, Math.ceil(Math.min(token.length, 12) * 0.75));
    return longWords.find((w) => w.slice(0, need) === token.slice(0, need));
  };


  return {
    correct(token) {
      if (token.length > MAX_TYPO_WORD) return undefined;
      if (corrections.has(token)) return corrections.get(token);
      const budget = typoBudget(token.length);
      // A common word is not a typo of a rarer one ("scale" is not "scala"), but may be of its family.
      const found = (budget && !isCommonEnglishWord(token) ? wordIndex().closest(token, budget) : undefined) ?? samePrefix(token);
      corrections.set(token, found);
      return found;
    },
    correctTech(token) {
      if (token.length > MAX_TYPO_WORD || isCommonEnglishWord(token)) return undefined;
      if (!techCorrections.has(token)) {
        const budget = typoBudget(token.length);
        const key = budget ? techIndex().closest(token, budget) : undefined;
        techCorrections.set(token, key ? techByKey.get(key) : undefined);
      }
      return techCorrections.get(token);
    },
    nearTopics(token) {
      if (token.length < 3 || token.length > MAX_TYPO_WORD) return [];
      const cached = near.get(token);
      if (cached) return cached;
      const max = typoBudget(token.length) + 1;
      const found = topicKeys()
        .map((t) => ({ name: t.name, d: editDistance(token, t.key, max) }))
        .filter((t) => t.d <= max)
        .sort((a, b) => a.d - b.d)
        .slice(0, 5)
        .map((t) => t.name);
      near.set(token, found);
      return found;
    },
  };
}

/** Entries kept by each typo cache; past it the oldest is forgotten. */
const TYPO_CACHE_SIZE = 10_000;

/** A Map bounded to `max` entries, forgetting the oldest written first. */
class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  has(key: string): boolean {
    return this.map.has(key);
  }
  get(key: string): V | undefined {
    return this.map.get(key);
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.max && !this.map.has(key)) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, value);
  }
}

/**
 * Words by first letter and length, for typo correction: a misspelling is compared only with words that
 * start alike (people rarely mistype the first letter; it keeps "describe" from becoming "scribe") and are
 * within the typo budget in length. A never-seen word then costs a few dozen banded edit distances, not a
 * fuzzy search over the whole vocabulary.
 */
class TypoIndex {
  private readonly byStart = new Map<string, string[][]>();
  constructor(words: Iterable<string>) {
    for (const w of words) {
      const lengths = this.byStart.get(w[0]!) ?? [];
      (lengths[w.length] ??= []).push(w);
      this.byStart.set(w[0]!, lengths);
    }
  }
  /** The nearest word within `budget` edits (the first such on ties), or undefined. */
  closest(token: string, budget: number): string | undefined {
    const lengths = this.byStart.get(token[0]!);
    if (!lengths) return undefined;
    let best: { word: string; d: number } | undefined;
    for (let len = Math.max(1, token.length - budget); len <= token.length + budget; len++) {
      for (const w of lengths[len] ?? []) {
        if (best?.d === 0) return best.word;
        const d = editDistance(token, w, best ? best.d - 1 : budget);
        if (d <= budget && (!best || d < best.d)) best = { word: w, d };
      }
    }
    return best?.word;
  }
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/**
 * No word of a résumé is longer than this; a longer "word" is noise (a pasted hash, a URL, a fuzzer's string)
 * and is not worth a fuzzy search, nor a place in the caches.
 */
const MAX_TYPO_WORD = 40;

const CORPORATE = /\b(inc|ltd|llc|gmbh|corp|corporation|co|plc|ag|sa|bv|oy|ab|limited|company)\b\.?/g;

/** The name's words, and a Cyrillic name's words as typed in Latin letters ("Tell me about Anna" for Анна). */
function nameTokensOf(name: string): ReadonlySet<string> {
  const words = tokenize(normalize(name));
  return new Set([...words, ...words.flatMap((w) => latinSpellings(w))]);
}

/** A Cyrillic name as it is typed in Latin letters; none for a name in any other script. */
function latinSpellings(name: string | undefined): string[] {
  return name && /\p{Script=Cyrillic}/u.test(name) ? romanizations(name) : [];
}

function employerEntries(jobs: Job[], vocabulary: QuestionVocabulary): EmployerEntry[] {
  const entries: EmployerEntry[] = [];
  for (const job of jobs) {
    const existing = entries.find((e) => e.name.toLowerCase() === job.employer.toLowerCase());
    if (existing) {
      existing.jobs.push(job);
      continue;
    }
    const full = normalize(job.employer).replace(/[.,]/g, "");
    const bare = full.replace(CORPORATE, "").replace(/\s+/g, " ").trim();
    // ООО «Яндекс», Студия «Пиксель»: asked as "Яндекс", "Студия Пиксель", without the quotes or legal form.
    const unquoted = bare.replace(/"/g, "").replace(/(?<!\p{L})(ооо|оао|зао|пао|ао|ип)(?!\p{L})/gu, "").replace(/\s+/g, " ").trim();
    const keys = new Set([full, bare, unquoted]);
    // "Exit Games" typed as one word ("exitgames", "Exitgames role?") is the same name.
    if (/\s/.test(unquoted) && unquoted.replace(/\s+/g, "").length >= 6) keys.add(unquoted.replace(/\s+/g, ""));
    // Студия «Пиксель»: the quoted name alone is the name («Пиксель»).
    const quoted = /["«“]([^"»”]+)["»”]/.exec(full)?.[1]?.trim();
    if (quoted) keys.add(quoted);
    // «Яндекс» is asked as "Yandex" (and "Yandeks") by someone typing in Latin letters.
    for (const key of [unquoted, quoted]) for (const latin of latinSpellings(key)) keys.add(latin);
    // "ScyllaDB" is also asked as "Scylla"; "DataDog Inc" as "datadog".
    const camel = job.employer.split(/\s+/)[0]!.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g);
    if (camel && camel.length > 1 && camel[0]!.length >= 4) keys.add(camel[0]!.toLowerCase());
    const words = bare.split(" ");
    // "Baobab Fintech" is asked as "Baobab": a first word that is no common English word ("Exit Games" is not "exit").
    const first = unquoted.split(" ")[0]!;
    // «Тинькофф Банк» is asked as "Tinkoff" too.
    const firsts = words.length > 1 && first.length >= 4 && !vocabulary.stopwords.has(first) ? [first, ...latinSpellings(first)] : [];
    const fuzzy = words.some((w) => w.length >= 4 && !vocabulary.stopwords.has(w) && !/^(other|various|several|companies|freelance|self)$/.test(w));
    entries.push({ name: job.employer, jobs: [job], keys: [...keys].filter(Boolean), fuzzy, firstWords: firsts });
  }
  return entries;
}
