// A question, understood, → an answer: analyse, resolve against the conversation, classify, compose.
// Each intent has one small composer in the table below.
import { askedSections, sectionsAnswer } from "../answer/sections.js";
import type { AnswerContext } from "../answer/context.js";
import { currentJob, employerAnswer, projectsAnswer, gapsAnswer, jobCount, jobCountAround, roleCount, longestJob, employerDuration, experienceList, jobButton, jobDetails, jobSummaryLines, notEmployer, totalExperience, yearAnswer } from "../answer/jobs.js";
import { askedContactKind, contacts, education, greeting, location, spokenLanguages, summary } from "../answer/profile.js";
import { answer, message, text, withLeadLines } from "../answer/rich.js";
import { noFigure, notFound, passagesAnswer, statesQuantity } from "../answer/search.js";
import { askedSkillGroups, categoryAnswer, techCountAnswer, listedInCategories, skillGroupsAnswer, skillsOverview, techAnswer, techUseLine } from "../answer/tech.js";
import type { Answer, MediaKind } from "../answer/types.js";
import type { Conversation, Subject } from "../conversation/conversation.js";
import type { Knowledge } from "../knowledge/load.js";
import type { Job } from "../knowledge/model.js";
import { analyzeQuery, type QueryAnalysis, type Term } from "../search/analyze.js";
import { classify, HOW_MANY, type Intent } from "../search/intents.js";
import { coverage, rolesAskedAbout, searchPassages } from "../search/passages.js";
import type { Passage, SearchIndex } from "../search/search-index.js";
import type { Topic } from "../search/vocabulary.js";
import { normalize, stem, tokenize } from "../search/text.js";
import { resolveFollowUp } from "../understanding/followup.js";
import { expandShorthand, withSectionWordsSpelt } from "../understanding/spelling.js";
import { askedPeriod, askedSeason } from "../understanding/periods.js";
import { employerInYearAnswer, firstJobClaimAnswer, stillAtAnswer, yearsClaimAnswer } from "./claims.js";
import { categoryAtAnswer, categoryInYearsAnswer, employerAboutAnswer, logisticsAnswer, mostInCategoryAnswer, mostSeniorAnswer, periodAnswer, roleClaimAnswer } from "./shapes.js";
import { sectionAnswer } from "./sections.js";

/** What the engine builds once per résumé. */
export interface Core {
  knowledge: Knowledge;
  index: SearchIndex;
  roleStems: ReadonlySet<string>;
  /** Does the résumé list English among the languages spoken? A fact of the résumé: worked out once. */
  listsEnglish: boolean;
}

/** An answer and the subject it leaves for the next turn. */
export interface Composed {
  answer: Answer;
  subject: Subject;
}

interface Env {
  core: Core;
  q: QueryAnalysis;
  ctx: AnswerContext;
}
type Composer<K extends Intent["kind"]> = (intent: Extract<Intent, { kind: K }>, env: Env) => Answer;
type ComposerTable = { [K in Intent["kind"]]: Composer<K> };

const COMPOSERS: ComposerTable = {
  empty: (_, { ctx }) => answer("empty", false, [], message([[text(ctx.words.empty)]])),
  greeting: (_, { ctx }) => greeting(ctx),
  thanks: (_, { ctx }) => answer("thanks", true, [], message([[text(ctx.words.thanks)]])),
  contacts: (i, { ctx }) => contacts(ctx, i.channel),
  education: (_, { ctx, q }) => education(ctx, q.norm, ctx.typed ?? q.raw),
  location: (_, { ctx }) => location(ctx),
  notEmployer: (i, { ctx }) => notEmployer(i.name, ctx),
  spokenLanguages: (_, { ctx }) => spokenLanguages(ctx),
  category: (i, { ctx, q }) => categoryAnswer(i.categories, ctx, HOW_MANY.test(q.norm)),
  techCount: (_, { ctx }) => techCountAnswer(ctx),
  categoryAt: (i, { ctx }) => categoryAtAnswer(i.categories, i.employers, ctx),
  year: (i, { q, ctx }) => yearAnswer(i.years, ctx, askedSeason(q.norm)),
  categoryInYears: (i, { ctx }) => categoryInYearsAnswer(i.categories, i.years, ctx),
  mostInCategory: (i, { ctx }) => mostInCategoryAnswer(i.category, ctx),
  cvFile: (_, { core, ctx }) => media(core, "cv", ctx),
  timelineFile: (_, { core, ctx }) => media(core, "timeline", ctx),
  mostSenior: (_, { ctx }) => mostSeniorAnswer(ctx),
  employerAbout: (i, { ctx }) => employerAboutAnswer(i.employers, ctx),
  period: (i, { ctx }) => periodAnswer(i.period, ctx),
  totalExperience: (_, { ctx }) => totalExperience(ctx),
  employerDuration: (i, { ctx }) => employerDuration(i.employers, ctx),
  current: (_, { ctx }) => currentJob(ctx),
  tech: (i, env) => techWithExtra(i, env),
  roleClaim: (i, { ctx }) => roleClaimAnswer(i.employers, i.title, ctx),
  yearsClaim: (i, { ctx }) => yearsClaimAnswer(i.techs, i.employers, i, ctx),
  stillAt: (i, { ctx }) => stillAtAnswer(i.employers, ctx),
  firstJobClaim: (i, { ctx }) => firstJobClaimAnswer(i.employers, ctx),
  employerInYear: (i, { ctx }) => employerInYearAnswer(i.employers, i.year, ctx),
  employer: (i, { core, q, ctx }) => employerAnswer(i.employers, ctx, (jobs) => rolesAskedAbout(core.index, q.terms, jobs)),
  jobs: (_, { ctx }) => experienceList(ctx),
  skills: (_, { ctx }) => skillsOverview(ctx),
  skillGroups: (i, { ctx }) => skillGroupsAnswer(i.names, ctx),
  longestJob: (i, { ctx }) => longestJob(i.shortest, ctx),
  projects: (_, env) => projectsAnswer(env.ctx) ?? searchAnswer({ kind: "search", absentTopic: false }, env),
  jobCount: (_, { ctx }) => jobCount(ctx),
  gaps: (_, { ctx }) => gapsAnswer(ctx),
  jobCountAround: (i, { ctx }) => jobCountAround(i.employers, i.direction, ctx),
  roleCount: (i, { ctx }) => roleCount(i.employers, ctx),
  firstJob: (_, env) => jobAt(env, (jobs) => jobs[jobs.length - 1], env.ctx.words.firstJobLead),
  previousJob: (_, env) => jobAt(env, (jobs) => previousJob(jobs, env.q), env.ctx.words.previousJobLead),
  adjacentJob: (i, env) => adjacent(i, env),
  summary: (_, { ctx }) => summary(ctx),
  topic: (i, env) => topicAnswer(i, env),
  logistics: (i, { ctx, q }) => logisticsAnswer(i.what, ctx, q.employers),
  search: (i, env) => searchAnswer(i, env),
};

/** "Does he have AWS certification?": what the question adds beyond the technology, if the résumé lacks it, first. */
function techWithExtra(intent: Extract<Intent, { kind: "tech" }>, { core, q, ctx }: Env): Answer {
  const { vocabulary } = core.index;
  const a = withUseLines(techAnswer(intent.techs, intent.employers, ctx), intent, q, core, ctx);
  // "Rust language?", "the Go programming language": the kind of the technology adds nothing to ask about.
  const extra = q.unknown.filter((w) => w.length > 3 && !vocabulary.phrasing(w) && !vocabulary.categoryWords.has(w));
  if (!extra.length) return a;
  // A certification, a rate, a clearance the résumé lacks makes it a "no".
  const absent = extra.some((w) => vocabulary.intents.absent.test(w));
  const note = [text(ctx.words.extraNote(ctx.words.quote(extra.join(" ")), intent.techs.map((t) => t.name).join(", ")))];
  return { ...withLeadLines(a, [note]), found: a.found && !absent };
}

const ORDINAL_PICK = /^(?:and |so )?(?:the )?(?:first|last|latest)(?: one| item)?\W*$/;

/** Words without which a question cannot ask for a first or last use (see intents.json firstUse, lastUse). */
const WHEN_WORDS = /first|earliest|start|began|begin|since|ago|last|latest|recent/;

/** "When did he first / last use X?": the answer opens with the dated job that settles it. */
function withUseLines(a: Answer, intent: Extract<Intent, { kind: "tech" }>, q: QueryAnalysis, core: Core, ctx: AnswerContext): Answer {
  const { firstUse, lastUse } = core.index.vocabulary.intents;
  // Most technology questions have none of these words: the two patterns are not even compiled then.
  // "the first one", "the last one" point into a list: they ask for no date.
  if (!WHEN_WORDS.test(q.norm) || ORDINAL_PICK.test(q.norm)) return a;
  const which = lastUse.test(q.norm) ? "last" : firstUse.test(q.norm) ? "first" : undefined;
  const lead = which && !intent.employers.length ? intent.techs.map((t) => techUseLine(t, which, ctx)).filter((l) => l !== undefined) : [];
  return lead.length ? withLeadLines(a, lead) : a;
}

/** The newest job that has ended; for "previous company", the newest at another employer than the current ones. */
function previousJob(jobs: Job[], q: QueryAnalysis): Job | undefined {
  const current = new Set(jobs.filter((j) => j.end === null).map((j) => j.employer));
  const employer = /\b(compan(y|ies)|employers?|firms?|workplaces?)\b/.test(q.norm);
  return jobs.find((j) => j.end !== null && !(employer && current.has(j.employer))) ?? jobs.find((j) => j.end !== null);
}

function adjacent(intent: Extract<Intent, { kind: "adjacentJob" }>, env: Env): Answer {
  const jobs = env.core.knowledge.resume.experience; // newest first
  const at = intent.employers.flatMap((e) => e.jobs).map((j) => jobs.indexOf(j));
  const before = intent.direction === "before";
  const i = before ? Math.max(...at) + 1 : Math.min(...at) - 1;
  return jobAt(env, () => jobs[i], (before ? env.ctx.words.before : env.ctx.words.after)(intent.employers[0]!.name));
}

/** One job picked from the list (newest first), in brief, with an optional lead-in. */
function jobAt({ core, ctx }: Env, pick: (jobs: Job[]) => Job | undefined, lead?: string): Answer {
  const job = pick(core.knowledge.resume.experience);
  if (!job) return answer("job", false, [], message([[text(ctx.words.noSuchJob)]]));
  const lines = jobSummaryLines(job, ctx, 700);
  return answer("job", true, [`experience/${job.id}`], message(lead ? [[text(lead)], ...lines] : lines, { buttons: [[jobButton(job, ctx, ctx.words.more(job.employer))]] }));
}

/** A topic's words to look for, as search terms; made once per topic (the list is long, the same each time). */
const lookTermsOf = new WeakMap<Topic, Term[]>();
function lookTerms(topic: Topic): Term[] {
  let terms = lookTermsOf.get(topic);
  if (!terms) {
    terms = topic.look.flatMap((w) => tokenize(normalize(w)).map((t) => ({ token: t, stem: stem(t), expansion: true })));
    lookTermsOf.set(topic, terms);
  }
  return terms;
}

function topicAnswer({ topic }: Extract<Intent, { kind: "topic" }>, { core, q, ctx }: Env): Answer {
  const look = lookTerms(topic);
  // A section named for the topic ("Publications", "Talks") answers it, whatever its words;
  // for achievements, figures ("x2", "-30%") mark the results.
  const bonus = (p: Passage) =>
    (p.chunk.kind === "extra" && topic.trigger.test(normalize(p.chunk.title)) ? 3 : 0) +
    (topic.prefer === "numbers" && /\d+\s*%|\bx\d|\d+\s*(gb|tb|ms|k|m)\b/i.test(p.text) ? 3 : 0);
  const hits = searchPassages(core.index, { terms: [...q.terms, ...look], bonus });
  if (hits.length && asksFigure(q, core) && !statesQuantity(hits)) return noFigure(hits, ctx);
  return hits.length ? passagesAnswer(`topic:${topic.name}`, hits, ctx) : notFound(q, ctx);
}

function searchAnswer({ absentTopic }: Extract<Intent, { kind: "search" }>, { core, q, ctx }: Env): Answer {
  // Salary, notice, relocation, availability: what a résumé does not settle. A passage that merely shares
  // a word ("conducted interviews") must not pass for an answer, so these go to the candidate.
  if (absentTopic) return notFound(q, ctx, { absentTopic });
  const hits = searchPassages(core.index, { terms: q.terms });
  const covered = hits.length > 0 && coverage(core.index, q.terms, q.unknown, hits) >= 0.5;
  // "How many engineers reported to him?": a figure only the candidate can give when no passage has one.
  if (asksFigure(q, core) && !(covered && statesQuantity(hits))) return covered ? noFigure(hits, ctx) : notFound(q, ctx, { absentTopic: true });
  return covered ? passagesAnswer("search", hits, ctx) : notFound(q, ctx);
}

/** "How many people…?", "how big were the teams?": a question a passage answers only with a figure. */
function asksFigure(q: QueryAnalysis, core: Core): boolean {
  return core.index.vocabulary.intents.quantity.test(q.norm);
}

/** A free-text answer is a few lines: facts first, within this many characters (a list command may be long). */
export const FREE_TEXT_MAX = 1200;

function compose(intent: Intent, env: Env): Answer {
  return brief((COMPOSERS[intent.kind] as Composer<Intent["kind"]>)(intent, env), FREE_TEXT_MAX);
}

/** The answer cut to whole lines within `max` characters of text, ending with "…" when something went. */
export function brief(a: Answer, max: number): Answer {
  let used = 0;
  const messages = [];
  for (const m of a.messages) {
    const lines = [];
    for (const line of m.lines) {
      const len = line.reduce((n, s) => n + s.text.length, 0) + 1;
      if (used + len > max - 2) {
        if (lines.length) lines.push([text("…")]);
        break;
      }
      used += len;
      lines.push(line);
    }
    if (lines.length) messages.push({ ...m, lines });
    if (used + 2 >= max || lines.length < m.lines.length) break;
  }
  return messages.length === a.messages.length && messages.every((m, i) => m.lines.length === a.messages[i]!.lines.length) ? a : { ...a, messages };
}

/** The timeline picture or the PDF, with its caption; the front end renders the file. */
export function media(core: Core, kind: MediaKind, ctx: AnswerContext): Answer {
  const { name } = core.knowledge.resume.person;
  const caption = kind === "timeline" ? ctx.words.timelineCaption(name) : ctx.words.cvCaption(name);
  return answer(`media:${kind}`, true, ["summary"], message([[text(caption)]], { media: kind }));
}

/** English among the languages the résumé says the candidate speaks, by its name in the CV's language. */
export function listsEnglish(knowledge: Knowledge): boolean {
  return knowledge.resume.languages.some((l) => /english|английск|ingl[eé]s|anglais|englisch|inglese|angielski/i.test(l.name));
}

/** A free-text question in a conversation. */
export function ask(core: Core, question: string, conversation: Conversation, ctx: AnswerContext): Composed {
  const expanded = expandShorthand(question, core.index.vocabulary.shorthand);
  const analysed = withSectionWordsSpelt(expanded, analyzeQuery(expanded, core.index), core.index);
  const period = askedPeriod(analysed.norm, ctx.now.year);
  const resolved = resolveFollowUp(analysed, conversation, core.index, period);
  if (resolved.pick) {
    const job = core.knowledge.resume.experience.find((j) => j.id === resolved.pick);
    // A free-text answer, so as short as the others (the job's button and /experience give the rest).
    if (job) return { answer: brief(jobDetails(job, ctx), FREE_TEXT_MAX), subject: {} };
  }
  if (resolved.section) return { answer: sectionAnswer(resolved.section, ctx, analysed.norm), subject: { section: resolved.section } };
  const { q } = resolved;
  // "Any awards?", "certifications?", "hobbies?": answered from the section it names (src/answer/sections.ts),
  // unless the question also names a technology, employer or year.
  // A rewritten (Russian) question is matched as typed too: section titles are in the CV's language.
  const said = ctx.typed ? `${q.norm} ${normalize(ctx.typed)}` : q.norm;
  const asked = q.techs.length || q.employers.length || q.years.length ? [] : askedSections(said, core.knowledge.resume.extras);
  if (asked.length) return { answer: sectionsAnswer(asked, ctx), subject: {} };
  const intent = classify({ q, vocabulary: core.index.vocabulary, askedContact: askedContactKind, roleStems: core.roleStems, knows: (w) => core.index.knows(w), period, isName: (t) => core.index.nameTokens.has(t), skillGroups: (norm) => askedSkillGroups(norm, ctx), listsEnglish: core.listsEnglish });
  const answered = compose(intent, { core, q, ctx });
  const listed = intent.kind === "jobs" || intent.kind === "year" || intent.kind === "period";
  return { answer: answered, subject: { techs: subjectTechs(intent, ctx), period, listed } };
}

/** The technologies an answer is about: those asked, or those a category answer listed ("the second one"). */
function subjectTechs(intent: Intent, ctx: AnswerContext): string[] | undefined {
  if (intent.kind === "tech") return intent.techs.map((t) => t.name);
  return intent.kind === "category" ? listedInCategories(intent.categories, ctx) : undefined;
}
