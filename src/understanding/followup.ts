// Follow-ups: a question that names no subject of its own ("how long was he there?", "where?", "the third
// one") takes the subject of the conversation. A question that names its own subject ignores it.
import type { SectionName } from "../answer/types.js";
import type { Conversation } from "../conversation/conversation.js";
import type { Technology } from "../knowledge/vocabulary.js";
import type { QueryAnalysis } from "../search/analyze.js";
import type { EmployerEntry, SearchIndex } from "../search/search-index.js";
import { normalize } from "../search/text.js";
import type { Period } from "./periods.js";

/** What a follow-up resolves to: the question with the conversation's subject, or a job picked from a list. */
export interface Resolved {
  q: QueryAnalysis;
  /** "the third one" after a list: that job's id. */
  pick?: string;
  /** "what subject?" after the education section: that section again, for this question. */
  section?: SectionName;
  /** The question leaned on the conversation. */
  followUp: boolean;
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
};

/** Does the question name a subject of its own (a technology, an employer, a time)? */
function ownSubject(q: QueryAnalysis, period: Period | undefined): boolean {
  return q.techs.length > 0 || q.employers.length > 0 || q.years.length > 0 || period !== undefined;
}

/** "the third one", "number 2", "the last one": a position (from 1) among `count` things last shown. */
function position(q: QueryAnalysis, count: number): number | undefined {
  const words = q.tokens;
  // "the fourth" points as "the fourth one" does ("the last" does not: "the last job" is the newest).
  const pointer = words.some((w, i) => w === "one" || w === "item" || w === "entry" || w === "number" || (w === "the" && words[i + 1]! in ORDINALS)) || words.length <= 3;
  if (!pointer) return undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const n = w === "last" ? count : ORDINALS[w] ?? (words[i - 1] === "number" && /^\d+$/.test(w) ? Number(w) : undefined);
    if (n !== undefined) return n >= 1 && n <= count ? n : undefined;
  }
  return undefined;
}

/** "the second one" after "Rust and Go?": that technology, asked again on its own. */
function pickTech(q: QueryAnalysis, conversation: Conversation, index: SearchIndex): Resolved | undefined {
  const names = conversation.focus === "techs" ? (conversation.techs ?? []) : [];
  const n = names.length > 1 ? position(q, names.length) : undefined;
  const techs = n ? techsNamed([names[n - 1]!], index) : [];
  if (!techs.length) return undefined;
  // "second", "one" point; they are not words the answer should say the résumé lacks.
  const pointing = (w: string) => POINTING.has(w) || w in ORDINALS || /^\d+$/.test(w);
  return { q: { ...q, techs, unknown: q.unknown.filter((w) => !pointing(w)), terms: q.terms.filter((t) => !pointing(t.token)) }, followUp: true };
}

/** Words that point into a list rather than ask about something. */
const POINTING = new Set(["one", "item", "entry", "number", "last", "the"]);

/** Does the question lean on what came before: a referring word, or only question words? */
function leans(q: QueryAnalysis, index: SearchIndex): boolean {
  const { refer, ellipsis, total, experienceList } = index.vocabulary.intents;
  if (refer.test(q.norm)) return true;
  // "yoe?", "years of experience overall?": the whole career, whatever was talked about last.
  if (total.test(q.norm) && /\b(years?|experience|long)\b/.test(q.norm)) return false;
  // "what is his (work) experience?" is the job list even right after a technology ("experience?" alone may be with it).
  if (experienceList.test(q.norm) && /\b(his|her|their|work|professional|career|employment)\b/.test(q.norm)) return false;
  const content = q.tokens.filter((t) => !index.vocabulary.stopwords.has(t));
  // "first use?", "first used when?": a first use is of the technology talked about ("first job?" is not).
  const firstUse = (t: string) => t === "first" && q.tokens.some((c) => /^us(e|ed|ing)$/.test(c));
  return q.tokens.length <= 7 && content.every((t) => ellipsis.test(t) || firstUse(t));
}

/** The employers that hold these jobs, in the index's order. */
function employersOf(jobIds: string[], index: SearchIndex): EmployerEntry[] {
  return index.employers.filter((e) => e.jobs.some((j) => jobIds.includes(j.id)));
}

function techsNamed(names: string[], index: SearchIndex): Technology[] {
  return names.map((n) => index.techByKey.get(normalize(n))).filter((t): t is Technology => t !== undefined);
}

/** The question resolved against the conversation; unchanged when it stands on its own. */
export function resolveFollowUp(q: QueryAnalysis, conversation: Conversation, index: SearchIndex, period: Period | undefined): Resolved {
  const alone: Resolved = { q, followUp: false };
  if (ownSubject(q, period) || !q.tokens.length) return alone;
  if (conversation.list?.length) {
    const n = position(q, conversation.list.length);
    if (n) return { q, pick: conversation.list[n - 1]!, followUp: true };
  }
  const tech = pickTech(q, conversation, index);
  if (tech) return tech;
  if (!leans(q, index)) return alone;
  switch (conversation.focus) {
    case "techs": {
      // "how long was he there?", "the job after?" after a technology: the job(s) it was used at, not the technology.
      const employers = index.vocabulary.intents.referJob.test(q.norm) ? employersOf(conversation.jobs ?? [], index) : [];
      if (employers.length) return { q: { ...q, employers }, followUp: true };
      const techs = techsNamed(conversation.techs ?? [], index);
      return techs.length ? { q: { ...q, techs }, followUp: true } : alone;
    }
    case "jobs": {
      const employers = employersOf(conversation.jobs ?? [], index);
      return employers.length ? { q: { ...q, employers }, followUp: true } : alone;
    }
    case "section":
      return conversation.section ? { q, section: conversation.section, followUp: true } : alone;
    default:
      return beforeNow(q, index) ?? alone;
  }
}

/**
 * "What did he do before?" with nothing talked about yet: before now, i.e. before the newest job. Only a
 * short question that asks nothing but "before" (a technology, a year or an employer would be its subject).
 */
function beforeNow(q: QueryAnalysis, index: SearchIndex): Resolved | undefined {
  if (q.tokens.length > 7 || !/\b(before|previously|prior|earlier)\b/.test(q.norm) || !index.vocabulary.intents.adjacent.test(q.norm)) return undefined;
  const newest = index.knowledge.resume.experience[0];
  const employers = newest ? employersOf([newest.id], index) : [];
  return employers.length ? { q: { ...q, employers }, followUp: false } : undefined;
}
