// Replies about technologies: one technology (years, where, the résumé's own words), a category
// ("which databases"), and the whole stack (/skills).
import type { Job } from "../knowledge/model.js";
import type { Technology } from "../knowledge/vocabulary.js";
import type { EmployerEntry } from "../search/search-index.js";
import { clip, escapeRegExp, normalize, tokenize } from "../search/text.js";
import type { AnswerContext } from "./context.js";
import { jobButton, jobSource, roleTitle } from "./jobs.js";
import { unionMonths } from "./periods.js";
import { BREAK, answer, bold, bullet, message, endSentence, rows, text } from "./rich.js";
import type { Answer, Button, Line } from "./types.js";
import { pushTo } from "../maps.js";
import { compareText } from "../text-order.js";

/** The kinds of technology in the order the skills overview lists them; their labels are in the catalogues. */
export const CATEGORY_ORDER = ["language", "runtime", "database", "messaging", "cloud", "containers", "infrastructure", "monitoring", "os", "framework", "build", "tool", "other"];

/** A category's label in the answer's language ("Databases & storage"), or the category itself. */
export function categoryLabel(category: string, ctx: AnswerContext): string {
  return ctx.words.categoryLabels[category] ?? category;
}

interface TechUse {
  name: string;
  category: string;
  jobs: Job[];
  months: number;
}

/** Every technology in the résumé with its jobs and years, most used first. */
/** Per index, the last month's list: the same for every question asked within a month. */
const usesCache = new WeakMap<object, { month: string; uses: TechUse[] }>();

export function techUses(ctx: AnswerContext): TechUse[] {
  const { index } = ctx;
  const month = `${ctx.now.year}-${ctx.now.month}`;
  const cached = usesCache.get(index);
  if (cached?.month === month) return cached.uses;
  const uses: TechUse[] = [];
  for (const [name, jobs] of index.techJobs) {
    const category = index.knowledge.techs.technology(name)?.category ?? "other";
    uses.push({ name, category, jobs, months: unionMonths(jobs, ctx.now) });
  }
  uses.sort((a, b) => b.months - a.months || compareText(a.name, b.name));
  usesCache.set(index, { month, uses });
  return uses;
}

function yearSpan(job: Job, ctx: AnswerContext): string {
  const end = job.end ? String(job.end.year) : ctx.words.now;
  return job.start.year === job.end?.year ? String(job.start.year) : `${job.start.year}–${end}`;
}

/** The résumé's sentence that mentions the technology in a job, or undefined if it is only listed. */
function mentionIn(job: Job, tech: string, ctx: AnswerContext): string | undefined {
  const chunk = ctx.index.chunkById.get(jobSource(job));
  const passages = chunk?.passages.slice(1) ?? [];
  const hit = passages.find((p) => ctx.index.knowledge.techs.mentions(p).includes(tech));
  return hit ? clip(hit, 150) : undefined;
}

/** Passages that name the technology without counting as use ("a product like Airtable"). */
function passingMentions(tech: Technology, ctx: AnswerContext): { text: string; source: string; where: string }[] {
  const word = (n: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}.])${escapeRegExp(n)}(?![\\p{L}\\p{N}])`, flags);
  // A name that is also an English word ("REST", "Go") counts only as written: "at rest" is not REST.
  const patterns = [word(tech.name, tech.caseSensitive ? "u" : "iu"), ...tech.aliases.map((a) => word(a, "iu"))];
  return ctx.index.passages
    .filter((p) => patterns.some((re) => re.test(p.text)))
    .slice(0, 2)
    .map((p) => ({ text: clip(p.text, 160), source: p.chunk.id, where: p.chunk.job?.employer ?? p.chunk.title }));
}

/** "Has he used X?" for each technology asked: years and places, the jobs' own words, or what is near. */
export function techAnswer(techs: Technology[], employers: EmployerEntry[], ctx: AnswerContext): Answer {
  const out: TechLines = { lines: [], sources: [], buttons: [], found: false };
  const budgetPerTech = Math.max(260, Math.floor(900 / techs.length));
  for (const tech of techs) {
    if (out.lines.length) out.lines.push(BREAK);
    const jobs = ctx.index.techJobs.get(tech.name);
    if (jobs === undefined) unlistedTech(out, tech, ctx);
    else if (!jobs.length) {
      // Listed in a skills section without a dated job.
      out.found = true;
      out.lines.push([text(ctx.words.yes), bold(tech.name), text(ctx.words.listedInSkills)]);
      out.sources.push("skills");
    } else usedTech(out, tech, jobs, employers, ctx, budgetPerTech);
  }
  return answer("tech", out.found, out.sources, message(out.lines, { buttons: rows(dedupeButtons(out.buttons), 2) }));
}

/**
 * "When did he first use Rust?" / "When did he last use Java?": one line from the dated jobs that use the
 * technology (the earliest start, or the newest job: a current one means "in use now"); undefined when no
 * dated job uses it (the rest of the answer then says what the résumé has).
 */
export function techUseLine(tech: Technology, which: "first" | "last", ctx: AnswerContext): Line | undefined {
  const jobs = ctx.index.techJobs.get(tech.name);
  if (!jobs?.length) return undefined;
  const { words: w, format: f } = ctx;
  const byStart = [...jobs].sort((a, b) => monthIndex(a.start) - monthIndex(b.start));
  if (which === "first") {
    const job = byStart[0]!;
    return [text(w.techFirstUse(tech.name, f.month(job.start), job.employer, roleTitle(job)))];
  }
  const job = jobs.find((j) => j.end === null) ?? [...byStart].sort((a, b) => monthIndex(b.end!) - monthIndex(a.end!))[0]!;
  return [text(w.techLastUse(tech.name, job.end ? f.month(job.end) : undefined, job.employer, roleTitle(job)))];
}

/** Months since year 0, for ordering dates; a year alone counts as its January. */
function monthIndex(d: { year: number; month?: number | undefined }): number {
  return d.year * 12 + (d.month ?? 1) - 1;
}

/** What a technology answer collects, one technology after another. */
interface TechLines {
  lines: Line[];
  sources: string[];
  buttons: Button[];
  found: boolean;
}

/** A technology no job uses: named in passing somewhere, or not at all (then the nearest ones it does list). */
function unlistedTech(out: TechLines, tech: Technology, ctx: AnswerContext): void {
  const { words: w, format: f } = ctx;
  const passing = passingMentions(tech, ctx);
  if (passing.length) {
    out.found = true;
    out.lines.push([text(w.namesOnlyInPassing), bold(tech.name), text(w.onlyInPassingTail)]);
    for (const p of passing) out.lines.push(bullet(bold(p.where), text(`: ${w.quote(p.text)}`)));
    out.sources.push(...passing.map((p) => p.source));
    return;
  }
  out.lines.push([text(w.doesNotMention), bold(tech.name), text(".")]);
  const near = nearbyTechnologies(tech, ctx);
  if (near.names.length) out.lines.push([text(`${near.label}: ${f.list(near.names)}.`)]);
  out.buttons.push(...near.names.slice(0, 4).map((n) => ({ text: n, action: { type: "skill" as const, name: n } })));
}

/** A technology dated jobs use: years and places (at the employers asked about, if any), then those jobs. */
function usedTech(out: TechLines, tech: Technology, jobs: Job[], employers: EmployerEntry[], ctx: AnswerContext, budget: number): void {
  const { words: w, format: f } = ctx;
  out.found = true;
  const asked = employers.flatMap((e) => e.jobs);
  const there = asked.length ? jobs.filter((j) => asked.includes(j)) : jobs;
  if (asked.length && !there.length) {
    const appears = endSentence(w.appearsAt(f.list(unique(jobs.map((j) => j.employer)))));
    out.lines.push([text(w.notAt(f.list(employers.map((e) => e.name)))), bold(tech.name), text(appears)]);
    out.sources.push(...asked.map(jobSource));
    return;
  }
  const years = f.aboutYears(unionMonths(jobs, ctx.now));
  const places = f.list(unique((asked.length ? there : jobs).map((j) => j.employer)));
  const lead = asked.length ? w.techAtPlaces(places, years) : w.techPlaces(years, places);
  out.lines.push([text(w.yes), bold(tech.name), text(endSentence(lead))]);
  let used = 0;
  for (const job of there.slice(0, 4)) {
    const said = mentionIn(job, tech.name, ctx);
    const line = bullet(bold(job.employer), text(` (${yearSpan(job, ctx)}, ${roleTitle(job)})${said ? `: ${said}` : w.inItsStack}`));
    used += line.reduce((n, s) => n + s.text.length, 0);
    if (used > budget && there.length > 1) break;
    out.lines.push(line);
    out.sources.push(jobSource(job));
  }
  out.buttons.push(...there.slice(0, 4).map((j) => jobButton(j, ctx)));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function dedupeButtons(buttons: Button[]): Button[] {
  return buttons.filter((b, i) => buttons.findIndex((x) => x.text === b.text) === i);
}

/** For a technology the résumé lacks: its listed neighbours, or what the résumé has in its category. */
function nearbyTechnologies(tech: Technology, ctx: AnswerContext): { label: string; names: string[] } {
  // Declared neighbours, and résumé technologies that contain the name ("SQL" → MySQL, PostgreSQL).
  const inside = new RegExp(escapeRegExp(tech.name), "i");
  const containing = tech.name.length >= 3 ? [...ctx.index.techJobs.keys()].filter((n) => n !== tech.name && inside.test(n)) : [];
  const related = [...new Set([...tech.related.filter((r) => ctx.index.techJobs.has(r)), ...containing])];
  if (related.length) return { label: ctx.words.relatedInResume, names: related };
  // The candidate's own summary first ("With Rust, C/C++, Go, Java"), then the most used.
  const own = ctx.index.knowledge.techs.mentions(ctx.index.knowledge.resume.summary.join("\n"));
  const inCategory = techUses(ctx).filter((u) => u.category === tech.category && u.jobs.length).map((u) => u.name);
  const peers = [...new Set([...own.filter((n) => inCategory.includes(n)), ...inCategory])].slice(0, 6);
  const label = ctx.words.categoryItLists(ctx.words.categoryLabels[tech.category] ?? ctx.words.technologies);
  return { label, names: peers };
}

/** The technologies a category answer lists, in its order: what "the second one" picks from. */
export function listedInCategories(categories: string[], ctx: AnswerContext): string[] {
  const uses = techUses(ctx);
  return categories.flatMap((c) => uses.filter((u) => u.category === c).slice(0, CATEGORY_SHOWN).map((u) => u.name));
}

/** Technologies a category answer names one per line; the rest go on one "…and" line. */
const CATEGORY_SHOWN = 12;

/** "Which databases has he used?"; with `counted`, "how many databases?" says the number first. */
export function categoryAnswer(categories: string[], ctx: AnswerContext, counted = false): Answer {
  const { words: w, format: f } = ctx;
  const uses = techUses(ctx);
  const lines: Line[] = [];
  const buttons: Button[] = [];
  let found = false;
  for (const category of categories) {
    const inCategory = uses.filter((u) => u.category === category);
    const label = categoryLabel(category, ctx);
    if (!inCategory.length) {
      lines.push([text(w.namesNoCategory(w.categoryInline(label)))]);
      continue;
    }
    found = true;
    // "How many languages does he know?": the number first, then the list.
    lines.push(counted ? [bold(label), text(w.categoryCount(inCategory.length))] : [bold(`${label}`), text(w.mostUsedFirst)]);
    for (const u of inCategory.slice(0, CATEGORY_SHOWN)) {
      const where = unique(u.jobs.map((j) => j.employer));
      lines.push(bullet(bold(u.name), text(u.jobs.length ? ` — ${f.aboutYears(u.months)} (${clip(f.list(where), 70)})` : w.inSkills)));
    }
    if (inCategory.length > CATEGORY_SHOWN) lines.push([text(w.andMore(f.list(inCategory.slice(CATEGORY_SHOWN).map((u) => u.name))))]);
    buttons.push(...inCategory.slice(0, 4).map((u) => ({ text: u.name, action: { type: "skill" as const, name: u.name } })));
  }
  return answer("category", found, ["skills"], message(lines, { buttons: rows(buttons, 4) }));
}

/**
 * The résumé's own skill groups a question names ("his backend stack?", "frontend skills?" when the CV groups
 * skills as "Backend", "Frontend"): a group's name, a word of it, as a whole word of the question.
 */
export function askedSkillGroups(norm: string, ctx: AnswerContext): string[] {
  const words = new Set(tokenize(norm));
  const generic = /^(skills?|technical|technologies|tech|other|tools?|general|key|core|main|languages?|misc\w*)$/;
  return ctx.index.knowledge.resume.skills
    .filter((g) => tokenize(normalize(g.name)).some((w) => w.length > 2 && !generic.test(w) && words.has(w)))
    .map((g) => g.name);
}

/** "His backend stack?": the groups the résumé itself names, as it lists them. */
export function skillGroupsAnswer(names: string[], ctx: AnswerContext): Answer {
  const groups = ctx.index.knowledge.resume.skills.filter((g) => names.includes(g.name));
  const lines: Line[] = groups.map((g) => [bold(`${g.name}: `), text(endSentence(clip(ctx.format.list(g.items), 400)))]);
  return answer("skills:group", groups.length > 0, ["skills"], message(lines));
}

/** "How many technologies does he list?": the number, then how many of each kind. */
export function techCountAnswer(ctx: AnswerContext): Answer {
  const uses = techUses(ctx);
  const lines: Line[] = [[text(ctx.words.techCount(uses.length))]];
  for (const category of CATEGORY_ORDER) {
    const n = uses.filter((u) => u.category === category).length;
    if (n) lines.push(bullet(text(`${categoryLabel(category, ctx)}: ${n}`)));
  }
  return answer("count:techs", uses.length > 0, ["skills"], message(lines));
}

/** /skills: the résumé's own skills section if it has one, then everything its jobs used, by category. */
export function skillsOverview(ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const { resume } = ctx.index.knowledge;
  const lines: Line[] = [[bold(w.technologiesTitle(ctx.first)), text(w.byCategory)]];
  for (const group of resume.skills) lines.push([bold(`${group.name}: `), text(clip(group.items.join(", "), 300))]);
  const uses = techUses(ctx).filter((u) => u.jobs.length);
  const byCategory = new Map<string, TechUse[]>();
  for (const u of uses) pushTo(byCategory, u.category, u);
  for (const category of CATEGORY_ORDER) {
    const list = byCategory.get(category);
    if (!list?.length) continue;
    const shown = list.slice(0, 14).map((u, i) => (i < 4 && u.months >= 12 ? `${u.name} (${w.approxYears(f.years(Math.round(u.months / 6) / 2))})` : u.name));
    lines.push([bold(`${categoryLabel(category, ctx)}: `), text(shown.join(", ") + (list.length > 14 ? ", …" : ""))]);
  }
  const start = resume.experience.length ? f.month(resume.experience[resume.experience.length - 1]!.start) : undefined;
  if (start) lines.push(BREAK, [text(w.yearsCounted(start, ctx.first))]);
  const top = uses.slice(0, 6).map((u) => ({ text: u.name, action: { type: "skill" as const, name: u.name } }));
  const jobs = new Set(uses.flatMap((u) => u.jobs));
  return answer("command:skills", uses.length > 0 || resume.skills.length > 0, ["skills", ...[...jobs].map(jobSource)], message(lines, { buttons: rows(top, 3) }));
}
