// Replies about jobs: the list, one job in brief or in full, the current job, a year, durations.
import type { Job } from "../knowledge/model.js";
import type { EmployerEntry } from "../search/search-index.js";
import { clip, wholeWord } from "../search/text.js";
import type { AnswerContext } from "./context.js";
import { earliestStart, endIndex, jobMonths, startIndex, stayStart, unionMonths } from "./periods.js";
import { BREAK, answer, bold, bullet, endSentence, italic, message, rows, text } from "./rich.js";
import type { Answer, Button, Line } from "./types.js";
import type { Season } from "../understanding/periods.js";
import { pushTo } from "../maps.js";

export const jobSource = (job: Job) => `experience/${job.id}`;

export function roleTitle(job: Job): string {
  return job.team ? `${job.role}, ${job.team}` : job.role;
}

function periodLine(job: Job, ctx: AnswerContext): Line {
  return [italic(`${ctx.format.range(job.start, job.end)} · ${ctx.format.duration(jobMonths(job, ctx.now))}`)];
}

/** A short label for a job's button: the employer, with the start year when the employer repeats. */
export function jobButtonLabel(job: Job, ctx: AnswerContext): string {
  const repeats = ctx.index.knowledge.resume.experience.filter((j) => j.employer === job.employer).length > 1;
  return repeats ? `${job.employer} · ${job.start.year}` : job.employer;
}

export function jobButton(job: Job, ctx: AnswerContext, label = jobButtonLabel(job, ctx)): Button {
  return { text: label, action: { type: "job", id: job.id } };
}

/** Lines that fit a character budget, ending with "…" when something had to go. */
class Budget {
  readonly lines: Line[] = [];
  private used = 0;
  constructor(private readonly max: number) {}
  add(line: Line): boolean {
    const len = line.reduce((n, s) => n + s.text.length, 0) + 1;
    if (this.used + len > this.max) return false;
    this.lines.push(line);
    this.used += len;
    return true;
  }
  bullets(items: string[], each: number, most: number): void {
    for (const item of items.slice(0, most)) if (!this.add(bullet(text(clip(item, each))))) return;
  }
}

/** One job in a few lines: role, period, what the company does, the top highlights, the stack. */
export function jobSummaryLines(job: Job, ctx: AnswerContext, max = 600): Line[] {
  const w = ctx.words;
  const out = new Budget(max);
  out.add([bold(roleTitle(job)), text(w.roleAt), bold(job.employer)]);
  out.add(periodLine(job, ctx));
  if (job.about) out.add([text(clip(job.about, 160))]);
  if (job.projects.length) out.add([text(`${w.projects}: ${clip(job.projects.join("; "), 150)}`)]);
  const highlights = [...job.achievements, ...job.areas, ...job.details, ...job.responsibilities];
  out.bullets(highlights, 130, 3);
  if (job.technologies.length) out.add([text(`${w.tech}: ${clip(job.technologies.slice(0, 10).join(", "), 140)}`)]);
  return out.lines;
}

/** Everything the résumé says about one job, within a message's comfortable length. */
export function jobDetails(job: Job, ctx: AnswerContext): Answer {
  const w = ctx.words;
  const out = new Budget(2200);
  out.add([bold(roleTitle(job)), text(w.roleAt), bold(job.employer)]);
  out.add(periodLine(job, ctx));
  if (job.location) out.add([text(job.location)]);
  if (job.about) out.add([text(job.about)]);
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    out.add(BREAK);
    out.add([bold(title)]);
    out.bullets(items, 260, 8);
  };
  section(w.projects, job.projects);
  section(w.areas, job.areas);
  section(w.achievements, job.achievements);
  section(w.responsibilities, job.responsibilities);
  section(job.achievements.length || job.areas.length ? w.also : w.whatTheWorkWas, job.details);
  if (job.technologies.length) {
    out.add(BREAK);
    out.add([bold(`${w.tech}: `), text(clip(job.technologies.join(", "), 400))]);
  }
  const buttons: Button[][] = [[{ text: w.allJobs, action: { type: "experience" } }]];
  return answer(`job:${job.id}`, true, [jobSource(job)], message(out.lines, { buttons }));
}

export function experienceList(ctx: AnswerContext): Answer {
  const jobs = ctx.index.knowledge.resume.experience;
  const { words: w, format: f } = ctx;
  const lines: Line[] = [[bold(w.experienceTitle(ctx.first)), text(w.experienceOrder)], BREAK];
  for (const job of jobs) {
    lines.push(bullet(bold(job.employer), text(` — ${roleTitle(job)} · ${f.range(job.start, job.end)}`)));
  }
  const start = earliestStart(jobs);
  if (start) lines.push(BREAK, [text(w.experienceTotal(f.aboutYears(unionMonths(jobs, ctx.now)), f.month(start)))]);
  return answer(
    "command:experience",
    jobs.length > 0,
    jobs.map(jobSource),
    message(lines, { buttons: rows(jobs.map((j) => jobButton(j, ctx)), 2) }),
  );
}

/** "What did he do at ScyllaDB?": every role at the named employers, in brief. */
export function employerAnswer(employers: EmployerEntry[], ctx: AnswerContext, pick: (jobs: Job[]) => Job[] = (jobs) => jobs): Answer {
  const jobs = pick(employers.flatMap((e) => e.jobs));
  const each = Math.max(350, Math.floor(1000 / jobs.length));
  const lines: Line[] = [];
  for (const job of jobs) {
    if (lines.length) lines.push(BREAK);
    lines.push(...jobSummaryLines(job, ctx, each));
  }
  const buttons = jobs.map((j) => jobButton(j, ctx, ctx.words.more(jobButtonLabel(j, ctx))));
  return answer("employer", true, jobs.map(jobSource), message(lines, { buttons: rows(buttons, 1) }));
}

/** "How long did he work at ScyllaDB?" */
export function employerDuration(employers: EmployerEntry[], ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const lines: Line[] = [];
  for (const e of employers) {
    const jobs = [...e.jobs].reverse(); // oldest first reads as a story
    const months = unionMonths(jobs, ctx.now);
    const current = jobs.some((j) => j.end === null);
    const first = jobs[0]!;
    lines.push([
      bold(`${e.name}: ${f.duration(months)}`),
      text(current ? w.durationSoFar(f.month(first.start)) : `, ${employerRange(e, ctx)}`),
      text("."),
    ]);
    if (jobs.length > 1) {
      for (const j of jobs) lines.push(bullet(text(`${roleTitle(j)}: ${f.range(j.start, j.end)}`)));
    } else lines.push([text(w.roleLine(roleTitle(first)))]);
  }
  const buttons = employers.flatMap((e) => e.jobs).map((j) => jobButton(j, ctx, w.more(jobButtonLabel(j, ctx))));
  return answer("duration:employer", true, employers.flatMap((e) => e.jobs.map(jobSource)), message(lines, { buttons: rows(buttons, 2) }));
}

/** "Where does he work now?" */
export function currentJob(ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const jobs = ctx.index.knowledge.resume.experience;
  const current = jobs.filter((j) => j.end === null);
  if (!current.length) {
    const latest = jobs[0];
    if (!latest) return answer("current", false, [], message([[text(w.noJobs)]]));
    return answer("current", true, [jobSource(latest)], message([
      [text(w.noCurrentJob), bold(roleTitle(latest)), text(w.roleAt), bold(latest.employer), text(w.latestPeriod(f.range(latest.start, latest.end)))],
    ]));
  }
  const lines: Line[] = [];
  for (const job of current) {
    if (lines.length) lines.push(BREAK);
    lines.push([
      text(w.worksAt(ctx.first)),
      bold(job.employer),
      text(w.worksAs),
      bold(roleTitle(job)),
      text(w.since(f.month(job.start), f.duration(jobMonths(job, ctx.now)))),
    ]);
    if (job.about) lines.push([text(clip(job.about, 160))]);
    const focus = job.areas.length ? job.areas : job.achievements.length ? job.achievements : job.details;
    if (focus.length) lines.push([text(w.focus(clip(focus.slice(0, 4).map((s) => s.replace(/\.$/, "")).join("; "), 220)))]);
    if (job.technologies.length) lines.push([text(`${w.tech}: ${job.technologies.slice(0, 8).join(", ")}`)]);
  }
  return answer("current", true, current.map(jobSource), message(lines, { buttons: [current.map((j) => jobButton(j, ctx, w.moreAboutJob))] }));
}

/** "Where did he stay longest?" (or shortest): jobs at named employers by length, the first in bold. */
export function longestJob(shortest: boolean, ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const named = new Set(ctx.index.employers.filter((e) => e.fuzzy).flatMap((e) => e.jobs));
  const order = (a: number, b: number) => (shortest ? a - b : b - a);
  const jobs = ctx.index.knowledge.resume.experience.filter((j) => named.has(j)).sort((a, b) => order(jobMonths(a, ctx.now), jobMonths(b, ctx.now)));
  const top = jobs[0];
  if (!top) return answer("longest", false, [], message([[text(w.noDatedJobs)]]));
  const tenure = employerTenures(jobs, ctx).sort((a, b) => order(a.months, b.months))[0]!;
  const lines: Line[] = [];
  // "Where did he stay longest?": several roles at one employer can outlast any single role (Workato's two).
  if (tenure.employer !== top.employer && tenure.jobs.length > 1) {
    const span = f.range(tenure.jobs[tenure.jobs.length - 1]!.start, tenure.jobs[0]!.end);
    lines.push([text(shortest ? w.shortestEmployer : w.longestEmployer), bold(tenure.employer), text(` (${span}, ${f.duration(tenure.months)}, ${w.roles(tenure.jobs.length)}).`)]);
  }
  const lead = lines.length ? (shortest ? w.shortestRole : w.longestRole) : shortest ? w.shortestJob : w.longestJob;
  lines.push([text(lead), bold(top.employer), text(w.asRole(roleTitle(top), `${f.range(top.start, top.end)}, ${f.duration(jobMonths(top, ctx.now))}`))]);
  for (const j of jobs.slice(1, 4)) lines.push(bullet(bold(j.employer), text(` — ${f.duration(jobMonths(j, ctx.now))} (${f.range(j.start, j.end)})`)));
  return answer("longest", true, jobs.slice(0, 4).map(jobSource), message(lines, { buttons: [[jobButton(top, ctx)]] }));
}

/** Each employer's jobs (newest first, as the résumé lists them) and the months they cover together. */
function employerTenures(jobs: Job[], ctx: AnswerContext): { employer: string; jobs: Job[]; months: number }[] {
  const chosen = new Set(jobs);
  const byEmployer = new Map<string, Job[]>();
  for (const j of ctx.index.knowledge.resume.experience) if (chosen.has(j)) pushTo(byEmployer, j.employer, j);
  return [...byEmployer].map(([employer, own]) => ({ employer, jobs: own, months: unionMonths(own, ctx.now) }));
}

/**
 * "How many companies before Workato?": the jobs that started before the first role there (or, after,
 * those that started after its last), counted with their employers, then named.
 */
export function jobCountAround(employers: EmployerEntry[], direction: "before" | "after", ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const jobs = ctx.index.knowledge.resume.experience;
  const here = employers.flatMap((e) => e.jobs);
  const at = (j: Job) => startIndex(j.start);
  const edge = direction === "before" ? Math.min(...here.map(at)) : Math.max(...here.map(at));
  const around = jobs.filter((j) => !here.includes(j) && (direction === "before" ? at(j) < edge : at(j) > edge));
  const names = [...new Set(around.map((j) => j.employer))];
  const lead = direction === "before" ? w.before(employers[0]!.name) : w.after(employers[0]!.name);
  const line: Line = [text(`${lead} `), text(w.jobCount(around.length, names.length)), text(names.length ? endSentence(`: ${f.list(names)}`) : ".")];
  return answer("count:around", true, around.map(jobSource), message([line], { buttons: rows(around.slice(0, 6).map((j) => jobButton(j, ctx)), 2) }));
}

/** A gap between dated jobs shorter than this is a move, not a break: notice periods, a holiday between. */
const GAP_MONTHS = 3;

/** "Any gaps in his employment?": the stretches of at least three months no dated job covers, oldest first. */
export function gapsAnswer(ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const jobs = ctx.index.knowledge.resume.experience;
  const spans = jobs.map((j) => [startIndex(j.start), endIndex(j.end ?? ctx.now)] as const).sort((a, b) => a[0] - b[0]);
  if (!spans.length) return answer("gaps", false, [], message([[text(w.noDatedJobs)]]));
  const gaps: [number, number][] = [];
  let covered = spans[0]![1];
  for (const [start, end] of spans.slice(1)) {
    if (start - covered - 1 >= GAP_MONTHS) gaps.push([covered + 1, start - 1]);
    covered = Math.max(covered, end);
  }
  const since = f.month(earliestStart(jobs)!);
  const at = (i: number) => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });
  const lines: Line[] = gaps.length
    ? [[text(w.gapsLead)], ...gaps.map(([a, b]) => bullet(text(`${f.range(at(a), at(b))} (${f.duration(b - a + 1)})`)))]
    : [[text(w.noGaps(since))]];
  return answer("gaps", true, jobs.map(jobSource), message(lines));
}

/** "How many companies has he worked for?": the number of jobs and employers, then the employers. */
export function jobCount(ctx: AnswerContext): Answer {
  const jobs = ctx.index.knowledge.resume.experience;
  const employers = [...new Set(jobs.map((j) => j.employer))];
  const lines: Line[] = [[text(ctx.words.jobCount(jobs.length, employers.length)), text(endSentence(`: ${ctx.format.list(employers)}`))]];
  return answer("count", jobs.length > 0, jobs.map(jobSource), message(lines, { buttons: [[{ text: ctx.words.experienceButton, action: { type: "experience" } }]] }));
}

/** "How many roles did he have at Workato?": the number at each employer named, then each role and its dates. */
export function roleCount(employers: EmployerEntry[], ctx: AnswerContext): Answer {
  const lines: Line[] = [];
  for (const e of employers) {
    if (lines.length) lines.push([]);
    lines.push([text(ctx.words.rolesAt(e.jobs.length, e.name))]);
    for (const j of e.jobs) lines.push([text("• "), bold(roleTitle(j)), text(` (${ctx.format.range(j.start, j.end)})`)]);
  }
  const jobs = employers.flatMap((e) => e.jobs);
  return answer("count:roles", jobs.length > 0, jobs.map(jobSource), message(lines, { buttons: rows(jobs.map((j) => jobButton(j, ctx)), 2) }));
}

/** "Where did he work in 2016?" */
export function yearAnswer(years: number[], ctx: AnswerContext, season?: Season): Answer {
  const { words: w, format: f } = ctx;
  const jobs = ctx.index.knowledge.resume.experience;
  const lines: Line[] = [];
  const sources: string[] = [];
  let found = false;
  for (const year of [...new Set(years)]) {
    const inYear = jobs.filter((j) => j.start.year <= year && year <= (j.end ?? ctx.now).year).reverse();
    // "spring 2019": only the jobs of those months, when the résumé's months tell (else the whole year's).
    const inSeason = season?.year === year ? inYear.filter((j) => overlapsMonths(j, year, season, ctx)) : inYear;
    const then = inSeason.length ? inSeason : inYear;
    if (!then.length) {
      const first = earliestStart(jobs);
      lines.push([text(w.noJobInYear(year)), text(first && year < first.year ? w.earliestStarts(first.year) : ".")]);
      continue;
    }
    found = true;
    sources.push(...then.map(jobSource));
    if (then.length === 1) {
      const j = then[0]!;
      lines.push([text(w.inYearWorkedAt(year, ctx.first)), bold(j.employer), text(w.asRole(roleTitle(j), f.range(j.start, j.end)))]);
      if (j.about) lines.push([text(clip(j.about, 160))]);
    } else {
      lines.push([text(w.inYearWorkedAtMany(year, ctx.first))]);
      for (const j of then) lines.push(bullet(bold(j.employer), text(` — ${roleTitle(j)} (${f.range(j.start, j.end)})`)));
    }
  }
  const buttons = rows(jobs.filter((j) => sources.includes(jobSource(j))).map((j) => jobButton(j, ctx)), 2);
  return answer("year", found, sources, message(lines, { buttons }));
}

/** Did the job run during some month from `fromMonth` to `toMonth` of `year`? An unknown month counts as the whole year. */
function overlapsMonths(job: Job, year: number, { fromMonth, toMonth }: Season, ctx: AnswerContext): boolean {
  const end = job.end ?? ctx.now;
  const startsBy = job.start.year < year || (job.start.month ?? 1) <= toMonth;
  const endsAfter = end.year > year || (end.month ?? 12) >= fromMonth;
  return startsBy && endsAfter;
}

/** "Now at Workato (since Jun 2021).": the current employer, from the start of the unbroken stay there. */
export function nowAtLine(ctx: AnswerContext): Line | undefined {
  const jobs = ctx.index.knowledge.resume.experience;
  const current = jobs.find((j) => j.end === null);
  if (!current) return undefined;
  const since = stayStart(current, jobs.filter((j) => j.employer === current.employer), ctx.now);
  return [text(ctx.words.nowAt(current.employer, ctx.format.month(since)))];
}

/** "Oct 2019 – May 2021": from an employer's first role to the end of its last (its jobs are newest first). */
export function employerRange(e: EmployerEntry, ctx: AnswerContext): string {
  return ctx.format.range(e.jobs[e.jobs.length - 1]!.start, e.jobs[0]!.end);
}

/** "How many years of experience does he have?" */
export function totalExperience(ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const jobs = ctx.index.knowledge.resume.experience;
  const start = earliestStart(jobs);
  if (!start) return answer("duration:total", false, [], message([[text(w.noDatedJobs)]]));
  const months = unionMonths(jobs, ctx.now);
  const lines: Line[] = [[bold(w.professionalExperience(f.aboutYears(months))), text(w.sinceStart(f.month(start)))]];
  const now = nowAtLine(ctx);
  if (now) lines.push(now);
  // Named employers only ("Other companies" is not one place to have stayed long at), each once with all
  // its roles: two roles at one company are one stay there.
  const stays = ctx.index.employers.filter((e) => e.fuzzy).map((e) => ({ name: e.jobs[0]!.employer, months: unionMonths(e.jobs, ctx.now) }));
  const longest = stays.sort((a, b) => b.months - a.months).slice(0, 3);
  if (longest.length) lines.push([text(w.longest(f.list(longest.map((s) => `${s.name} (${f.duration(s.months)})`))))]);
  return answer("duration:total", true, jobs.map(jobSource), message(lines));
}

/** "Did he work at Google?" when Google is not an employer: no, here is who he worked for. */
export function notEmployer(name: string, ctx: AnswerContext): Answer {
  const w = ctx.words;
  const jobs = ctx.index.knowledge.resume.experience;
  const employers = [...new Set(jobs.map((j) => j.employer))];
  const lines: Line[] = [[text(w.notEmployer(clip(name, 40), ctx.format.list(employers)))]];
  const word = wholeWord(name);
  const mentions = ctx.index.passages.filter((p) => word.test(p.text)).slice(0, 2);
  if (mentions.length) {
    lines.push([text(w.onlyInPassing(clip(name, 40)))]);
    for (const p of mentions) lines.push(bullet(bold(p.chunk.job?.employer ?? p.chunk.title), text(`: ${w.quote(clip(p.text, 140))}`)));
  }
  return answer("not-employer", false, mentions.map((p) => p.chunk.id), message(lines, { buttons: [[{ text: w.experienceButton, action: { type: "experience" } }]] }));
}

/** "What projects has he done?": each job's projects, newest first; none listed: what the résumé says of projects. */
export function projectsAnswer(ctx: AnswerContext): Answer | undefined {
  const named = ctx.index.knowledge.resume.experience.filter((j) => j.projects.length);
  // No job names its projects: what each job did is the nearest the résumé comes to an answer.
  const jobs = named.length ? named : ctx.index.knowledge.resume.experience.filter((j) => mainWork(j));
  if (!jobs.length) return undefined;
  const { words: w, format: f } = ctx;
  const lines: Line[] = [[text(named.length ? w.projectsByJob : w.workByJob)]];
  for (const job of jobs.slice(0, 8)) {
    const said = named.length ? job.projects.join("; ") : mainWork(job)!;
    lines.push(bullet(bold(job.employer), text(` (${f.range(job.start, job.end)}): ${clip(said, 200)}`)));
  }
  return answer("projects", true, jobs.map(jobSource), message(lines, { buttons: rows(jobs.slice(0, 8).map((j) => jobButton(j, ctx)), 2) }));
}

/** The first thing the résumé says a job did: an achievement, else a responsibility, area or detail. */
function mainWork(job: Job): string | undefined {
  return job.achievements[0] ?? job.responsibilities[0] ?? job.areas[0] ?? job.details[0];
}
