// Which faq.md entry a question means. Each entry is described by the concepts of its heading and its
// `Also asked:` phrasings (full weight) and of its answer (half weight); a question's concepts are topics
// (weight 3: "comp", "pay" and "salary" are one concept) and content-word stems (weight 1). An entry is
// accepted by how much of the question it covers; two accepted entries within a hair of each other are
// both offered.
import type { Faq, FaqEntry } from "./parse.js";
import { TopicMatcher, type Concepts } from "./topics.js";

/** The outcome of matching one question. */
export type FaqMatch =
  | { kind: "none" }
  | { kind: "one"; entry: FaqEntry; score: number; topics: string[] }
  | { kind: "tie"; entries: [FaqEntry, FaqEntry]; topics: string[] };

const TOPIC_WEIGHT = 3;
/** Share of the question an entry must cover to be the answer. */
export const ACCEPT_COVERAGE = 0.5;
/** Between entries covering the question equally, the one about fewer other topics is the more specific. */
const PRECISION_WEIGHT = 0.25;
/** Two entries this close in rank are both offered. */
const TIE_MARGIN = 0.08;

interface Described {
  entry: FaqEntry;
  own: Concepts;
  answer: Concepts;
}

/** Matches questions against one FAQ; built once. */
export class FaqMatcher {
  private readonly described: Described[];

  constructor(
    readonly faq: Faq,
    readonly topics: TopicMatcher = new TopicMatcher(),
  ) {
    this.described = faq.entries.map((entry) => ({
      entry,
      own: merge([entry.question, ...entry.alsoAsked].map((t) => topics.concepts(t))),
      answer: topics.concepts(entry.answer.join(" ")),
    }));
  }

  /** True when the question is on a logistics topic (salary, notice, relocation, remote, visa …). */
  isLogistics(question: string): boolean {
    return [...this.topics.concepts(question).topics].some((t) => this.topics.logistics.has(t));
  }

  match(question: string): FaqMatch {
    const q = this.topics.concepts(question);
    const total = q.topics.size * TOPIC_WEIGHT + q.words.size;
    if (!total) return { kind: "none" };
    const scored = this.described
      .map((d) => ({ entry: d.entry, score: covered(q, d) / total, rank: covered(q, d) / total + PRECISION_WEIGHT * topicPrecision(q, d), topicHit: [...q.topics].some((t) => d.own.topics.has(t)) }))
      .filter((s) => s.score >= ACCEPT_COVERAGE && (s.topicHit || q.topics.size === 0))
      .sort((a, b) => b.rank - a.rank);
    const [best, second] = scored;
    const topics = [...q.topics];
    if (!best) return { kind: "none" };
    if (second && best.rank - second.rank < TIE_MARGIN) return { kind: "tie", entries: [best.entry, second.entry], topics };
    return { kind: "one", entry: best.entry, score: best.score, topics };
  }
}

function covered(q: Concepts, d: Described): number {
  let sum = 0;
  for (const t of q.topics) sum += d.own.topics.has(t) ? TOPIC_WEIGHT : d.answer.topics.has(t) ? TOPIC_WEIGHT / 2 : 0;
  for (const w of q.words) sum += d.own.words.has(w) ? 1 : d.answer.words.has(w) ? 0.5 : 0;
  return sum;
}

/** Share of the entry's own topics that the question is about. */
function topicPrecision(q: Concepts, d: Described): number {
  if (!d.own.topics.size) return 0;
  let hit = 0;
  for (const t of d.own.topics) if (q.topics.has(t)) hit++;
  return hit / d.own.topics.size;
}

function merge(all: Concepts[]): Concepts {
  return { topics: new Set(all.flatMap((c) => [...c.topics])), words: new Set(all.flatMap((c) => [...c.words])) };
}
