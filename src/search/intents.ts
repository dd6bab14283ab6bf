// What a free-text question is after, decided from what it names (technologies, employers, years)
// and how it is phrased (intents.json). The order below is the precedence, most specific first:
// "Did he use Go at Nimses?" is about Go at Nimses, not about Nimses in general.
import type { ContactKind } from "../knowledge/model.js";
import type { Technology } from "../knowledge/vocabulary.js";
import type { QueryAnalysis } from "./analyze.js";
import { escapeRegExp } from "./text.js";
import type { EmployerEntry } from "./search-index.js";
import type { QuestionVocabulary, Topic } from "./vocabulary.js";

export type Intent =
  | { kind: "empty" }
  | { kind: "greeting" }
  | { kind: "thanks" }
  | { kind: "contacts"; channel?: ContactKind }
  | { kind: "education" }
  | { kind: "spokenLanguages" }
  | { kind: "category"; categories: string[] }
  | { kind: "year"; years: number[] }
  | { kind: "totalExperience" }
  | { kind: "employerDuration"; employers: EmployerEntry[] }
  | { kind: "current" }
  | { kind: "tech"; techs: Technology[]; employers: EmployerEntry[] }
  | { kind: "employer"; employers: EmployerEntry[] }
  | { kind: "jobs" }
  | { kind: "location" }
  | { kind: "notEmployer"; name: string }
  | { kind: "skills" }
  | { kind: "firstJob" }
  | { kind: "previousJob" }
  | { kind: "adjacentJob"; employers: EmployerEntry[]; direction: "before" | "after" }
  | { kind: "summary" }
  | { kind: "topic"; topic: Topic }
  | { kind: "search"; absentTopic: boolean };

export function classify(
  q: QueryAnalysis,
  vocabulary: QuestionVocabulary,
  askedContact: (norm: string) => ContactKind | undefined,
  roleStems: ReadonlySet<string> = new Set(),
): Intent {
  const { intents } = vocabulary;
  const text = q.norm;
  if (!q.tokens.length) return { kind: "empty" };
  if (intents.greeting.test(text)) return { kind: "greeting" };
  if (intents.thanks.test(text)) return { kind: "thanks" };

  const names = q.techs.length > 0 || q.employers.length > 0;
  if (intents.location.test(text) && !names) return { kind: "location" };
  // "Did he work at Google?": a company that is not among the employers, whatever else it is.
  const employment = intents.employment.exec(text);
  if (employment && !q.employers.length) {
    const name = text.slice(employment.index + employment[0].length).split(/[?.!,;]| (?:in|with|as|during|from|and|or|on|since|before|after)\b/)[0]!.trim();
    // Shown as the question wrote it ("Google", not "google").
    const written = new RegExp(escapeRegExp(name).replace(/ /g, "\\s+"), "i").exec(q.raw)?.[0] ?? name;
    if (name && name.split(" ").length <= 4 && !q.years.length) return { kind: "notEmployer", name: written };
  }
  // "Does he know Telegram bots?" is about a skill, not about his Telegram handle.
  if (intents.contacts.test(text) && !q.techs.length && !intents.education.test(text) && !intents.usage.test(text)) {
    // "github" alone is a contact question; "open source on github" is not (topics below handle it).
    const channel = askedContact(text);
    const oss = vocabulary.topics.find((t) => t.name === "oss");
    if (!(oss && /\b(contribut|open.?source|oss|projects?|repos?)/.test(text) && channel === "github")) return { kind: "contacts", channel };
  }
  if (intents.education.test(text) && !names) return { kind: "education" };
  if (intents.spokenLanguages.test(text) && !q.techs.length) return { kind: "spokenLanguages" };
  if (q.years.length && !q.techs.length) return { kind: "year", years: q.years };
  // "Which databases?" is a category question; "cloud migration" is about the migration.
  const categoryWord = (w: string) => vocabulary.categoryWords.has(w);
  const onlyCategoryWords = q.terms.every((t) => t.expansion || categoryWord(t.token)) && q.unknown.every(categoryWord);
  if (q.categories.length && !q.techs.length && !q.employers.length && onlyCategoryWords) return { kind: "category", categories: q.categories };
  if (q.employers.length && !q.techs.length && intents.adjacent.test(text)) {
    return { kind: "adjacentJob", employers: q.employers, direction: /\b(after|following)\b/.test(text) ? "after" : "before" };
  }

  const duration = intents.duration.test(text);
  if (duration && q.employers.length && !q.techs.length) return { kind: "employerDuration", employers: q.employers };
  if (duration && !names && intents.total.test(text)) return { kind: "totalExperience" };
  if (q.techs.length) return { kind: "tech", techs: q.techs, employers: q.employers };
  if (q.employers.length) return { kind: "employer", employers: q.employers };
  // "How long has he been a software engineer?": words from his job titles ask for the whole career.
  const careerWord = (t: { stem: string; expansion: boolean }) =>
    t.expansion || roleStems.has(t.stem) || /^(year|month|experienc|industr|career|total|overal|profession)/.test(t.stem);
  if (duration && !q.unknown.length && q.terms.every(careerWord)) return { kind: "totalExperience" };
  if (!names && intents.first.test(text)) return { kind: "firstJob" };
  if (!names && intents.previous.test(text)) return { kind: "previousJob" };
  if (intents.current.test(text) && (intents.work.test(text) || intents.role.test(text))) return { kind: "current" };
  // "What does he do now?", "What is he doing these days?": nothing asked but the present.
  const presentWord = (w: string) => /^(now|current|present|today|day|moment|nowaday|latest|recent|still|right|doing|do)/.test(w);
  if (intents.current.test(text) && q.unknown.every(presentWord) && q.terms.every((t) => t.expansion || presentWord(t.stem))) {
    return { kind: "current" };
  }
  if (!names && intents.skills.test(text)) return { kind: "skills" };
  const roleWord = (w: string) => /^(title|position|role|rank|senior|level|current|team|job)/.test(w);
  if (intents.role.test(text) && q.unknown.every(roleWord) && q.terms.every((t) => roleWord(t.stem))) {
    return { kind: "current" };
  }

  const topic = vocabulary.topics.find((t) => t.trigger.test(text));
  if (intents.summary.test(text) && !topic) return { kind: "summary" };
  if (topic) return { kind: "topic", topic };
  const aboutJobs = (t: { stem: string; expansion: boolean }) => t.expansion || /^(compan|employ|work|job|position|role|place|previous|past|former|list|all|career)/.test(t.stem);
  if (intents.work.test(text) && !q.unknown.length && q.terms.every(aboutJobs)) {
    // "Where has he worked?", "Which companies?": the list of jobs.
    return { kind: "jobs" };
  }
  return { kind: "search", absentTopic: intents.absent.test(text) };
}
