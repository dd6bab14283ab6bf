// The answer engine: knowledge → chunks → search index, built once; then, per message, analyse → classify →
// compose. Pure per call (no I/O), so the bot, the terminal and the tests all get the same answers.
// Front ends (the Telegram bot, the terminal) depend on this interface only.
import { answerContext, type AnswerContext } from "./answer/context.js";
import {
  currentJob,
  employerAnswer,
  employerDuration,
  experienceList,
  jobButton,
  jobDetails,
  jobSummaryLines,
  notEmployer,
  totalExperience,
  yearAnswer,
} from "./answer/jobs.js";
import { messageToPlainText } from "./answer/plain-text.js";
import { askedContactKind, contacts, education, greeting, help, location, spokenLanguages, startCard, summary } from "./answer/profile.js";
import { answer, message, text } from "./answer/rich.js";
import { notFound, passagesAnswer } from "./answer/search.js";
import { askedSections, sectionsAnswer } from "./answer/sections.js"; // [sections hook, issue 14]
import { categoryAnswer, skillsOverview, techAnswer } from "./answer/tech.js";
import type { Action, Answer, MediaKind, Message, SectionName } from "./answer/types.js";
import { buildChunks } from "./knowledge/chunks.js";
import { slug } from "./knowledge/ids.js";
import type { Knowledge } from "./knowledge/load.js";
import type { Job } from "./knowledge/model.js";
import { analyzeQuery, type Term } from "./search/analyze.js";
import { classify } from "./search/intents.js";
import { coverage, searchPassages } from "./search/passages.js";
import { createSearchIndex, type Passage } from "./search/search-index.js";
import { normalize, stem, tokenize } from "./search/text.js";
import { loadQuestionVocabulary, type QuestionVocabulary } from "./search/vocabulary.js";

export interface InlineItem {
  /** Stable per result (≤ 64 bytes), e.g. "experience/scylladb". */
  id: string;
  title: string;
  description: string;
  message: Message;
}

export interface Engine {
  readonly knowledge: Knowledge;
  /** A message as a user typed it: a command ("/experience scylla") or a free-text question. */
  respond(input: string): Answer;
  /** A button press. */
  act(action: Action): Answer;
  /** Inline mode (`@bot rust`): up to `limit` results; an empty query gives the quick-lookup card and friends. */
  inline(query: string, limit?: number): InlineItem[];
}

export interface EngineOptions {
  /** "Now", for "current job" and durations; tests pin it. Default: the clock at each call. */
  now?: Date;
  /** The question vocabulary; default: knowledge/intents.json. */
  questions?: QuestionVocabulary;
}

/** Questions longer than this are cut: nobody asks a 10k-character question, and it bounds the work. */
const MAX_INPUT = 500;

export function createEngine(knowledge: Knowledge, options: EngineOptions = {}): Engine {
  const chunks = buildChunks(knowledge.resume);
  const index = createSearchIndex(knowledge, chunks, options.questions ?? loadQuestionVocabulary());
  const context = (): AnswerContext => answerContext(index, options.now ?? new Date());
  const roleStems = new Set(knowledge.resume.experience.flatMap((j) => tokenize(normalize(j.role)).map(stem)));

  const sections: Record<SectionName, (ctx: AnswerContext) => Answer> = {
    start: startCard,
    help,
    experience: experienceList,
    skills: skillsOverview,
    education,
    contacts: (ctx) => contacts(ctx),
    summary,
  };

  function respond(input: string): Answer {
    const text = input.slice(0, MAX_INPUT).trim();
    const command = /^\/([\p{L}\p{N}_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(text);
    if (command) return runCommand(command[1]!.toLowerCase(), (command[2] ?? "").trim());
    return ask(text);
  }

  function runCommand(name: string, arg: string): Answer {
    const ctx = context();
    switch (name) {
      case "start":
        return arg ? deepLink(arg) : startCard(ctx);
      case "help":
        return help(ctx);
      case "experience":
      case "jobs":
      case "work":
        return arg ? experienceOf(arg) : experienceList(ctx);
      case "skills":
      case "stack":
      case "tech":
        return arg ? skillOf(arg) : skillsOverview(ctx);
      case "education":
        return education(ctx);
      case "contacts":
      case "contact":
        return contacts(ctx);
      case "summary":
      case "about":
        return summary(ctx);
      case "search":
      case "ask":
        return arg ? ask(arg) : answer("command:search", true, [], message([[{ text: "What should I look for? E.g. /search kafka" }]]));
      case "timeline":
      case "cv":
        return media(name);
      default:
        // An unknown command is a search: "/kafka", "/rust_experience".
        return ask(`${name.replace(/_/g, " ")} ${arg}`.trim());
    }
  }

  /** t.me/<bot>?start=<payload>: "experience", "experience_scylladb", "skills_rust", "q_open_source". */
  function deepLink(payload: string): Answer {
    const [head, ...rest] = payload.split("_");
    const arg = rest.join(" ");
    const ctx = context();
    switch (head?.toLowerCase()) {
      case "experience":
      case "job":
        return arg ? experienceOf(arg) : experienceList(ctx);
      case "skills":
        return arg ? skillOf(arg) : skillsOverview(ctx);
      case "education":
      case "contacts":
      case "summary":
      case "help":
        return sections[head.toLowerCase() as SectionName](ctx);
      case "timeline":
      case "cv":
        return media(head.toLowerCase() as MediaKind);
      case "q":
        return ask(arg);
      default:
        return startCard(ctx);
    }
  }

  function experienceOf(arg: string): Answer {
    const ctx = context();
    const byId = knowledge.resume.experience.find((j) => j.id === arg.toLowerCase().replace(/\s+/g, "-"));
    if (byId) return jobDetails(byId, ctx);
    const q = analyzeQuery(arg, index);
    if (q.employers.length === 1 && q.employers[0]!.jobs.length === 1) return jobDetails(q.employers[0]!.jobs[0]!, ctx);
    if (q.employers.length) return employerAnswer(q.employers, ctx);
    // In /experience the argument is a company, so its first word is enough: "/experience exit".
    const word = normalize(arg);
    const prefixed = index.employers.filter((e) => word.length >= 3 && e.keys.some((k) => k.startsWith(word)));
    if (prefixed.length === 1) return prefixed[0]!.jobs.length === 1 ? jobDetails(prefixed[0]!.jobs[0]!, ctx) : employerAnswer(prefixed, ctx);
    return ask(arg);
  }

  function skillOf(arg: string): Answer {
    const ctx = context();
    const bySlug = knowledge.vocabulary.technologies.find((t) => slug(t.name) === slug(arg));
    if (bySlug) return techAnswer([bySlug], [], ctx);
    const q = analyzeQuery(arg, index);
    if (q.techs.length) return techAnswer(q.techs, q.employers, ctx);
    if (q.categories.length) return categoryAnswer(q.categories, ctx);
    return ask(arg);
  }

  function media(kind: MediaKind): Answer {
    const { name } = knowledge.resume.person;
    const caption = kind === "timeline" ? `${name}: career timeline` : `${name} — CV (PDF), generated from the résumé`;
    return answer(`media:${kind}`, true, ["summary"], message([[text(caption)]], { media: kind }));
  }

  function ask(question: string): Answer {
    const ctx = context();
    const q = analyzeQuery(question, index);
    // [sections hook, issue 14] "Any awards?", "certifications?", "hobbies?": answered from the section
    // it names (src/answer/sections.ts), unless the question also names a technology, employer or year.
    const asked = q.techs.length || q.employers.length || q.years.length ? [] : askedSections(q.norm, knowledge.resume.extras);
    if (asked.length) return sectionsAnswer(asked, ctx);
    // [end sections hook]
    const intent = classify(q, index.vocabulary, askedContactKind, roleStems);
    switch (intent.kind) {
      case "empty":
        return answer("empty", false, [], message([[text("Ask me about the résumé: a company, a technology, a year — or /help.")]]));
      case "greeting":
        return greeting(ctx);
      case "thanks":
        return answer("thanks", true, [], message([[text("You're welcome! Anything else about the résumé?")]]));
      case "contacts":
        return contacts(ctx, intent.channel);
      case "education":
        return education(ctx, q.norm);
      case "location":
        return location(ctx);
      case "notEmployer":
        return notEmployer(intent.name, ctx);
      case "spokenLanguages":
        return spokenLanguages(ctx);
      case "category":
        return categoryAnswer(intent.categories, ctx);
      case "year":
        return yearAnswer(intent.years, ctx);
      case "totalExperience":
        return totalExperience(ctx);
      case "employerDuration":
        return employerDuration(intent.employers, ctx);
      case "current":
        return currentJob(ctx);
      case "tech": {
        const a = techAnswer(intent.techs, intent.employers, ctx);
        // "Does he have AWS certification?": what the question adds beyond the technology, if the résumé
        // lacks it, is said first; a certification, a rate, a clearance the résumé lacks makes it a "no".
        const extra = q.unknown.filter((w) => w.length > 3 && !index.vocabulary.phrasing(w));
        if (!extra.length) return a;
        const absent = extra.some((w) => index.vocabulary.intents.absent.test(w));
        const note = [text(`The résumé doesn't mention “${extra.join(" ")}”. What it says about ${intent.techs.map((t) => t.name).join(", ")}:`)];
        const [first, ...rest] = a.messages;
        return { ...a, found: a.found && !absent, messages: [{ ...first!, lines: [note, ...first!.lines] }, ...rest] };
      }
      case "employer":
        return employerAnswer(intent.employers, ctx);
      case "jobs":
        return experienceList(ctx);
      case "skills":
        return skillsOverview(ctx);
      case "firstJob":
        return jobAt(ctx, (jobs) => jobs[jobs.length - 1]);
      case "previousJob":
        return jobAt(ctx, (jobs) => jobs.find((j) => j.end !== null));
      case "adjacentJob": {
        const jobs = knowledge.resume.experience; // newest first
        const at = intent.employers.flatMap((e) => e.jobs).map((j) => jobs.indexOf(j));
        const i = intent.direction === "before" ? Math.max(...at) + 1 : Math.min(...at) - 1;
        return jobAt(ctx, () => jobs[i], intent.direction === "before" ? `Before ${intent.employers[0]!.name}:` : `After ${intent.employers[0]!.name}:`);
      }
      case "summary":
        return summary(ctx);
      case "topic": {
        const look: Term[] = intent.topic.look.flatMap((w) => tokenize(normalize(w)).map((t) => ({ token: t, stem: stem(t), expansion: true })));
        const { topic } = intent;
        // A section named for the topic ("Publications", "Talks") answers it, whatever its words;
        // for achievements, figures ("x2", "-30%") mark the results.
        const bonus = (p: Passage) =>
          (p.chunk.kind === "extra" && topic.trigger.test(normalize(p.chunk.title)) ? 3 : 0) +
          (topic.prefer === "numbers" && /\d+\s*%|\bx\d|\d+\s*(gb|tb|ms|k|m)\b/i.test(p.text) ? 3 : 0);
        const hits = searchPassages(index, { terms: [...q.terms, ...look], bonus });
        if (hits.length) return passagesAnswer(`topic:${intent.topic.name}`, hits, ctx);
        return notFound(q, ctx);
      }
      case "search": {
        const hits = searchPassages(index, { terms: q.terms });
        // Words like "salary" or "remote" are what such a question is about; when the résumé lacks them,
        // a rare word beside them ("open to remote work") must not pass for an answer.
        const enough = intent.absentTopic ? 0.75 : 0.5;
        if (hits.length && coverage(index, q.terms, q.unknown, hits) >= enough) return passagesAnswer("search", hits, ctx);
        return notFound(q, ctx, { absentTopic: intent.absentTopic });
      }
    }
  }

  /** One job picked from the list (newest first), in brief, with an optional lead-in. */
  function jobAt(ctx: AnswerContext, pick: (jobs: Job[]) => Job | undefined, lead?: string): Answer {
    const job = pick(knowledge.resume.experience);
    if (!job) return answer("job", false, [], message([[text("The résumé lists no such job.")]]));
    const lines = jobSummaryLines(job, ctx, 700);
    return answer("job", true, [`experience/${job.id}`], message(lead ? [[text(lead)], ...lines] : lines, { buttons: [[jobButton(job, ctx, `More: ${job.employer}`)]] }));
  }

  function act(action: Action): Answer {
    const ctx = context();
    switch (action.type) {
      case "job": {
        const job = knowledge.resume.experience.find((j) => j.id === action.id);
        if (job) return jobDetails(job, ctx);
        return answer("stale", false, [], message([[text("That job is no longer in the résumé. Here is the current list:")]]), ...experienceList(ctx).messages);
      }
      case "experience":
        return experienceList(ctx);
      case "section":
        return (sections[action.name] ?? startCard)(ctx);
      case "skill":
        return skillOf(action.name);
      case "ask":
        return ask(action.text);
      case "media":
        return media(action.kind);
    }
  }

  function inline(query: string, limit = 10): InlineItem[] {
    const ctx = context();
    const items: InlineItem[] = [];
    const add = (id: string, title: string, a: Answer) => {
      const m = a.messages[0];
      if (!m || items.some((i) => i.id === id)) return;
      const plain = messageToPlainText(m).replace(/\s+/g, " ");
      items.push({ id: id.slice(0, 64), title, description: plain.slice(0, 120), message: { ...m, buttons: undefined } });
    };
    const q = query.trim().slice(0, MAX_INPUT);
    const { name } = knowledge.resume.person;
    if (!q) {
      add("card", name, startCard(ctx));
      add("current", "Current job", currentJob(ctx));
      add("experience", "Experience", experienceList(ctx));
      add("skills", "Skills", skillsOverview(ctx));
      add("contacts", "Contacts", contacts(ctx));
      return items.slice(0, limit);
    }
    const main = respond(q);
    add(`q:${slug(q)}`, main.found ? `${name}: ${q}` : `Not in the résumé: ${q}`, main);
    for (const source of main.sources) {
      const job = index.chunkById.get(source)?.job;
      if (!job) continue;
      const lines = jobSummaryLines(job, ctx, 700);
      add(source, `${job.employer} — ${job.role}`, answer("job", true, [source], message(lines)));
    }
    return items.slice(0, limit);
  }

  return { knowledge, respond, act, inline };
}
