// Replies about the person: the /start card, help, summary, education, contacts, spoken languages.
import { formatPeriod, formatYearMonth } from "../knowledge/dates.js";
import type { Contact, ContactKind } from "../knowledge/model.js";
import { slug } from "../knowledge/ids.js";
import { clip } from "../search/text.js";
import type { AnswerContext } from "./context.js";
import { jobSource, roleTitle } from "./jobs.js";
import { aboutYears, earliestStart, unionMonths } from "./periods.js";
import { BREAK, answer, bold, bullet, italic, link, listing, message, rows, text } from "./rich.js";
import { techUses } from "./tech.js";
import type { Answer, Button, Line } from "./types.js";

const CONTACT_LABELS: Record<ContactKind, string> = {
  email: "E-mail",
  phone: "Phone",
  linkedin: "LinkedIn",
  github: "GitHub",
  twitter: "Twitter",
  telegram: "Telegram",
  website: "Website",
  other: "Link",
};

const contactLine = (c: Contact): Line => [text(`${CONTACT_LABELS[c.kind]}: `), c.url ? link(c.value, c.url) : text(c.value)];
const contactButton = (c: Contact): Button | undefined =>
  c.url && /^https?:/.test(c.url) ? { text: CONTACT_LABELS[c.kind], url: c.url } : undefined;

export const SECTION_BUTTONS: Button[] = [
  { text: "💼 Experience", action: { type: "section", name: "experience" } },
  { text: "🛠 Skills", action: { type: "section", name: "skills" } },
  { text: "🎓 Education", action: { type: "section", name: "education" } },
  { text: "📇 Contacts", action: { type: "section", name: "contacts" } },
  { text: "📝 Summary", action: { type: "section", name: "summary" } },
  { text: "📈 Timeline", action: { type: "media", kind: "timeline" } },
  { text: "📄 CV as PDF", action: { type: "media", kind: "cv" } },
];

/** /start: who, current role, total experience, main stack, contacts, and what to ask. */
export function startCard(ctx: AnswerContext): Answer {
  const { resume } = ctx.index.knowledge;
  const { person } = resume;
  const lines: Line[] = [[bold(person.name), ...(person.headline ? [text(` — ${person.headline}`)] : [])]];
  const current = resume.experience.find((j) => j.end === null);
  if (current) lines.push([text("Now: "), bold(roleTitle(current)), text(` at ${current.employer} (since ${formatYearMonth(current.start)})`)]);
  const start = earliestStart(resume.experience);
  if (start) lines.push([text(`Experience: ${aboutYears(unionMonths(resume.experience, ctx.now))}, since ${start.year}`)]);
  // The candidate's own words first (a summary's "With Rust, C/C++, Go, Java"), then the most used.
  const stackCategories = ["language", "database", "cloud", "containers"];
  const inStack = (name: string) => stackCategories.includes(ctx.index.knowledge.techs.technology(name)?.category ?? "");
  const own = ctx.index.knowledge.techs.mentions(resume.summary.join("\n")).filter(inStack);
  const used = techUses(ctx).filter((u) => u.jobs.length && inStack(u.name)).map((u) => u.name);
  const stack = [...new Set([...own, ...used])].slice(0, 8);
  if (stack.length) lines.push([text(`Main stack: ${stack.join(", ")}`)]);
  if (person.location) lines.push([text(`Location: ${person.location}`)]);
  const contacts = person.contacts.slice(0, 4);
  if (contacts.length) {
    lines.push([text("Contacts: "), ...contacts.flatMap((c, i) => [...(i ? [text(" · ")] : []), c.url ? link(c.value, c.url) : text(c.value)])]);
  }
  lines.push(BREAK, [italic(`Ask me anything about ${ctx.first}'s résumé, e.g. “Has ${ctx.first} used Kafka?”, “Where did ${ctx.first} work in 2016?”, “k8s”.`)]);
  return answer("command:start", true, ["summary", ...(current ? [jobSource(current)] : []), "contacts"], message(lines, { buttons: rows(SECTION_BUTTONS, 2), disablePreview: true }));
}

export function help(ctx: AnswerContext): Answer {
  const lines: Line[] = [
    [bold(`I answer questions about ${ctx.index.knowledge.resume.person.name}'s résumé`), text(", from the résumé only.")],
    BREAK,
    [text("/experience — all jobs, newest first (tap one for details)")],
    [text("/experience <company> — one job, e.g. /experience " + (ctx.index.knowledge.resume.experience[0]?.id.split("-")[0] ?? "acme"))],
    [text("/skills — technologies by category; /skills <tech> — one of them")],
    [text("/education — studies and degree")],
    [text("/contacts — how to reach the candidate")],
    [text("/summary — the résumé's own summary")],
    [text("/timeline — the career as a picture; /cv — the résumé as a PDF")],
    [text("/search <words> — search the whole résumé")],
    BREAK,
    [text(`Or just ask: “Where does ${ctx.first} work now?”, “How long at the last job?”, “Has ${ctx.first} used Kubernetes?”, “What did ${ctx.first} do in 2016?”. One word works too: “rust”.`)],
    [text("In any chat: type my @username and a word for a quick lookup.")],
  ];
  return answer("command:help", true, [], message(lines, { buttons: rows(SECTION_BUTTONS.slice(0, 4), 2) }));
}

export function summary(ctx: AnswerContext): Answer {
  const { person, summary: paragraphs } = ctx.index.knowledge.resume;
  const lines: Line[] = [[bold(person.name), ...(person.headline ? [text(` — ${person.headline}`)] : [])]];
  for (const p of paragraphs) lines.push([text(clip(p, 700))]);
  if (!paragraphs.length) lines.push([text("The résumé has no summary section.")]);
  return answer("summary", paragraphs.length > 0 || Boolean(person.headline), ["summary"], message(lines));
}

const DEGREE_LEVELS: [string, RegExp][] = [
  ["PhD", /\b(ph\.? ?d|doctor(ate|al)?|dphil)\b/i],
  ["master's degree", /\b(master'?s?|m\.?sc|msc|mba|m\.?eng|magist\w*)\b/i],
  ["bachelor's degree", /\b(bachelor'?s?|b\.?sc|bsc|b\.?eng|undergraduate)\b/i],
];

/** "Does he have a PhD?": the degree levels a question asks about. */
function askedDegrees(norm: string): [string, RegExp][] {
  return DEGREE_LEVELS.filter(([, re]) => re.test(norm));
}

export function education(ctx: AnswerContext, question = ""): Answer {
  const list = ctx.index.knowledge.resume.education;
  if (!list.length) return answer("education", false, [], message([[text("The résumé doesn't mention education.")]]));
  const lines: Line[] = [];
  // A degree level the résumé does not list is a "no", said before the facts it does list.
  const said = list.map((e) => [e.degree, e.field, ...e.details].join(" ")).join(" ");
  const missing = askedDegrees(question).filter(([, re]) => !re.test(said));
  if (missing.length) lines.push([text(`The résumé lists no ${listing(missing.map(([name]) => name))}. It lists:`)]);
  for (const e of list) {
    if (lines.length > (missing.length ? 1 : 0)) lines.push(BREAK);
    lines.push([bold(e.institution), ...(e.url ? [text(" ("), link(e.url.replace(/^https?:\/\//, "").replace(/\/$/, ""), e.url), text(")")] : [])]);
    const what = [e.degree, e.field].filter(Boolean).join(", ");
    if (what) lines.push([text(what)]);
    if (e.start && e.end) lines.push([italic(formatPeriod(e.start, e.end))]);
    else if (e.end) lines.push([italic(`Finished ${formatYearMonth(e.end)}`)]);
    for (const d of e.details.slice(0, 4)) lines.push(bullet(text(clip(d, 200))));
  }
  return answer("education", !missing.length, list.map((e) => `education/${slug(e.institution)}`), message(lines, { disablePreview: true }));
}

/** Which contact the question asks for, if one in particular. */
export function askedContactKind(norm: string): ContactKind | undefined {
  if (/\be-?mail|\bmail\b/.test(norm)) return "email";
  if (/\b(phone|call|telephone|mobile|cell)\b/.test(norm)) return "phone";
  if (/\blinked ?in\b/.test(norm)) return "linkedin";
  if (/\bgit ?hub\b|\b(source )?code\b|\brepos?\b|\brepositor|\bportfolio\b/.test(norm)) return "github";
  if (/\btwitter\b|\bx\.com\b/.test(norm)) return "twitter";
  if (/\btelegram\b/.test(norm)) return "telegram";
  if (/\b(website|web site|homepage|home page|blog)\b/.test(norm)) return "website";
  return undefined;
}

export function contacts(ctx: AnswerContext, kind?: ContactKind): Answer {
  const { person } = ctx.index.knowledge.resume;
  const all = person.contacts;
  const wanted = kind ? all.filter((c) => c.kind === kind) : all;
  const lines: Line[] = [];
  if (kind && !wanted.length) {
    lines.push([text(`The résumé gives no ${CONTACT_LABELS[kind]} for ${ctx.first}.`)]);
    if (all.length) lines.push([text("It does give:")], ...all.map((c) => bullet(...contactLine(c))));
  } else if (!all.length) {
    lines.push([text(`The résumé gives no contacts for ${ctx.first}.`)]);
  } else {
    lines.push([bold(person.name), text(kind ? "" : " — contacts:")]);
    lines.push(...wanted.map((c) => bullet(...contactLine(c))));
  }
  const buttons = (wanted.length ? wanted : all).map(contactButton).filter((b): b is Button => Boolean(b));
  return answer(kind ? `contacts:${kind}` : "contacts", wanted.length > 0, ["contacts"], message(lines, { buttons: rows(buttons, 2), disablePreview: true }));
}

export function spokenLanguages(ctx: AnswerContext): Answer {
  const list = ctx.index.knowledge.resume.languages;
  if (!list.length) {
    return answer("languages", false, [], message([[text(`The résumé doesn't list the languages ${ctx.first} speaks (it is written in English).`)]]));
  }
  const lines: Line[] = [[bold(`${ctx.first} speaks`), text(`: ${listing(list.map((l) => (l.fluency ? `${l.name} (${l.fluency})` : l.name)))}.`)]];
  return answer("languages", true, ["languages"], message(lines));
}

export function greeting(ctx: AnswerContext): Answer {
  const lines: Line[] = [[text(`Hi! I answer questions about ${ctx.index.knowledge.resume.person.name}'s résumé. Try “Where does ${ctx.first} work now?” or /help.`)]];
  return answer("greeting", true, [], message(lines, { buttons: rows(SECTION_BUTTONS.slice(0, 4), 2) }));
}

/** "Where does he live?" */
export function location(ctx: AnswerContext): Answer {
  const where = ctx.index.knowledge.resume.person.location;
  if (!where) return answer("location", false, [], message([[text(`The résumé doesn't say where ${ctx.first} is based.`)], [text("Ask directly: see /contacts.")]]));
  return answer("location", true, ["contacts"], message([[text(`${ctx.first} is based in `), bold(where), text(".")]]));
}
