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
import type { Education, Job } from "./knowledge/model.js";
import { pushAll } from "./knowledge/arrays.js";
import { loadFaq } from "./faq/load.js";

const USAGE =
  "usage: npm run check [-- --knowledge DIR] [--strict]   (default: $KNOWLEDGE_DIR, else ./knowledge)\n" +
  "  --strict   any field that cannot be read is a problem (exit 1), as CI wants it; without it, a warning";

/** What `check` prints for a folder that loaded: one line per fact, indented under its section. */
export function describeKnowledge(knowledge: Knowledge, dir: string): string[] {
  const r = knowledge.resume;
  const out: string[] = [];
  const section = (title: string, count: number, lines: string[]) => {
    out.push("", `${title} (${count})`);
    pushAll(out, lines.length ? lines.map((l) => `  ${l}`) : ["  —"]);
  };

  out.push(`Knowledge folder: ${dir}`, `Read from: ${r.sources.join(", ")}`, "");
  out.push(`Candidate: ${r.person.name}`);
  if (r.person.headline) out.push(`Headline: ${r.person.headline}`);
  if (r.person.location) out.push(`Location: ${r.person.location}`);
  out.push(`Summary: ${r.summary.length} paragraph${r.summary.length === 1 ? "" : "s"}`);

  out.push(
    "",
    `Sections: ${[
      `experience ${r.experience.length}`,
      `education ${r.education.length}`,
      `skills ${r.skills.length}`,
      `languages ${r.languages.length}`,
      `contacts ${r.person.contacts.length}`,
      ...r.extras.map((e) => `"${e.title}" ${e.items.length}`),
    ].join(", ")}`,
  );

  section("Contacts", r.person.contacts.length, r.person.contacts.map((c) => `${c.kind.padEnd(9)} ${c.value}`));
  // A job's line is shown only when there is one source file: it would be ambiguous across several.
  const only = r.sources.length === 1 ? r.sources[0] : undefined;
  section("Experience", r.experience.length, r.experience.flatMap((j) => describeJob(j, only)));
  section("Education", r.education.length, r.education.map(describeEducation));
  section("Skills", r.skills.length, r.skills.map((g) => `${g.name}: ${g.items.join(", ")}`));
  section("Languages", r.languages.length, r.languages.map((l) => (l.fluency ? `${l.name} (${l.fluency})` : l.name)));
  for (const e of r.extras) section(`Other section "${e.title}" [${e.id}]`, e.items.length, e.items.map((i) => `- ${i}`));
  return out;
}

function describeJob(job: Job, file: string | undefined): string[] {
  const role = job.team ? `${job.role}, ${job.team}` : job.role;
  const where = job.location ? ` (${job.location})` : "";
  const source = file && job.line ? `  ${file}:${job.line}` : "";
  const lines = [`${formatPeriod(job.start, job.end)}  ${role} — ${job.employer}${where}  [${job.id}]${source}`];
  lines.push(`    technologies: ${job.technologies.length ? job.technologies.join(", ") : "—"}`);
  return lines;
}

function describeEducation(e: Education): string {
  const what = [e.degree, e.field].filter(Boolean).join(", ");
  const when =
    e.start && e.end ? formatPeriod(e.start, e.end) : e.start ? `${formatYearMonth(e.start)} – ?` : e.end ? formatYearMonth(e.end) : "";
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
    console.log(describeKnowledge(knowledge, dir).join("\n"));
    // faq.md (issue 12): its questions, with their other phrasings.
    if (faq) console.log([``, `FAQ (${faq.entries.length})`, ...faq.entries.map((e) => `  ${faq.file}:${e.line}  ${e.question}${e.alsoAsked.length ? `  (also: ${e.alsoAsked.join("; ")})` : ""}`)].join("\n"));
    const n = knowledge.warnings.length;
    if (n) {
      // Warnings go to stdout with the rest: the folder is usable; they say what was left out and where.
      console.log(`\nWarnings (${n}): read without these fields; fix them, or run with --strict to refuse the file`);
      for (const w of knowledge.warnings) console.log(`  ${w.message}`);
    }
    console.log(`\nOK: ${dir} is ready for the bot${n ? ` (${n} warning${n === 1 ? "" : "s"})` : ""}.`);
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
