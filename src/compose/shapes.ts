// Answers to the newer shapes of question: a period ("since 2019"), one job's technologies of a kind
// ("which languages did he use there?"), and a claimed title ("Was he the CTO at Nimses?").
import type { AnswerContext } from "../answer/context.js";
import { jobButton, jobSource, roleTitle, yearAnswer } from "../answer/jobs.js";
import { answer, bold, bullet, message, rows, text } from "../answer/rich.js";
import { categoryLabel } from "../answer/tech.js";
import type { Answer, Line } from "../answer/types.js";
import type { Job } from "../knowledge/model.js";
import type { EmployerEntry } from "../search/search-index.js";
import { clip, normalize } from "../search/text.js";
import type { Period } from "../understanding/periods.js";

/** "Where has he worked since 2019?": every job that overlaps the period, oldest first. */
export function periodAnswer(period: Period, ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const to = Math.min(period.to, ctx.now.year);
  const jobs = ctx.index.knowledge.resume.experience.filter((j) => j.start.year <= to && period.from <= (j.end ?? ctx.now).year).reverse();
  const span = period.from <= 1950 ? w.spanBefore(to + 1) : period.from === to ? w.spanIn(to) : w.spanRange(period.from, to);
  if (!jobs.length) return answer("period", false, [], message([[text(w.periodNone(span))]]));
  const lines: Line[] = [[text(w.periodLead(ctx.first, span))]];
  for (const j of jobs) lines.push(bullet(bold(j.employer), text(` — ${roleTitle(j)} (${f.range(j.start, j.end)})`)));
  return answer("period", true, jobs.map(jobSource), message(lines, { buttons: rows(jobs.map((j) => jobButton(j, ctx)), 2) }));
}

/** "Which languages did he use at Exit Games?": the job's own technologies of that kind (no kinds: all). */
export function categoryAtAnswer(categories: string[], employers: EmployerEntry[], ctx: AnswerContext): Answer {
  return categoryInJobsAnswer(categories, employers.flatMap((e) => e.jobs), ctx);
}

/**
 * "Which technologies did he use in 2016?": the technologies (of those kinds) of the jobs held in those years;
 * no years ("his current stack") are the current jobs.
 */
export function categoryInYearsAnswer(categories: string[], years: number[], ctx: AnswerContext): Answer {
  const all = ctx.index.knowledge.resume.experience;
  const jobs = years.length ? all.filter((j) => years.some((y) => j.start.year <= y && y <= (j.end ?? ctx.now).year)) : all.filter((j) => j.end === null);
  if (jobs.length) return categoryInJobsAnswer(categories, jobs, ctx);
  return years.length ? yearAnswer(years, ctx) : categoryInJobsAnswer(categories, all.slice(0, 1), ctx);
}

function categoryInJobsAnswer(categories: string[], jobs: Job[], ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const lines: Line[] = [];
  let found = false;
  if (!categories.length) {
    for (const job of jobs) {
      found ||= job.technologies.length > 0;
      lines.push(job.technologies.length
        ? [bold(job.employer), text(` (${f.range(job.start, job.end)}): ${f.list(job.technologies.slice(0, 25))}.`)]
        : [text(w.noTechnologiesAt(job.employer))]);
    }
  }
  for (const job of jobs) {
    for (const category of categories) {
      const label = w.categoryInline(categoryLabel(category, ctx));
      const names = job.technologies.filter((t) => (ctx.index.knowledge.techs.technology(t)?.category ?? "other") === category);
      found ||= names.length > 0;
      lines.push(
        names.length
          ? [bold(`${job.employer}`), text(` (${f.range(job.start, job.end)}), ${label}: ${f.list(names)}.`)]
          : [text(w.noCategoryAt(label, job.employer))],
      );
    }
  }
  return answer("category:employer", found, jobs.map(jobSource), message(lines, { buttons: rows(jobs.map((j) => jobButton(j, ctx)), 2) }));
}

/** "Which job used the most languages?": the job (or jobs, when tied) with the most technologies of the kind. */
export function mostInCategoryAnswer(category: string | undefined, ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  // No category ("which job had the most technologies?"): every technology counts.
  const ofKind = (job: Job) => (category ? job.technologies.filter((t) => (ctx.index.knowledge.techs.technology(t)?.category ?? "other") === category) : job.technologies);
  const counted = ctx.index.knowledge.resume.experience.map((job) => ({ job, names: ofKind(job) }));
  const most = Math.max(0, ...counted.map((c) => c.names.length));
  const label = w.categoryInline(category ? categoryLabel(category, ctx) : w.technologies);
  if (!most) return answer("category:most", false, [], message([[text(w.noCategoryAt(label, ctx.first))]]));
  const top = counted.filter((c) => c.names.length === most);
  const lines: Line[] = top.map(({ job, names }, i) => [
    text(i === 0 ? w.mostInCategory(label, most) : "• "),
    bold(job.employer),
    text(` (${roleTitle(job)}, ${f.range(job.start, job.end)}): ${f.list(names)}.`),
  ]);
  return answer("category:most", true, top.map(({ job }) => jobSource(job)), message(lines, { buttons: rows(top.map(({ job }) => jobButton(job, ctx)), 2) }));
}

/** "What does that company do?": each employer's own description, as the résumé gives it. */
export function employerAboutAnswer(employers: EmployerEntry[], ctx: AnswerContext): Answer {
  const { words: w } = ctx;
  const lines: Line[] = [];
  const described: Job[] = [];
  for (const e of employers) {
    const job = e.jobs.find((j) => j.about);
    if (job) described.push(job);
    const about = job?.about?.trim();
    if (!about) {
      lines.push([text(w.noCompanyDescription(e.name))]);
      continue;
    }
    // "Nimses is a social network …" names itself; otherwise the name leads (or the language's frame does).
    const lead = w.companyDescribed(e.name, about);
    lines.push(lead ? [text(lead), text(about)] : about.startsWith(e.name) ? [text(about)] : [bold(e.name), text(` — ${about}`)]);
  }
  return answer("employer:about", described.length > 0, described.map(jobSource), message(lines, { buttons: rows(described.map((j) => jobButton(j, ctx)), 2) }));
}

/** Any of these words or phrases, as whole words in any script (\b knows only ASCII letters). */
const anyWord = (...alternatives: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "iu");

/** Title words by seniority, highest first; a title ranks by the highest word it has (else "engineer" level). Made on first use. */
let seniorityWords: { levels: RegExp[]; junior: RegExp } | undefined;
const titleWords = () => (seniorityWords ??= { levels: SENIORITY_WORDS(), junior: anyWord("junior", "jr", "intern", "trainee", "младший", "стажер", "стажёр") });
const SENIORITY_WORDS = (): RegExp[] => [
  anyWord("cto", "ceo", "cio", "coo", "chief", "vp", "vice president", "co-?founder", "founder", "partner", "owner", "основатель", "сооснователь", "владелец", "технический директор", "генеральный директор"),
  anyWord("head", "director", "директор", "руководитель (?:отдела|направления|департамента)"),
  anyWord("principal", "architect", "distinguished", "главный", "архитектор"),
  anyWord("staff", "lead", "leader", "manager", "тимлид", "техлид", "ведущий", "руководитель", "менеджер"),
  anyWord("senior", "sr", "старший"),
];

function seniority(title: string): number {
  const { levels, junior } = titleWords();
  const at = levels.findIndex((re) => re.test(title));
  if (at >= 0) return levels.length - at + 1;
  return junior.test(title) ? 0 : 1;
}

/** "What is his most senior title?": the highest-ranking title among the jobs, the latest first when tied. */
export function mostSeniorAnswer(ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const ranked = ctx.index.knowledge.resume.experience.map((job) => ({ job, rank: seniority(roleTitle(job)) }));
  const top = Math.max(...ranked.map((r) => r.rank));
  const best = ranked.filter((r) => r.rank === top).map((r) => r.job);
  if (!best.length) return answer("mostSenior", false, [], message([[text(w.noJobs)]]));
  const lines: Line[] = best.map((j, i) => [text(i === 0 ? w.mostSeniorTitle : "• "), bold(roleTitle(j)), text(w.roleAt), bold(j.employer), text(` (${f.range(j.start, j.end)}).`)]);
  return answer("mostSenior", true, best.map(jobSource), message(lines, { buttons: rows(best.map((j) => jobButton(j, ctx)), 2) }));
}

/**
 * A developer is an engineer is a programmer, as far as a title claim goes; a leader leads. A Russian
 * title says the same in its words: «Руководитель группы разработки» is a team lead, «разработчик» a developer.
 */
function sameTitleWord(word: string): string {
  if (/^(developer|programmer|dev|coder|разработчик\p{L}*|программист\p{L}*|инженер\p{L}*)$/u.test(word)) return "engineer";
  if (/^(leader|руководител\p{L}*|тимлид\p{L}*|лид|ведущ\p{L}*)$/u.test(word)) return "lead";
  if (/^(групп\p{L}*|команд\p{L}*|отдел\p{L}*)$/u.test(word)) return "team";
  if (/^(менеджер\p{L}*)$/u.test(word)) return "manager";
  if (/^(директор\p{L}*)$/u.test(word)) return "director";
  if (/^(основател\p{L}*|сооснователь\p{L}*)$/u.test(word)) return "founder";
  if (/^(начальник\p{L}*|глава)$/u.test(word)) return "head";
  return word;
}

/**
 * "Was he a team lead at ScyllaDB?": yes or no against the titles the résumé gives there. With no employer
 * named ("Was he ever a CTO?"), against every job: the first that has the title, or the titles he had.
 */
export function roleClaimAnswer(employers: EmployerEntry[], title: string, ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const anywhere = !employers.length;
  const jobs = (anywhere ? ctx.index.employers : employers).flatMap((e) => e.jobs);
  const words = normalize(title).split(/\s+/).filter((w) => w && w !== "of").map(sameTitleWord);
  const titleWords = (j: Job) => normalize(roleTitle(j)).split(/[^\p{L}\p{N}]+/u).map(sameTitleWord);
  // "Did he lead a team?" / "Was he a lead?": any leading title holds it (a Team Lead, a Manager, a Head of).
  const anyLead = words.length === 1 && words[0] === "lead";
  const holds = jobs.filter((j) => (anyLead ? titleWords(j).some((w) => LEADING_TITLE.test(w)) : words.every((w) => titleWords(j).includes(w))));
  // Titles have commas of their own ("Software Engineer, Rust Team"): listed apart.
  const titles = anywhere ? [...new Set(jobs.map(roleTitle))].join(" · ") : f.list([...new Set(jobs.map(roleTitle))]);
  const where = f.list([...new Set((anywhere ? holds.slice(0, 1) : jobs).map((j) => j.employer))]);
  const line: Line = holds.length
    ? [text(w.claimYes), bold(roleTitle(holds[0]!)), text(w.claimAt(where))]
    : anywhere
      ? [text(w.claimNo), text(w.claimNowhere), bold(titles), text(".")]
      : [text(w.claimNo), bold(titles), text(w.claimOnlyTitles(where))];
  const shown = anywhere ? holds.slice(0, 1) : jobs;
  // "Has he managed teams?": a lead title is the yes, and the jobs' own words on leading people follow it too.
  const lines: Line[] = [line, ...(holds.length && !anyLead ? [] : leadingSaid(words, jobs, ctx))];
  return answer("role-claim", true, shown.map(jobSource), message(lines, { buttons: rows(shown.map((j) => jobButton(j, ctx)), 2) }));
}

/** Words of a title that say he led people ("team lead", "manager", "head of"). */
const LEADING_TITLE = /^(lead|manager|head|director|cto|vp|chief|supervisor)$/;
/** What a job's own words say of leading ("Led a team of 4 engineers", "managed teams"). */
const LEADING_SAID = /\b(led|leads|leading|managed|manages|managing|mentored|mentoring|supervised|headed)\b[^.;]{0,40}?\b(teams?|engineers|developers|people|group|staff|designers|squads?|reports|members)\b/i;

/** The same in a Russian CV's words («Веду команду из шести человек», «руководил группой разработки»). */
const LEADING_SAID_RU = /(?<!\p{L})(руковод\p{L}*|веду|ведёт|ведет|вела|вёл|управля\p{L}*|выстроил\p{L}*|собрал\p{L}*)(?!\p{L})[^.;]{0,40}?(?<!\p{L})(команд\p{L}*|групп\p{L}*|люд\p{L}*|разработчик\p{L}*|человек|сотрудник\p{L}*|инженер\p{L}*)/iu;

/**
 * "Was she a team lead?" when no title says so but a job's words do ("Led a team of 4 engineers"): the no
 * stands (titles decide it), and what the résumé says of leading follows it, so the no does not mislead.
 */
function leadingSaid(titleWords: string[], jobs: Job[], ctx: AnswerContext): Line[] {
  if (!titleWords.some((w) => LEADING_TITLE.test(w))) return [];
  const said = ctx.index.passages.filter((p) => p.chunk.job && jobs.includes(p.chunk.job) && p.index > 0 && (LEADING_SAID.test(p.text) || LEADING_SAID_RU.test(p.text))).slice(0, 2);
  if (!said.length) return [];
  return [[text(ctx.words.itDoesSay)], ...said.map((p) => bullet(bold(p.chunk.job!.employer), text(`: ${ctx.words.quote(clip(p.text, 160))}`)))];
}

/** "What is his notice period?", "why did he leave?": the résumé cannot say; where to ask instead. */
export function logisticsAnswer(what: string, ctx: AnswerContext, employers: EmployerEntry[] = []): Answer {
  const w = ctx.words;
  const reason = /^why|reason|fired|laid off|let go|dismissed|sacked/.test(what);
  const subject = reason ? w.logisticsWhyLeft(ctx.first) : w.logisticsAbout(what);
  const { contacts } = ctx.index.knowledge.resume.person;
  const links = contacts.slice(0, 3).map((c) => c.value);
  const lines: Line[] = [
    [text(w.logisticsSays(subject, w.logisticsAsk(ctx.first)))],
    [text(links.length ? w.contactLine(links.join(" · ")) : w.seeContacts)],
  ];
  // "Why did he leave Coinbridge?" still talks about Coinbridge: its jobs stay the subject ("what came next?").
  const sources = employers.flatMap((e) => e.jobs.map(jobSource));
  return answer("logistics", false, sources, message(lines, { buttons: [[{ text: w.contactsButton, action: { type: "section", name: "contacts" } }]], disablePreview: true }));
}
