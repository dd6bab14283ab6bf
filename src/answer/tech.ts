// Replies about technologies: one technology (years, where, the résumé's own words), a category
// ("which databases"), and the whole stack (/skills).
import { formatYearMonth } from "../knowledge/dates.js";
import type { Job } from "../knowledge/model.js";
import type { Technology } from "../knowledge/vocabulary.js";
import type { EmployerEntry } from "../search/search-index.js";
import { clip, escapeRegExp } from "../search/text.js";
import type { AnswerContext } from "./context.js";
import { jobButton, jobSource, roleTitle } from "./jobs.js";
import { aboutYears, unionMonths } from "./periods.js";
import { BREAK, answer, bold, bullet, listing, message, endSentence, rows, text } from "./rich.js";
import type { Answer, Button, Line } from "./types.js";

export const CATEGORY_LABELS: Record<string, string> = {
  language: "Languages",
  runtime: "Runtimes",
  database: "Databases & storage",
  messaging: "Messaging",
  cloud: "Cloud",
  containers: "Containers & orchestration",
  infrastructure: "Infrastructure & ops",
  monitoring: "Monitoring",
  os: "Operating systems",
  framework: "Frameworks & libraries",
  build: "Build tools",
  tool: "Tools",
  other: "Other",
};

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
  uses.sort((a, b) => b.months - a.months || a.name.localeCompare(b.name));
  usesCache.set(index, { month, uses });
  return uses;
}

function yearSpan(job: Job): string {
  const end = job.end ? String(job.end.year) : "now";
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

export function techAnswer(techs: Technology[], employers: EmployerEntry[], ctx: AnswerContext): Answer {
  const lines: Line[] = [];
  const sources: string[] = [];
  const buttons: Button[] = [];
  let found = false;
  const budgetPerTech = Math.max(260, Math.floor(900 / techs.length));
  for (const tech of techs) {
    if (lines.length) lines.push(BREAK);
    const jobs = ctx.index.techJobs.get(tech.name);
    if (jobs === undefined) {
      const passing = passingMentions(tech, ctx);
      if (passing.length) {
        found = true;
        lines.push([text(`The résumé names `), bold(tech.name), text(" only in passing:")]);
        for (const p of passing) lines.push(bullet(bold(p.where), text(`: “${p.text}”`)));
        sources.push(...passing.map((p) => p.source));
        continue;
      }
      lines.push([text("The résumé doesn't mention "), bold(tech.name), text(".")]);
      const near = nearbyTechnologies(tech, ctx);
      if (near.names.length) lines.push([text(`${near.label}: ${listing(near.names)}.`)]);
      buttons.push(...near.names.slice(0, 4).map((n) => ({ text: n, action: { type: "skill" as const, name: n } })));
      continue;
    }
    found = true;
    if (!jobs.length) {
      // Listed in a skills section without a dated job.
      lines.push([text("Yes — "), bold(tech.name), text(" is listed in the résumé's skills.")]);
      sources.push("skills");
      continue;
    }
    const asked = employers.flatMap((e) => e.jobs);
    const there = asked.length ? jobs.filter((j) => asked.includes(j)) : jobs;
    if (asked.length && !there.length) {
      lines.push([
        text(`Not at ${listing(employers.map((e) => e.name))}, per the résumé. `),
        bold(tech.name),
        text(endSentence(` appears at ${listing(unique(jobs.map((j) => j.employer)))}`)),
      ]);
      sources.push(...asked.map(jobSource));
      continue;
    }
    const months = unionMonths(jobs, ctx.now);
    const places = listing(unique((asked.length ? there : jobs).map((j) => j.employer)));
    lines.push(
      asked.length
        ? [text("Yes — "), bold(tech.name), text(endSentence(` at ${places}; ${aboutYears(months)} in all`))]
        : [text("Yes — "), bold(tech.name), text(endSentence(`: ${aboutYears(months)}, at ${places}`))],
    );
    let used = 0;
    for (const job of there.slice(0, 4)) {
      const said = mentionIn(job, tech.name, ctx);
      const line = bullet(bold(job.employer), text(` (${yearSpan(job)}, ${roleTitle(job)})${said ? `: ${said}` : ": in its tech stack."}`));
      used += line.reduce((n, s) => n + s.text.length, 0);
      if (used > budgetPerTech && there.length > 1) break;
      lines.push(line);
      sources.push(jobSource(job));
    }
    buttons.push(...there.slice(0, 4).map((j) => jobButton(j, ctx)));
  }
  return answer("tech", found, sources, message(lines, { buttons: rows(dedupeButtons(buttons), 2) }));
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
  if (related.length) return { label: "Related in the résumé", names: related };
  // The candidate's own summary first ("With Rust, C/C++, Go, Java"), then the most used.
  const own = ctx.index.knowledge.techs.mentions(ctx.index.knowledge.resume.summary.join("\n"));
  const inCategory = techUses(ctx).filter((u) => u.category === tech.category && u.jobs.length).map((u) => u.name);
  const peers = [...new Set([...own.filter((n) => inCategory.includes(n)), ...inCategory])].slice(0, 6);
  const label = `${CATEGORY_LABELS[tech.category] ?? "Technologies"} it does list`;
  return { label, names: peers };
}

/** "Which databases has he used?" */
export function categoryAnswer(categories: string[], ctx: AnswerContext): Answer {
  const uses = techUses(ctx);
  const lines: Line[] = [];
  const buttons: Button[] = [];
  let found = false;
  for (const category of categories) {
    const inCategory = uses.filter((u) => u.category === category);
    const label = CATEGORY_LABELS[category] ?? category;
    if (!inCategory.length) {
      lines.push([text(`The résumé names no ${label.toLowerCase()}.`)]);
      continue;
    }
    found = true;
    lines.push([bold(`${label}`), text(" in the résumé, most used first:")]);
    for (const u of inCategory.slice(0, 12)) {
      const where = unique(u.jobs.map((j) => j.employer));
      lines.push(bullet(bold(u.name), text(u.jobs.length ? ` — ${aboutYears(u.months)} (${clip(listing(where), 70)})` : " — in skills")));
    }
    if (inCategory.length > 12) lines.push([text(`…and ${listing(inCategory.slice(12).map((u) => u.name))}.`)]);
    buttons.push(...inCategory.slice(0, 4).map((u) => ({ text: u.name, action: { type: "skill" as const, name: u.name } })));
  }
  return answer("category", found, ["skills"], message(lines, { buttons: rows(buttons, 4) }));
}

/** /skills: the résumé's own skills section if it has one, then everything its jobs used, by category. */
export function skillsOverview(ctx: AnswerContext): Answer {
  const { resume } = ctx.index.knowledge;
  const lines: Line[] = [[bold(`${ctx.first}'s technologies`), text(", by category, most used first:")]];
  for (const group of resume.skills) lines.push([bold(`${group.name}: `), text(clip(group.items.join(", "), 300))]);
  const uses = techUses(ctx).filter((u) => u.jobs.length);
  const byCategory = new Map<string, TechUse[]>();
  for (const u of uses) byCategory.set(u.category, [...(byCategory.get(u.category) ?? []), u]);
  for (const category of Object.keys(CATEGORY_LABELS)) {
    const list = byCategory.get(category);
    if (!list?.length) continue;
    const shown = list.slice(0, 14).map((u, i) => (i < 4 && u.months >= 12 ? `${u.name} (${aboutYears(u.months).replace("about ", "~")})` : u.name));
    lines.push([bold(`${CATEGORY_LABELS[category]}: `), text(shown.join(", ") + (list.length > 14 ? ", …" : ""))]);
  }
  const start = resume.experience.length ? formatYearMonth(resume.experience[resume.experience.length - 1]!.start) : undefined;
  if (start) lines.push(BREAK, [text(`Years are counted from the dated jobs that mention each one (since ${start}). Ask “Has ${ctx.first} used Kafka?” for details.`)]);
  const top = uses.slice(0, 6).map((u) => ({ text: u.name, action: { type: "skill" as const, name: u.name } }));
  return answer("command:skills", uses.length > 0 || resume.skills.length > 0, ["skills", ...uses.flatMap((u) => u.jobs.map(jobSource))], message(lines, { buttons: rows(top, 3) }));
}
