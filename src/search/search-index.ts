// The search index, built once per résumé: passages with their stems and weights, the word list the
// résumé uses (for typo correction through a Fuse.js index), employers and technologies by every name.
import Fuse from "fuse.js";
import type { Chunk } from "../knowledge/chunks.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Job } from "../knowledge/model.js";
import type { Technology } from "../knowledge/vocabulary.js";
import { isCommonEnglishWord } from "./common-words.js";
import { editDistance, normalize, stem, tokenize, typoBudget } from "./text.js";
import type { QuestionVocabulary } from "./vocabulary.js";

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
    for (const t of job.technologies) techJobs.set(t, [...(techJobs.get(t) ?? []), job]);
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
  // Built on the first misspelling, not at start: most questions are spelt right, and start-up counts.
  const wordFuse = lazy(() => new Fuse([...words].filter((w) => w.length >= 4), { includeScore: true, threshold: 0.4, ignoreLocation: true }));
  const techKeys = [...techByKey.keys()].filter((k) => k.length >= 4 && !/\s/.test(k));
  const techFuse = lazy(() => new Fuse(techKeys, { includeScore: true, threshold: 0.4, ignoreLocation: true }));
  const topicNames = [...new Set([...techJobs.keys(), ...employers.filter((e) => e.fuzzy).map((e) => e.name)])];
  const topicFuse = lazy(() => new Fuse(topicNames, { includeScore: true, threshold: 0.5, ignoreLocation: true }));
  // Typos repeat (people misspell "kubernetes" the same few ways): remember each answer, within a bound.
  const corrections = new Map<string, string | undefined>();
  const techCorrections = new Map<string, Technology | undefined>();
  const near = new Map<string, string[]>();
  const longWords = [...words].filter((w) => w.length >= 7);
  /** "mathematician" → "mathematics", "programmer" → "programming": a long shared beginning is the same word family. */
  const samePrefix = (token: string): string | undefined => {
    if (token.length < 8) return undefined;
    const need = Math.max(7, Math.ceil(Math.min(token.length, 12) * 0.75));
    return longWords.find((w) => w.slice(0, need) === token.slice(0, need));
  };

  /** Fuse proposes (it is fast over short strings); the edit distance decides (it is strict and predictable). */
  const closest = (fuse: () => Fuse<string>, token: string, budget: number): string | undefined => {
    let best: { word: string; d: number } | undefined;
    for (const r of fuse().search(token, { limit: 8 })) {
      // People rarely mistype the first letter; requiring it keeps "describe" from becoming "scribe".
      if (r.item[0] !== token[0]) continue;
      const d = editDistance(token, r.item, budget);
      if (d <= budget && (!best || d < best.d)) best = { word: r.item, d };
    }
    return best?.word;
  };

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
    correct(token) {
      if (token.length > MAX_TYPO_WORD) return undefined;
      if (corrections.has(token)) return corrections.get(token);
      const budget = typoBudget(token.length);
      // A common word is not a typo of a rarer one ("scale" is not "scala"), but may be of its family.
      const found = (budget && !isCommonEnglishWord(token) ? closest(wordFuse, token, budget) : undefined) ?? samePrefix(token);
      if (corrections.size < 10_000) corrections.set(token, found);
      return found;
    },
    correctTech(token) {
      if (token.length > MAX_TYPO_WORD || isCommonEnglishWord(token)) return undefined;
      if (!techCorrections.has(token)) {
        const budget = typoBudget(token.length);
        const key = budget ? closest(techFuse, token, budget) : undefined;
        if (techCorrections.size < 10_000) techCorrections.set(token, key ? techByKey.get(key) : undefined);
        else return key ? techByKey.get(key) : undefined;
      }
      return techCorrections.get(token);
    },
    nearTopics(token) {
      if (token.length < 3 || token.length > MAX_TYPO_WORD) return [];
      const cached = near.get(token);
      if (cached) return cached;
      const found = topicFuse()
        .search(token, { limit: 5 })
        .filter((r) => editDistance(token, normalize(r.item), typoBudget(token.length) + 1) <= typoBudget(token.length) + 1)
        .map((r) => r.item);
      if (near.size < 10_000) near.set(token, found);
      return found;
    },
    synonyms: knowledge.vocabulary.synonyms.map((group) => group.map(normalize)),
  };
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
    const keys = new Set([full, bare]);
    // "ScyllaDB" is also asked as "Scylla"; "DataDog Inc" as "datadog".
    const camel = job.employer.split(/\s+/)[0]!.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g);
    if (camel && camel.length > 1 && camel[0]!.length >= 4) keys.add(camel[0]!.toLowerCase());
    const words = bare.split(" ");
    const fuzzy = words.some((w) => w.length >= 4 && !vocabulary.stopwords.has(w) && !/^(other|various|several|companies|freelance|self)$/.test(w));
    entries.push({ name: job.employer, jobs: [job], keys: [...keys].filter(Boolean), fuzzy });
  }
  return entries;
}
