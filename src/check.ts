// `npm run check [-- --knowledge DIR]`: reads a knowledge folder the way the bot does and prints what it
// understood (jobs with their periods, technologies, education, skills, languages, contacts, other
// sections), or the problems, one `file:line: field: reason` per line, exiting 1. An author runs it after
// editing a résumé, before restarting the bot.
import { existsSync, readFileSync } from "node:fs";
import { isProgram } from "./entry.js";
import { parse as parseDotenv } from "dotenv";
import { formatPeriod, formatYearMonth } from "./knowledge/dates.js";
import { KnowledgeErrors } from "./knowledge/errors.js";
import { loadKnowledge, type Knowledge } from "./knowledge/load.js";
import type { Education, Job, Resume, YearMonth } from "./knowledge/model.js";
import { format } from "./language/format.js";
import { scriptOf, type Lang } from "./language/detect.js";
import { pushAll } from "./knowledge/arrays.js";
import { plural } from "./words/catalogue.js";
import { loadFaq } from "./faq/load.js";

const USAGE =
  "usage: npm run check [-- --knowledge DIR] [--strict]   (default: $KNOWLEDGE_DIR, else ./knowledge)\n" +
  "  --strict   any field that cannot be read is a problem (exit 1), as CI wants it; without it, a warning";

/**
 * The words `check` prints, in the résumé's own language: an author of a Russian CV reads «Опыт работы»,
 * not "Experience". Kept here, not in src/words: they are the command line's, not the bot's replies.
 */
export interface CheckWords {
  folder: string;
  readFrom: string;
  candidate: string;
  headline: string;
  location: string;
  summaryTitle: string;
  summary: (n: number) => string;
  sections: string;
  counts: { experience: string; education: string; skills: string; languages: string; contacts: string };
  titles: { contacts: string; experience: string; education: string; skills: string; languages: string };
  otherSection: (title: string, id: string) => string;
  /** A section's title quoted: "Awards" / «Награды». */
  quoted: (title: string) => string;
  /** A contact's kind as shown ("email" / "почта"). */
  contactKind: (kind: string) => string;
  technologies: string;
  warnings: (n: number) => string;
  ready: (dir: string, warnings: number) => string;
}

const ENGLISH: CheckWords = {
  folder: "Knowledge folder",
  readFrom: "Read from",
  candidate: "Candidate",
  headline: "Headline",
  location: "Location",
  summaryTitle: "Summary",
  summary: (n) => `${n} paragraph${n === 1 ? "" : "s"}`,
  sections: "Sections",
  counts: { experience: "experience", education: "education", skills: "skills", languages: "languages", contacts: "contacts" },
  titles: { contacts: "Contacts", experience: "Experience", education: "Education", skills: "Skills", languages: "Languages" },
  otherSection: (title, id) => `Other section "${title}" [${id}]`,
  quoted: (title) => `"${title}"`,
  contactKind: (kind) => kind,
  technologies: "technologies",
  warnings: (n) => `Warnings (${n}): read without these fields; fix them, or run with --strict to refuse the file`,
  ready: (dir, n) => `OK: ${dir} is ready for the bot${n ? ` (${n} warning${n === 1 ? "" : "s"})` : ""}.`,
};

/** Russian plurals through the catalogue's `plural` (words/plural-rules.ts). */
const RU = { locale: "ru" };

const RUSSIAN_CONTACT_KINDS: Record<string, string> = { email: "почта", phone: "телефон", website: "сайт", location: "город" };

const RUSSIAN: CheckWords = {
  folder: "Папка с резюме",
  readFrom: "Прочитано из",
  candidate: "Кандидат",
  headline: "Заголовок",
  location: "Город",
  summaryTitle: "О себе",
  summary: (n) => plural(RU, n, { one: "{n} абзац", few: "{n} абзаца", many: "{n} абзацев", other: "{n} абзаца" }),
  sections: "Разделы",
  counts: { experience: "опыт работы", education: "образование", skills: "навыки", languages: "языки", contacts: "контакты" },
  titles: { contacts: "Контакты", experience: "Опыт работы", education: "Образование", skills: "Навыки", languages: "Языки" },
  otherSection: (title, id) => `Другой раздел «${title}» [${id}]`,
  quoted: (title) => `«${title}»`,
  contactKind: (kind) => RUSSIAN_CONTACT_KINDS[kind] ?? kind,
  technologies: "технологии",
  warnings: (n) => `Предупреждения (${n}): эти поля не прочитаны; исправьте их или запустите с --strict, чтобы файл не принимался`,
  ready: (dir, n) => `Готово: ${dir} можно отдавать боту${n ? ` (${plural(RU, n, { one: "{n} предупреждение", few: "{n} предупреждения", many: "{n} предупреждений", other: "{n} предупреждения" })})` : ""}.`,
};

/** The résumé's language, from its own words (name, headline, roles, section titles, summary). */
export function resumeLanguage(resume: Resume): Lang {
  // The extras' items, not their titles: the section of undated jobs is titled by the reader, in English.
  const own = [resume.person.name, resume.person.headline ?? "", ...resume.summary, ...resume.experience.map((j) => j.role)];
  const text = [...own, ...resume.education.map((e) => e.institution), ...resume.extras.flatMap((e) => e.items)].join(" ");
  return scriptOf(text) ?? "en";
}

/** The words `check` prints for a language. */
export function checkWords(lang: Lang): CheckWords {
  return lang === "ru" ? RUSSIAN : ENGLISH;
}

/** What `check` prints for a folder that loaded: one line per fact, indented under its section. */
export function describeKnowledge(knowledge: Knowledge, dir: string, lang: Lang = resumeLanguage(knowledge.resume)): string[] {
  const r = knowledge.resume;
  const w = checkWords(lang);
  const out: string[] = [];
  const section = (title: string, count: number, lines: string[]) => {
    out.push("", `${title} (${count})`);
    pushAll(out, lines.length ? lines.map((l) => `  ${l}`) : ["  —"]);
  };

  out.push(`${w.folder}: ${dir}`, `${w.readFrom}: ${r.sources.join(", ")}`, "");
  out.push(`${w.candidate}: ${r.person.name}`);
  if (r.person.headline) out.push(`${w.headline}: ${r.person.headline}`);
  if (r.person.location) out.push(`${w.location}: ${r.person.location}`);
  out.push(`${w.summaryTitle}: ${w.summary(r.summary.length)}`);
  const c = w.counts;
  const counts = [`${c.experience} ${r.experience.length}`, `${c.education} ${r.education.length}`, `${c.skills} ${r.skills.length}`, `${c.languages} ${r.languages.length}`, `${c.contacts} ${r.person.contacts.length}`];
  out.push("", `${w.sections}: ${[...counts, ...r.extras.map((e) => `${w.quoted(e.title)} ${e.items.length}`)].join(", ")}`);

  const t = w.titles;
  section(t.contacts, r.person.contacts.length, r.person.contacts.map((c) => `${w.contactKind(c.kind).padEnd(9)} ${c.value}`));
  // A job's line is shown only when there is one source file: it would be ambiguous across several.
  const only = r.sources.length === 1 ? r.sources[0] : undefined;
  section(t.experience, r.experience.length, r.experience.flatMap((j) => describeJob(j, only, lang)));
  section(t.education, r.education.length, r.education.map((e) => describeEducation(e, lang)));
  section(t.skills, r.skills.length, r.skills.map((g) => `${g.name}: ${g.items.join(", ")}`));
  section(t.languages, r.languages.length, r.languages.map((l) => (l.fluency ? `${l.name} (${l.fluency})` : l.name)));
  for (const e of r.extras) section(w.otherSection(e.title, e.id), e.items.length, e.items.map((i) => `- ${i}`));
  return out;
}

/** A period in the résumé's language: "Apr 2024 – present" / "апр. 2024 — н. в.". */
function period(start: YearMonth, end: YearMonth | null, lang: Lang): string {
  return lang === "en" ? formatPeriod(start, end) : format(lang).range(start, end);
}

function describeJob(job: Job, file: string | undefined, lang: Lang): string[] {
  const role = job.team ? `${job.role}, ${job.team}` : job.role;
  const where = job.location ? ` (${job.location})` : "";
  const source = file && job.line ? `  ${file}:${job.line}` : "";
  const lines = [`${period(job.start, job.end, lang)}  ${role} — ${job.employer}${where}  [${job.id}]${source}`];
  lines.push(`    ${checkWords(lang).technologies}: ${job.technologies.length ? job.technologies.join(", ") : "—"}`);
  return lines;
}

function describeEducation(e: Education, lang: Lang): string {
  const what = [e.degree, e.field].filter(Boolean).join(", ");
  const month = (d: YearMonth) => (lang === "en" ? formatYearMonth(d) : format(lang).month(d));
  const when = e.start && e.end ? period(e.start, e.end, lang) : e.start ? `${month(e.start)} – ?` : e.end ? month(e.end) : "";
  return [e.institution, what, when].filter(Boolean).join(" — ");
}

/** `--knowledge DIR` or `--knowledge=DIR`; undefined when not given. Throws on anything else. */
export function parseCheckArgs(argv: string[]): { knowledge?: string; help: boolean; strict: boolean } {
  const args: { knowledge?: string; help: boolean; strict: boolean } = { help: false, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") args.help = true;
    else if (arg === "--strict") args.strict = true;
    else if (arg === "--knowledge") {
      const value = argv[++i];
      if (!value) throw new Error("--knowledge needs a folder");
      args.knowledge = value;
    } else if (arg.startsWith("--knowledge=")) args.knowledge = arg.slice("--knowledge=".length);
    else throw new Error(`unknown argument "${arg}"`);
  }
  return args;
}

/** The folder the bot would read: KNOWLEDGE_DIR from the environment, else from .env, else ./knowledge. */
export function defaultKnowledgeDir(env: NodeJS.ProcessEnv): string {
  if (env.KNOWLEDGE_DIR?.trim()) return env.KNOWLEDGE_DIR.trim();
  if (existsSync(".env")) {
    const fromFile = parseDotenv(readFileSync(".env", "utf8")).KNOWLEDGE_DIR?.trim();
    if (fromFile) return fromFile;
  }
  return "./knowledge";
}

export function main(argv: string[], env: NodeJS.ProcessEnv): number {
  let args: ReturnType<typeof parseCheckArgs>;
  try {
    args = parseCheckArgs(argv);
  } catch (e) {
    console.error(`check: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const dir = args.knowledge ?? defaultKnowledgeDir(env);
  try {
    const knowledge = loadKnowledge(dir, { strict: args.strict });
    const faq = loadFaq(dir);
    const words = checkWords(resumeLanguage(knowledge.resume));
    console.log(describeKnowledge(knowledge, dir).join("\n"));
    // faq.md (issue 12): its questions, with their other phrasings.
    if (faq) console.log([``, `FAQ (${faq.entries.length})`, ...faq.entries.map((e) => `  ${faq.file}:${e.line}  ${e.question}${e.alsoAsked.length ? `  (also: ${e.alsoAsked.join("; ")})` : ""}`)].join("\n"));
    const n = knowledge.warnings.length;
    if (n) {
      // Warnings go to stdout with the rest: the folder is usable; they say what was left out and where.
      console.log(`\n${words.warnings(n)}`);
      for (const w of knowledge.warnings) console.log(`  ${w.message}`);
    }
    console.log(`\n${words.ready(dir, n)}`);
    return 0;
  } catch (e) {
    if (!(e instanceof KnowledgeErrors)) {
      console.error(`check: ${(e as Error).message ?? String(e)}`);
      return 1;
    }
    for (const error of e.errors) console.error(error.message);
    const n = e.errors.length;
    console.error(`\n${n} problem${n === 1 ? "" : "s"} in ${dir}: fix ${n === 1 ? "it" : "them"} and run npm run check again.`);
    return 1;
  }
}

// Runs only as a program (node dist/check.js), never on import.
if (isProgram(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2), process.env);
}
