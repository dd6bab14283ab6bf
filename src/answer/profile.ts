// Replies about the person: the /start card, help, summary, education, contacts, spoken languages.
import type { Contact, ContactKind } from "../knowledge/model.js";
import { slug } from "../knowledge/ids.js";
import { clip, normalize, tokenize } from "../search/text.js";
import type { AnswerContext } from "./context.js";
import { jobSource, roleTitle } from "./jobs.js";
import { earliestStart, unionMonths } from "./periods.js";
import { BREAK, answer, bold, bullet, italic, link, message, rows, text } from "./rich.js";
import { techUses } from "./tech.js";
import type { Answer, Button, Line } from "./types.js";
import type { AnswerWords } from "../words/index.js";

const contactLine = (c: Contact, ctx: AnswerContext): Line => [text(`${ctx.words.contactLabels[c.kind]}: `), c.url ? link(c.value, c.url) : text(c.value)];
const contactButton = (c: Contact, ctx: AnswerContext): Button | undefined =>
  c.url && /^https?:/.test(c.url) ? { text: ctx.words.contactLabels[c.kind], url: c.url } : undefined;

/** The section buttons under the /start card, /help and a greeting, in the answer's language. */
export function sectionButtons(ctx: AnswerContext): Button[] {
  const label = ctx.words.sectionButtons;
  return [
    { text: label.experience, action: { type: "section", name: "experience" } },
    { text: label.skills, action: { type: "section", name: "skills" } },
    { text: label.education, action: { type: "section", name: "education" } },
    { text: label.contacts, action: { type: "section", name: "contacts" } },
    { text: label.summary, action: { type: "section", name: "summary" } },
    { text: label.timeline, action: { type: "media", kind: "timeline" } },
    { text: label.cv, action: { type: "media", kind: "cv" } },
  ];
}

/** /start: who, current role, total experience, main stack, contacts, and what to ask. */
export function startCard(ctx: AnswerContext): Answer {
  const { words: w, format: f } = ctx;
  const { resume } = ctx.index.knowledge;
  const { person } = resume;
  const lines: Line[] = [[bold(person.name), ...(person.headline ? [text(` — ${person.headline}`)] : [])]];
  const current = resume.experience.find((j) => j.end === null);
  if (current) lines.push([text(w.startNow), bold(roleTitle(current)), text(w.startSince(current.employer, f.month(current.start)))]);
  const start = earliestStart(resume.experience);
  if (start) lines.push([text(w.startExperience(f.aboutYears(unionMonths(resume.experience, ctx.now)), start.year))]);
  // The candidate's own words first (a summary's "With Rust, C/C++, Go, Java"), then the most used.
  const stackCategories = ["language", "database", "cloud", "containers"];
  const inStack = (name: string) => stackCategories.includes(ctx.index.knowledge.techs.technology(name)?.category ?? "");
  const own = ctx.index.knowledge.techs.mentions(resume.summary.join("\n")).filter(inStack);
  const used = techUses(ctx).filter((u) => u.jobs.length && inStack(u.name)).map((u) => u.name);
  const stack = [...new Set([...own, ...used])].slice(0, 8);
  if (stack.length) lines.push([text(`${w.mainStack}: ${stack.join(", ")}`)]);
  if (person.location) lines.push([text(`${w.locationLabel}: ${person.location}`)]);
  const contacts = person.contacts.slice(0, 4);
  if (contacts.length) {
    lines.push([text(`${w.contactsLabel}: `), ...contacts.flatMap((c, i) => [...(i ? [text(" · ")] : []), c.url ? link(c.value, c.url) : text(c.value)])]);
  }
  lines.push(BREAK, [italic(w.startHint(ctx.first))]);
  return answer("command:start", true, ["summary", ...(current ? [jobSource(current)] : []), "contacts"], message(lines, { buttons: rows(sectionButtons(ctx), 2), disablePreview: true }));
}

export function help(ctx: AnswerContext): Answer {
  const { resume } = ctx.index.knowledge;
  const example = resume.experience[0]?.id.split("-")[0] ?? "acme";
  const h = ctx.words.help;
  const lines: Line[] = [
    [bold(h.title(resume.person.name)), text(h.fromResumeOnly)],
    BREAK,
    ...[...h.commands(example), h.language].map((l): Line => [text(l)]),
    BREAK,
    [text(h.orAsk(ctx.first))],
    [text(h.inline)],
  ];
  return answer("command:help", true, [], message(lines, { buttons: rows(sectionButtons(ctx).slice(0, 4), 2) }));
}

export function summary(ctx: AnswerContext): Answer {
  const { person, summary: paragraphs } = ctx.index.knowledge.resume;
  const lines: Line[] = ctx.words.summaryTitle ? [[bold(ctx.words.summaryTitle)]] : [];
  lines.push([bold(person.name), ...(person.headline ? [text(` — ${person.headline}`)] : [])]);
  for (const p of paragraphs) lines.push([text(clip(p, 700))]);
  if (!paragraphs.length) lines.push([text(ctx.words.noSummary)]);
  return answer("summary", paragraphs.length > 0 || Boolean(person.headline), ["summary"], message(lines));
}

type DegreeLevel = keyof AnswerWords["degreeNames"];

// Russian CVs write the degree in Russian («Бакалавр», «магистр»): those count as said too.
const DEGREE_LEVELS: [DegreeLevel, RegExp][] = [
  ["phd", /\b(ph\.? ?d|doctor(ate|al)?|dphil)\b|кандидат\S* наук|доктор\S* наук|аспирант/iu],
  ["master", /\b(master'?s?|m\.?sc|msc|mba|m\.?eng|magist\w*)\b|магист/iu],
  ["bachelor", /\b(bachelor'?s?|b\.?sc|bsc|b\.?eng|undergraduate)\b|бакалав/iu],
];

/** "Does he have a PhD?": the degree levels a question asks about. */
function askedDegrees(norm: string): [DegreeLevel, RegExp][] {
  return DEGREE_LEVELS.filter(([, re]) => re.test(norm));
}

/**
 * "Did he study at MIT?", «Учился ли он в МГУ?»: a school named (capitalised, after "at", "from", «в»…)
 * that none of the résumé's institutions is. Undefined when no school is named or one of them is it.
 */
export function unlistedSchool(raw: string, institutions: string[]): string | undefined {
  const named = /\b(?:at|from|attend(?:ed)?|go to|went to|graduate of)\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}&.'-]*(?:\s+(?:of\s+|de\s+|in\s+)?\p{Lu}[\p{L}\p{N}&.'-]*)*)|(?<![\p{L}])(?:в|во|из)\s+(\p{Lu}[\p{L}\p{N}&.'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'-]*)*)/u.exec(raw);
  const name = (named?.[1] ?? named?.[2])?.replace(/^the\s+/i, "").trim();
  if (!name) return undefined;
  const words = tokenize(normalize(name)).filter((t) => t.length > 2 && !SCHOOL_WORDS.has(t));
  const listed = institutions.map((i) => normalize(i));
  // "MIT" is "Massachusetts Institute of Technology", «КФУ» «Казанский федеральный университет»: initials count.
  const initialism = /^\p{Lu}{2,6}$/u.test(name) && institutions.some((i) => initials(i) === name);
  const isListed = initialism || (words.length ? words.some((t) => listed.some((l) => tokenize(l).includes(t))) : listed.some((l) => l.includes(normalize(name))));
  return isListed ? undefined : name;
}

/** "Massachusetts Institute of Technology" → "MIT": the first letters of its words, small words left out. */
function initials(name: string): string {
  return name
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s-]+/)
    .filter((w) => w && !/^(of|de|the|and|for|in|и|имени|им\.)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join("");
}

/** Words every school name may share: "University" alone does not make two schools one. */
const SCHOOL_WORDS = new Set(["university", "college", "institute", "school", "academy", "state", "national", "federal", "technical", "technology", "sciences", "science", "polytechnic", "университет", "институт", "академия"]);

export function education(ctx: AnswerContext, question = "", raw = ""): Answer {
  const { words: w, format: f } = ctx;
  const list = ctx.index.knowledge.resume.education;
  if (!list.length) return answer("education", false, [], message([[text(w.noEducation)]]));
  // A heading where the language wants one (the English answer starts with the school itself).
  const lines: Line[] = w.educationTitle ? [[bold(w.educationTitle)]] : [];
  const head = lines.length;
  // A degree level the résumé does not list is a "no", said before the facts it does list.
  const said = list.map((e) => [e.degree, e.field, ...e.details].join(" ")).join(" ");
  const missing = askedDegrees(question).filter(([, re]) => !re.test(said));
  const school = unlistedSchool(raw, list.map((e) => e.institution));
  if (missing.length) lines.push([text(w.noDegree(f.list(missing.map(([level]) => w.degreeNames[level]))))]);
  else if (school) lines.push([text(w.noSchool(school))]);
  for (const e of list) {
    if (lines.length > head + (missing.length || school ? 1 : 0)) lines.push(BREAK);
    lines.push([bold(e.institution), ...(e.url ? [text(" ("), link(e.url.replace(/^https?:\/\//, "").replace(/\/$/, ""), e.url), text(")")] : [])]);
    const what = [e.degree, e.field].filter(Boolean).join(", ");
    if (what) lines.push([text(what)]);
    if (e.start && e.end) lines.push([italic(f.range(e.start, e.end))]);
    else if (e.end) lines.push([italic(w.finished(f.month(e.end)))]);
    for (const d of e.details.slice(0, 4)) lines.push(bullet(text(clip(d, 200))));
  }
  return answer("education", !missing.length && !school, list.map((e) => `education/${slug(e.institution)}`), message(lines, { disablePreview: true }));
}

/** Which contact the question asks for, if one in particular. */
export function askedContactKind(norm: string): ContactKind | undefined {
  if (/\be-?mail|\bmail\b/.test(norm)) return "email";
  // "on-call", "mobile development", "call stack" are work, not a phone number.
  if (/\b(phone|telephone|cell ?phone)\b|\b(call|ring|phone) (him|her|them)\b|\bmobile(?! ?(dev|app|engineer|platform|game|team|sdk|ios|android|web|first|client))\b|\bcell\b$/.test(norm)) return "phone";
  if (/\blinked ?in\b/.test(norm)) return "linkedin";
  if (/\bgit ?hub\b|\b(source )?code\b|\brepos?\b|\brepositor|\bportfolio\b/.test(norm)) return "github";
  if (/\btwitter\b|\bx\.com\b/.test(norm)) return "twitter";
  if (/\btelegram\b/.test(norm)) return "telegram";
  if (/\b(website|web site|homepage|home page|blog)\b/.test(norm)) return "website";
  return undefined;
}

export function contacts(ctx: AnswerContext, kind?: ContactKind): Answer {
  const w = ctx.words;
  const { person } = ctx.index.knowledge.resume;
  const all = person.contacts;
  const wanted = kind ? all.filter((c) => c.kind === kind) : all;
  const lines: Line[] = [];
  if (kind && !wanted.length) {
    lines.push([text(w.noContactOfKind(w.contactLabels[kind], ctx.first))]);
    if (all.length) lines.push([text(w.itDoesGive)], ...all.map((c) => bullet(...contactLine(c, ctx))));
  } else if (!all.length) {
    lines.push([text(w.noContacts(ctx.first))]);
  } else {
    lines.push([bold(person.name), text(kind ? w.contactTitleOne : w.contactsTitle)]);
    lines.push(...wanted.map((c) => bullet(...contactLine(c, ctx))));
  }
  const buttons = (wanted.length ? wanted : all).map((c) => contactButton(c, ctx)).filter((b): b is Button => Boolean(b));
  return answer(kind ? `contacts:${kind}` : "contacts", wanted.length > 0, ["contacts"], message(lines, { buttons: rows(buttons, 2), disablePreview: true }));
}

export function spokenLanguages(ctx: AnswerContext): Answer {
  const list = ctx.index.knowledge.resume.languages;
  if (!list.length) {
    return answer("languages", false, [], message([[text(ctx.words.noLanguages(ctx.first))]]));
  }
  const lines: Line[] = [[bold(ctx.words.speaks(ctx.first)), text(`: ${ctx.format.list(list.map((l) => (l.fluency ? `${l.name} (${l.fluency})` : l.name)))}.`)]];
  return answer("languages", true, ["languages"], message(lines));
}

export function greeting(ctx: AnswerContext): Answer {
  const lines: Line[] = [[text(ctx.words.greeting(ctx.index.knowledge.resume.person.name, ctx.first))]];
  return answer("greeting", true, [], message(lines, { buttons: rows(sectionButtons(ctx).slice(0, 4), 2) }));
}

/** "Where does he live?" */
export function location(ctx: AnswerContext): Answer {
  const where = ctx.index.knowledge.resume.person.location;
  const w = ctx.words;
  if (!where) return answer("location", false, [], message([[text(w.noLocation(ctx.first))], [text(w.locationAskDirectly)]]));
  return answer("location", true, ["contacts"], message([[text(w.basedIn(ctx.first)), bold(where), text(".")]]));
}
