// The recruiter-topic synonym groups (knowledge/faq-topics.json), compiled once into a matcher that turns
// a text into concepts: topic ids ("topic:salary") for the words and phrases of a group, and stems for the
// other content words.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normalize, stem, tokenize } from "../search/text.js";

/** One synonym group as written in faq-topics.json. */
export interface TopicGroup {
  id: string;
  /** A question on a logistics topic goes to the FAQ even when the résumé has words for it. */
  logistics: boolean;
  /** Words, phrases ("notice period"), prefixes ("relocat*"). */
  terms: string[];
}

/** The parsed topics file. */
export interface TopicVocabulary {
  topics: TopicGroup[];
  stopwords: string[];
}

/** What a text means to the FAQ matcher. */
export interface Concepts {
  topics: Set<string>;
  words: Set<string>;
}

/** The bundled knowledge/faq-topics.json. */
export function loadTopicVocabulary(): TopicVocabulary {
  const url = new URL("../../knowledge/faq-topics.json", import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as TopicVocabulary;
}

interface CompiledTerm {
  topic: string;
  words: string[];
  prefix: boolean;
}

/** Turns texts into concepts with one compiled vocabulary. */
export class TopicMatcher {
  private readonly terms: CompiledTerm[];
  private readonly stop: Set<string>;
  readonly logistics: Set<string>;

  /** `names`: the candidate's names, which say nothing about which entry is meant. */
  constructor(vocabulary: TopicVocabulary = loadTopicVocabulary(), names: string[] = []) {
    // Longest phrases first, so "notice period" claims both words before "notice" alone would.
    this.terms = vocabulary.topics
      .flatMap((t) => t.terms.map((term) => compile(t.id, term)))
      .sort((a, b) => b.words.length - a.words.length);
    this.stop = new Set([...vocabulary.stopwords, ...names].map((w) => normalize(w)));
    this.logistics = new Set(vocabulary.topics.filter((t) => t.logistics).map((t) => t.id));
  }

  /** The topics and content-word stems of `text`. */
  concepts(text: string): Concepts {
    const tokens = tokenize(normalize(text));
    const used = new Array<boolean>(tokens.length).fill(false);
    const topics = new Set<string>();
    for (const term of this.terms) {
      for (let i = 0; i + term.words.length <= tokens.length; i++) {
        if (term.words.every((w, k) => !used[i + k] && wordMatches(tokens[i + k]!, w, term.prefix && k === term.words.length - 1))) {
          topics.add(term.topic);
          for (let k = 0; k < term.words.length; k++) used[i + k] = true;
        }
      }
    }
    const words = new Set<string>();
    tokens.forEach((t, i) => {
      if (!used[i] && !this.stop.has(t) && t.length > 1) words.add(stem(t));
    });
    return { topics, words };
  }
}

function compile(topic: string, term: string): CompiledTerm {
  const prefix = term.endsWith("*");
  const words = normalize(prefix ? term.slice(0, -1) : term).split(" ").filter(Boolean);
  // A prefix on a phrase applies to each word ("business trip*"); written as one star at the end.
  return { topic, words, prefix };
}

function wordMatches(token: string, word: string, prefix: boolean): boolean {
  if (token === word) return true;
  return prefix ? token.startsWith(word) : false;
}
