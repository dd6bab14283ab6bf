// What a free-text question is after, decided from what it names (technologies, employers, years) and how
// it is phrased (intents.json). The rules below are the precedence, most specific first, each with its
// reason: "Did he use Go at Nimses?" is about Go at Nimses, not about Nimses in general.
import type { ContactKind } from "../knowledge/model.js";
import type { Technology } from "../knowledge/vocabulary.js";
import { claimedYears, FIRST_JOB, isYesNo, STILL } from "../understanding/claims.js";
import type { Period } from "../understanding/periods.js";
import type { QueryAnalysis } from "./analyze.js";
import { escapeRegExp } from "./text.js";
import type { EmployerEntry } from "./search-index.js";
import type { QuestionVocabulary, Topic } from "./vocabulary.js";

/** What a question asks; the composer for each kind is in compose/route.ts. */
export type Intent =
  | { kind: "empty" }
  | { kind: "greeting" }
  | { kind: "thanks" }
  | { kind: "contacts"; channel?: ContactKind }
  | { kind: "education" }
  | { kind: "spokenLanguages" }
  | { kind: "category"; categories: string[] }
  | { kind: "categoryAt"; categories: string[]; employers: EmployerEntry[] }
  | { kind: "year"; years: number[] }
  | { kind: "categoryInYears"; categories: string[]; years: number[] }
  | { kind: "mostInCategory"; category?: string }
  | { kind: "cvFile" }
  | { kind: "timelineFile" }
  | { kind: "mostSenior" }
  | { kind: "employerAbout"; employers: EmployerEntry[] }
  | { kind: "period"; period: Period }
  | { kind: "totalExperience" }
  | { kind: "employerDuration"; employers: EmployerEntry[] }
  | { kind: "current" }
  | { kind: "tech"; techs: Technology[]; employers: EmployerEntry[] }
  | { kind: "roleClaim"; employers: EmployerEntry[]; title: string }
  | { kind: "yearsClaim"; techs: Technology[]; employers: EmployerEntry[]; years: number; more: boolean }
  | { kind: "stillAt"; employers: EmployerEntry[] }
  | { kind: "firstJobClaim"; employers: EmployerEntry[] }
  | { kind: "employerInYear"; employers: EmployerEntry[]; year: number }
  | { kind: "employer"; employers: EmployerEntry[] }
  | { kind: "jobs" }
  | { kind: "location" }
  | { kind: "notEmployer"; name: string }
  | { kind: "skills" }
  | { kind: "skillGroups"; names: string[] }
  | { kind: "firstJob" }
  | { kind: "longestJob"; shortest: boolean }
  | { kind: "projects" }
  | { kind: "jobCount" }
  | { kind: "gaps" }
  | { kind: "techCount" }
  | { kind: "jobCountAround"; employers: EmployerEntry[]; direction: "before" | "after" }
  | { kind: "roleCount"; employers: EmployerEntry[] }
  | { kind: "previousJob" }
  | { kind: "adjacentJob"; employers: EmployerEntry[]; direction: "before" | "after" }
  | { kind: "summary" }
  | { kind: "topic"; topic: Topic }
  | { kind: "logistics"; what: string }
  | { kind: "search"; absentTopic: boolean };

/** Everything a rule may look at. */
export interface ClassifyInput {
  q: QueryAnalysis;
  vocabulary: QuestionVocabulary;
  askedContact: (norm: string) => ContactKind | undefined;
  /** Stems of the words in the candidate's job titles. */
  roleStems: ReadonlySet<string>;
  /** Does the résumé use this word? */
  knows: (word: string) => boolean;
  /** A period the question names ("since 2019"), if any. */
  period?: Period;
  /** Does the résumé list English among the languages spoken (in any language: «Английский — B2»)? */
  listsEnglish?: boolean;
  /** The résumé's own skill groups the question names ("his backend stack?" for a "Backend" group). */
  skillGroups?: (norm: string) => string[];
  /** Is this token a word of the candidate's name? ("Tell me about Alice" is about the candidate.) */
  isName?: (token: string) => boolean;
}

/** One precedence rule: a name, why it stands where it does, and what it decides (or undefined: next rule). */
export interface IntentRule {
  name: string;
  why: string;
  decide: (input: ClassifyInput) => Intent | undefined;
}

const names = (q: QueryAnalysis) => q.techs.length > 0 || q.employers.length > 0;
const is = (i: ClassifyInput, intent: keyof QuestionVocabulary["intents"]) => i.vocabulary.intents[intent].test(i.q.norm);
const categoryWord = (i: ClassifyInput) => (w: string) => i.vocabulary.categoryWords.has(w);
const onlyCategoryWords = (i: ClassifyInput) =>
  i.q.terms.every((t) => t.expansion || categoryWord(i)(t.token)) && i.q.unknown.every(categoryWord(i));
/** Words of a whole career ("years", "industry") or of the trade itself ("programming", "developer", "coding"). */
const CAREER = /^(year|month|experienc|industr|career|total|overal|profession|work|develop|program|cod|engineer|softwar)/;
const careerWord = (i: ClassifyInput) => (t: { stem: string; expansion: boolean }) => t.expansion || i.roleStems.has(t.stem) || CAREER.test(t.stem);
const presentWord = (w: string) => /^(now|current|present|today|day|moment|nowaday|latest|recent|still|right|doing|do|living)/.test(w);
const roleWord = (w: string) => /^(title|position|role|rank|senior|level|current|team|job)/.test(w);
const aboutJobs = (t: { stem: string; expansion: boolean }) =>
  t.expansion || /^(compan|employ|work|job|position|role|place|previous|past|former|list|all|career)/.test(t.stem);

/** "Did he work at Google?": the name after "work at", when no employer is named. */
function notEmployerName(i: ClassifyInput): string | undefined {
  const { q } = i;
  const employment = i.vocabulary.intents.employment.exec(q.norm);
  if (!employment || q.employers.length || q.years.length) return undefined;
  const name = q.norm.slice(employment.index + employment[0].length).split(/[?.!,;]| (?:in|with|as|during|from|and|or|on|since|before|after)\b/)[0]!.trim();
  if (!name || name.split(" ").length > 4) return undefined;
  // "that company", "the same firm", "his current employer": they point at a company, they name none.
  if (/^(?:that|this|the|his|her|their|same|current|previous|last|latest|new|a|an|one|)\s*(?:same |current |previous |last |first )?(?:company|companies|employer|firm|place|job|team|startup|one)$/.test(name)) return undefined;
  // "the longest", "the most languages", "all of them": what follows "work at" ranks or counts, it names no company.
  if (["longest", "mostJob", "count"].some((r) => i.vocabulary.intents[r as "longest"].test(name)) || name.split(" ").every((w) => i.vocabulary.stopwords.has(w))) return undefined;
  // Shown as the question wrote it ("Google", not "google").
  return new RegExp(escapeRegExp(name).replace(/ /g, "\\s+"), "i").exec(q.raw)?.[0] ?? name;
}

function contactsRule(i: ClassifyInput): Intent | undefined {
  // "Does he know Telegram bots?" is about a skill, not about his Telegram handle.
  if (!is(i, "contacts") || i.q.techs.length || is(i, "education") || is(i, "usage")) return undefined;
  const channel = i.askedContact(i.q.norm);
  // "a Telegram-like messenger", "similar to Twitter": the channel names a kind of product, not his account.
  if (channel && new RegExp(`\\b${channel}[- ]like\\b|\\b(like|similar to|such as) ${channel}\\b`).test(i.q.norm)) return undefined;
  // "github" alone is a contact question; "open source on github" is not (topics handle it).
  const oss = i.vocabulary.topics.some((t) => t.name === "oss");
  if (oss && channel === "github" && /\b(contribut|open.?source|oss|projects?|repos?)/.test(i.q.norm)) return undefined;
  return { kind: "contacts", channel };
}

/** "how many", "number of": a question that wants a count. */
export const HOW_MANY = /\b(how many|number of)\b/;

/** The precedence, most specific first. */
export const INTENT_RULES: IntentRule[] = [
  { name: "empty", why: "nothing to answer", decide: (i) => (i.q.tokens.length ? undefined : { kind: "empty" }) },
  { name: "greeting", why: "a whole-message pattern", decide: (i) => (is(i, "greeting") ? { kind: "greeting" } : undefined) },
  { name: "thanks", why: "a whole-message pattern", decide: (i) => (is(i, "thanks") ? { kind: "thanks" } : undefined) },
  { name: "timelineFile", why: "\"timeline?\", \"show me his career timeline\": the picture, as /timeline sends it", decide: (i) => (is(i, "timelineFile") ? { kind: "timelineFile" } : undefined) },
  { name: "cvFile", why: "\"cv?\", \"send me his resume\": the file, as /cv sends it", decide: (i) => (is(i, "cvFile") ? { kind: "cvFile" } : undefined) },
  {
    name: "logistics",
    why: "salary, notice, relocation, why he left: only the candidate can say, whatever else is named",
    decide: (i) => {
      const what = i.vocabulary.intents.logistics.exec(i.q.norm)?.groups?.what;
      // "Has he worked remotely?" is answerable when the résumé itself says "remote".
      if (!what || (!what.includes(" ") && i.knows(what))) return undefined;
      // "What is her English level?" when the résumé lists the languages she speaks: that list answers it.
      return /english/.test(what) && (i.listsEnglish ?? i.knows("english")) ? { kind: "spokenLanguages" } : { kind: "logistics", what };
    },
  },
  { name: "location", why: "\"where is he based\" names nothing else", decide: (i) => (is(i, "location") && !names(i.q) ? { kind: "location" } : undefined) },
  {
    name: "notEmployer",
    why: "a company that is not among the employers, whatever else it is",
    decide: (i) => {
      const name = notEmployerName(i);
      return name ? { kind: "notEmployer", name } : undefined;
    },
  },
  { name: "contacts", why: "a channel named without a technology", decide: contactsRule },
  { name: "education", why: "study words without a job or technology", decide: (i) => (is(i, "education") && !names(i.q) ? { kind: "education" } : undefined) },
  { name: "spokenLanguages", why: "human languages are not technologies", decide: (i) => (is(i, "spokenLanguages") && !i.q.techs.length ? { kind: "spokenLanguages" } : undefined) },
  {
    name: "roleClaim",
    why: "\"Was he the CTO at Nimses?\" wants a yes or no about the title before any details",
    decide: (i) => {
      const m = i.vocabulary.intents.roleClaim.exec(i.q.norm);
      // "Did he lead a team at ScyllaDB?" checks the titles for a lead, as "Was he a team lead there?" does.
      const title = m?.groups?.title?.trim() ?? (m?.groups?.led ? "lead" : undefined);
      // No employer named ("Was he ever a CTO?"): every job is checked.
      return title && !i.q.techs.length ? { kind: "roleClaim", employers: i.q.employers, title } : undefined;
    },
  },
  {
    name: "yearsClaim",
    why: "\"Has he used Java for 10 years?\" checks a figure: the verdict before the facts",
    decide: (i) => {
      const claim = isYesNo(i.q.norm) && (i.q.techs.length || i.q.employers.length) ? claimedYears(i.q.norm) : undefined;
      return claim ? { kind: "yearsClaim", techs: i.q.techs, employers: i.q.employers, ...claim } : undefined;
    },
  },
  {
    name: "stillAt",
    why: "\"Is he still at ScyllaDB?\", \"Is Workato his current employer?\": does that job go on",
    decide: (i) => (i.q.employers.length && !i.q.techs.length && STILL.test(i.q.norm) && (isYesNo(i.q.norm) || /^(?:(?:he|she|they|is he|is she) )?still\b/.test(i.q.norm)) ? { kind: "stillAt", employers: i.q.employers } : undefined),
  },
  {
    name: "firstJobClaim",
    why: "\"Was Nimses his first job?\" names an employer to check against the first job",
    decide: (i) => (i.q.employers.length && !i.q.techs.length && isYesNo(i.q.norm) && FIRST_JOB.test(i.q.norm) ? { kind: "firstJobClaim", employers: i.q.employers } : undefined),
  },
  {
    name: "employerInYear",
    why: "\"Did he work at Nimses in 2020?\": yes or no for that employer, then where he was that year",
    decide: (i) =>
      i.q.employers.length && !i.q.techs.length && i.q.years.length === 1 && !i.period && isYesNo(i.q.norm) ? { kind: "employerInYear", employers: i.q.employers, year: i.q.years[0]! } : undefined,
  },
  { name: "period", why: "\"since 2019\" is a span, not one year", decide: (i) => (i.period && !i.q.techs.length && !i.q.employers.length ? { kind: "period", period: i.period } : undefined) },
  {
    name: "categoryInYears",
    why: "\"which technologies did he use in 2016?\": the stack of the jobs of that year, not where he was",
    decide: (i) => ((is(i, "stack") || i.q.categories.length) && i.q.years.length && !i.q.techs.length && !i.q.employers.length ? { kind: "categoryInYears", categories: i.q.categories, years: i.q.years } : undefined),
  },
  {
    name: "stackNow",
    why: "\"his current stack?\": the technologies of the current job, not every one he ever used",
    decide: (i) => ((is(i, "stack") || i.q.categories.length) && i.q.tokens.some((t) => t === "current" || t === "now" || t === "currently") && !names(i.q) ? { kind: "categoryInYears", categories: i.q.categories, years: [] } : undefined),
  },
  { name: "year", why: "a year without a technology asks where he was then", decide: (i) => (i.q.years.length && !i.q.techs.length ? { kind: "year", years: i.q.years } : undefined) },
  {
    name: "categoryAt",
    why: "\"which languages did he use at Exit Games?\": one job's technologies of a kind",
    decide: (i) => (i.q.categories.length && i.q.employers.length && !i.q.techs.length ? { kind: "categoryAt", categories: i.q.categories, employers: i.q.employers } : undefined),
  },
  {
    name: "stackAt",
    why: "\"which technologies did he use at Nimses?\": that job's whole stack, not its story",
    decide: (i) => (is(i, "stack") && i.q.employers.length && !i.q.techs.length && !is(i, "duration") ? { kind: "categoryAt", categories: [], employers: i.q.employers } : undefined),
  },
  { name: "mostSenior", why: "\"most senior title?\" names no employer: the highest title of all jobs", decide: (i) => (!names(i.q) && is(i, "mostSenior") ? { kind: "mostSenior" } : undefined) },
  {
    name: "mostInCategory",
    why: "\"Which job used the most languages?\": the job with the most of the kind, not the kind's list",
    decide: (i) => (i.q.categories.length && !names(i.q) && is(i, "mostJob") ? { kind: "mostInCategory", category: i.q.categories[0]! } : undefined),
  },
  {
    name: "mostTechnologies",
    why: "\"Which job had the most technologies?\": every kind counted, the biggest stack",
    decide: (i) => (!names(i.q) && is(i, "mostJob") && /\b(technolog\w*|techs?|tools|stack)\b/.test(i.q.norm) ? { kind: "mostInCategory" } : undefined),
  },
  {
    name: "mostUsed",
    why: "\"Which language has he used the longest?\": the category, most used first",
    decide: (i) => (is(i, "longest") && i.q.categories.length && !names(i.q) ? { kind: "category", categories: i.q.categories } : undefined),
  },
  { name: "gaps", why: "\"Any gaps in his employment?\" is computed from the dated jobs, not searched", decide: (i) => (is(i, "gaps") && !names(i.q) ? { kind: "gaps" } : undefined) },
  {
    name: "techCount",
    why: "\"How many technologies does he list?\" asks for a number, not for the résumé's passages on technology",
    decide: (i) => (HOW_MANY.test(i.q.norm) && !names(i.q) && !i.q.categories.length && /\b(technolog\w*|techs?|tools|skills|frameworks)\b/.test(i.q.norm) ? { kind: "techCount" } : undefined),
  },
  {
    name: "jobCountAround",
    why: "\"How many companies before Workato?\" counts the jobs on one side of that employer, not its roles",
    decide: (i) =>
      is(i, "count") && i.q.employers.length && !i.q.techs.length && /\b(before|after|prior to|since|until)\b/.test(i.q.norm)
        ? { kind: "jobCountAround", employers: i.q.employers, direction: /\b(after|since)\b/.test(i.q.norm) ? "after" : "before" }
        : undefined,
  },
  {
    name: "roleCount",
    why: "\"How many roles did he have at Workato?\" counts that employer's jobs",
    decide: (i) =>
      // "How many companies before Workato?" names an employer but counts companies: not this.
      is(i, "count") && i.q.employers.length && !i.q.techs.length && !i.q.years.length && /\b(roles?|positions?|titles?|jobs?)\b/.test(i.q.norm)
        ? { kind: "roleCount", employers: i.q.employers }
        : undefined,
  },
  { name: "jobCount", why: "\"How many companies?\" asks for a number, then the list", decide: (i) => (is(i, "count") && !names(i.q) && !i.q.years.length ? { kind: "jobCount" } : undefined) },
  {
    name: "projects",
    why: "\"what projects has he done?\" names no job: each job's projects, as the résumé lists them",
    decide: (i) => (is(i, "projectList") && !names(i.q) && !i.q.categories.length ? { kind: "projects" } : undefined),
  },
  {
    name: "longestJob",
    why: "\"Where did he stay longest?\" names no employer and no technology",
    decide: (i) => (is(i, "longest") && !names(i.q) && !i.q.categories.length ? { kind: "longestJob", shortest: /\bshortest\b/.test(i.q.norm) } : undefined),
  },
  {
    name: "category",
    why: "\"Which databases?\" is a category question; \"cloud migration\" is about the migration",
    decide: (i) => (i.q.categories.length && !names(i.q) && onlyCategoryWords(i) ? { kind: "category", categories: i.q.categories } : undefined),
  },
  {
    name: "adjacentJob",
    why: "\"before Workato\" asks for the neighbouring job",
    decide: (i) =>
      i.q.employers.length && !i.q.techs.length && is(i, "adjacent")
        ? { kind: "adjacentJob", employers: i.q.employers, direction: /\b(after|following|next|afterwards|later)\b/.test(i.q.norm) ? "after" : "before" }
        : undefined,
  },
  { name: "employerDuration", why: "\"how long at ScyllaDB\"", decide: (i) => (is(i, "duration") && i.q.employers.length && !i.q.techs.length ? { kind: "employerDuration", employers: i.q.employers } : undefined) },
  { name: "totalExperience", why: "\"how long in total\" names nothing", decide: (i) => (is(i, "duration") && !names(i.q) && is(i, "total") ? { kind: "totalExperience" } : undefined) },
  { name: "tech", why: "a named technology is the subject, at an employer when one is named", decide: (i) => (i.q.techs.length ? { kind: "tech", techs: i.q.techs, employers: i.q.employers } : undefined) },
  {
    name: "employerAbout",
    why: "\"what does that company do?\": the company's own description, not the job's story",
    decide: (i) => (i.q.employers.length && !i.q.techs.length && is(i, "companyWhat") ? { kind: "employerAbout", employers: i.q.employers } : undefined),
  },
  { name: "employer", why: "a named employer is the subject", decide: (i) => (i.q.employers.length ? { kind: "employer", employers: i.q.employers } : undefined) },
  {
    name: "careerDuration",
    why: "\"How long has he been a software engineer?\": words from his titles ask for the whole career",
    decide: (i) => (is(i, "duration") && i.q.unknown.every((w) => CAREER.test(w)) && i.q.terms.every(careerWord(i)) ? { kind: "totalExperience" } : undefined),
  },
  { name: "firstJob", why: "\"first job\" names no employer", decide: (i) => (!names(i.q) && is(i, "first") ? { kind: "firstJob" } : undefined) },
  { name: "previousJob", why: "\"previous job\" names no employer", decide: (i) => (!names(i.q) && is(i, "previous") ? { kind: "previousJob" } : undefined) },
  { name: "current", why: "the present and work or a role", decide: (i) => (is(i, "current") && (is(i, "work") || is(i, "role")) ? { kind: "current" } : undefined) },
  {
    name: "presentOnly",
    why: "\"What does he do now?\": nothing asked but the present",
    decide: (i) =>
      is(i, "current") && i.q.unknown.every(presentWord) && i.q.terms.every((t) => t.expansion || presentWord(t.stem)) ? { kind: "current" } : undefined,
  },
  {
    name: "skillGroup",
    why: "\"his backend stack?\": a group the résumé itself names answers it, as the résumé lists it",
    decide: (i) => {
      if (names(i.q) || !(is(i, "skills") || is(i, "stack") || /\bskills?\b/.test(i.q.norm))) return undefined;
      const groups = i.skillGroups?.(i.q.norm) ?? [];
      return groups.length ? { kind: "skillGroups", names: groups } : undefined;
    },
  },
  { name: "skills", why: "\"main skills\", \"stack?\"", decide: (i) => (!names(i.q) && is(i, "skills") ? { kind: "skills" } : undefined) },
  { name: "experienceList", why: "\"experience?\", \"his work history\": the list of jobs", decide: (i) => (!names(i.q) && !i.q.years.length && is(i, "experienceList") ? { kind: "jobs" } : undefined) },
  {
    name: "roleOnly",
    why: "\"what is his title?\" asks for the current role",
    decide: (i) => (is(i, "role") && i.q.unknown.every(roleWord) && i.q.terms.every((t) => roleWord(t.stem)) ? { kind: "current" } : undefined),
  },
  {
    name: "summaryOrTopic",
    why: "a topic (talks, open source) is more specific than \"about him\"",
    decide: (i) => {
      const topic = i.vocabulary.topics.find((t) => t.trigger.test(i.q.norm));
      if (topic) return { kind: "topic", topic };
      return is(i, "summary") ? { kind: "summary" } : undefined;
    },
  },
  {
    name: "jobs",
    why: "\"Where has he worked?\", \"Which companies?\": the list of jobs",
    decide: (i) => (is(i, "work") && !i.q.unknown.length && i.q.terms.every(aboutJobs) ? { kind: "jobs" } : undefined),
  },
  {
    name: "candidateNamed",
    why: "\"Tell me about Alice\", \"Alice?\": the candidate's name and nothing else asks who the candidate is",
    decide: (i) => (i.isName && i.q.tokens.some(i.isName) && !names(i.q) && !i.q.years.length && !i.q.terms.length && !i.q.unknown.length ? { kind: "summary" } : undefined),
  },
];

/** The first rule that decides; otherwise a passage search. */
export function classify(input: ClassifyInput): Intent {
  for (const rule of INTENT_RULES) {
    const intent = rule.decide(input);
    if (intent) return intent;
  }
  return { kind: "search", absentTopic: is(input, "absent") };
}
