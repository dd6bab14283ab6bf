// Ranking passages (sentences and bullets) for a question's terms: the sum of the inverse document
// frequencies of the terms a passage contains, so one rare word ("blockchain") outweighs two common ones
// ("developed", "system"). Ties keep the résumé's order, which is newest job first.
import type { Term } from "./analyze.js";
import type { Passage, SearchIndex } from "./search-index.js";

export interface Hit {
  passage: Passage;
  score: number;
  /** Stems of the terms it contains. */
  matched: string[];
}

export interface PassageQuery {
  terms: Term[];
  /** Only passages for which this holds. */
  where?: (p: Passage) => boolean;
  /** Extra score for a passage (say, one with figures for an "achievements" question). */
  bonus?: (p: Passage) => number;
  limit?: number;
}

const EXPANSION_WEIGHT = 0.8;
/** A verb that phrases the question ("built"): a third of a word that says what ("blockchain"). */
const WEAK_WEIGHT = 0.35;

export function searchPassages(index: SearchIndex, query: PassageQuery): Hit[] {
  const hits: Hit[] = [];
  const terms = query.terms.filter((t) => index.idf(t.stem) > 0);
  if (!terms.length && !query.bonus) return [];
  index.passages.forEach((p) => {
    if (query.where && !query.where(p)) return;
    let score = 0;
    const matched: string[] = [];
    for (const t of terms) {
      if (!p.stems.has(t.stem) || (t.together && !t.together.every((s) => p.stems.has(s)))) continue;
      score += index.idf(t.stem) * (t.expansion ? EXPANSION_WEIGHT : 1) * (t.weak ? WEAK_WEIGHT : 1);
      matched.push(t.stem);
    }
    if (!matched.length && !query.bonus) return;
    if (query.bonus) score += query.bonus(p) * (matched.length ? 1 : 0.5);
    if (score > 0) hits.push({ passage: p, score, matched });
  });
  hits.sort((a, b) => b.score - a.score);
  return hits.slice(0, query.limit ?? 20);
}

/**
 * How much of what the question asked the résumé speaks of, from 0 to 1: each asked word weighs its
 * rarity; a word the résumé never uses weighs as much as the rarest word, so a question about
 * "salary expectations" or "the capital of France" scores 0 however common its other words are.
 */
export function coverage(index: SearchIndex, terms: Term[], unknown: string[], hits: Hit[]): number {
  const asked = terms.filter((t) => !t.expansion);
  const maxIdf = Math.log(1 + index.passages.length);
  const found = new Set(hits.flatMap((h) => h.matched));
  const foundGroups = new Set(terms.filter((t) => t.group && found.has(t.stem)).map((t) => t.group));
  let total = unknown.length * maxIdf;
  let covered = 0;
  for (const t of asked) {
    const idf = index.idf(t.stem);
    const w = idf > 0 ? idf : maxIdf;
    total += w;
    if (!t.inUnknownPhrase && (found.has(t.stem) || (t.group && foundGroups.has(t.group)))) covered += w;
  }
  return total ? covered / total : 0;
}

/** Words that say "a company" or "his work" without saying what: they pick no role. */
const GENERIC = new Set(["company", "companies", "employer", "firm", "job", "role", "position", "work", "worked", "working", "there", "project", "projects"]);

/**
 * Of an employer's roles, the ones the question's own words are about ("the serverless platform he built",
 * "Workato's infrastructure": one of two roles at Workato), best first: each role scores the rarity of the
 * asked words its passages hold, and those within a third of the best stay. All of them, in order, when the
 * question has no such words or none fits.
 */
export function rolesAskedAbout<J>(index: SearchIndex, terms: Term[], jobs: J[]): J[] {
  if (jobs.length < 2) return jobs;
  const asked = terms.filter((t) => !t.expansion && !t.weak && !GENERIC.has(t.token) && index.idf(t.stem) > 0);
  if (!asked.length) return jobs;
  const scored = jobs.map((job, order) => {
    const stems = jobStems(index, job as unknown as object);
    return { job, order, score: asked.reduce((n, t) => n + (stems.has(t.stem) ? index.idf(t.stem) : 0), 0) };
  });
  const best = Math.max(...scored.map((s) => s.score));
  if (best <= 0) return jobs;
  return scored.filter((s) => s.score * 1.5 > best).sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.job);
}

const stemsOfJobs = new WeakMap<SearchIndex, Map<object, Set<string>>>();

/** The stems of every passage of one job, gathered once per index. */
export function jobStems(index: SearchIndex, job: object): ReadonlySet<string> {
  let byJob = stemsOfJobs.get(index);
  if (!byJob) {
    byJob = new Map();
    for (const p of index.passages) {
      if (!p.chunk.job) continue;
      let stems = byJob.get(p.chunk.job);
      if (!stems) byJob.set(p.chunk.job, (stems = new Set()));
      for (const s of p.stems) stems.add(s);
    }
    stemsOfJobs.set(index, byJob);
  }
  return byJob.get(job) ?? EMPTY;
}

const EMPTY: ReadonlySet<string> = new Set();
