// Commands ("/experience scylla"), deep links (?start=skills_rust) and button presses → answers.
import type { AnswerContext } from "../answer/context.js";
import { employerAnswer, experienceList, jobDetails } from "../answer/jobs.js";
import { contacts, education, help, startCard, summary } from "../answer/profile.js";
import { answer, message, text } from "../answer/rich.js";
import { categoryAnswer, skillsOverview, techAnswer } from "../answer/tech.js";
import type { Action, Answer, MediaKind, SectionName } from "../answer/types.js";
import type { Conversation } from "../conversation/conversation.js";
import { slug } from "../knowledge/ids.js";
import { analyzeQuery } from "../search/analyze.js";
import { normalize } from "../search/text.js";
import { ask, media, type Composed, type Core } from "./route.js";
import { sectionAnswer } from "./sections.js";

const plain = (answer: Answer): Composed => ({ answer, subject: {} });

/** What each command does with its argument; aliases share an entry. */
const COMMANDS: Record<string, (core: Core, arg: string, conv: Conversation, ctx: AnswerContext) => Composed> = {
  start: (core, arg, conv, ctx) => (arg ? deepLink(core, arg, conv, ctx) : plain(startCard(ctx))),
  help: (_c, _a, _v, ctx) => plain(help(ctx)),
  experience: (core, arg, conv, ctx) => (arg ? experienceOf(core, arg, conv, ctx) : { answer: experienceList(ctx), subject: { listed: true } }),
  skills: (core, arg, conv, ctx) => (arg ? skillOf(core, arg, conv, ctx) : plain(skillsOverview(ctx))),
  education: (_c, _a, _v, ctx) => plain(education(ctx)),
  contacts: (_c, _a, _v, ctx) => plain(contacts(ctx)),
  summary: (_c, _a, _v, ctx) => plain(summary(ctx)),
  search: (core, arg, conv, ctx) =>
    arg ? ask(core, arg, conv, ctx) : plain(answer("command:search", true, [], message([[text(ctx.words.searchPrompt)]]))),
  timeline: (core, _a, _v, ctx) => plain(media(core, "timeline", ctx)),
  cv: (core, _a, _v, ctx) => plain(media(core, "cv", ctx)),
};
const ALIASES: Record<string, string> = { jobs: "experience", work: "experience", stack: "skills", tech: "skills", contact: "contacts", about: "summary", ask: "search" };

/** A command by name (lowercase, without "/"); an unknown command is a search: "/kafka", "/rust_experience". */
export function runCommand(core: Core, name: string, arg: string, conv: Conversation, ctx: AnswerContext): Composed {
  const run = COMMANDS[ALIASES[name] ?? name];
  return run ? run(core, arg, conv, ctx) : ask(core, `${name.replace(/_/g, " ")} ${arg}`.trim(), conv, ctx);
}

/** t.me/<bot>?start=<payload>: "experience", "experience_scylladb", "skills_rust", "q_open_source". */
function deepLink(core: Core, payload: string, conv: Conversation, ctx: AnswerContext): Composed {
  const [head = "", ...rest] = payload.split("_");
  const arg = rest.join(" ");
  const name = head.toLowerCase();
  if (name === "experience" || name === "job") return arg ? experienceOf(core, arg, conv, ctx) : { answer: experienceList(ctx), subject: { listed: true } };
  if (name === "skills") return arg ? skillOf(core, arg, conv, ctx) : plain(skillsOverview(ctx));
  if (["education", "contacts", "summary", "help"].includes(name)) return plain(sectionAnswer(name as SectionName, ctx));
  if (name === "timeline" || name === "cv") return plain(media(core, name, ctx));
  if (name === "q") return ask(core, arg, conv, ctx);
  return plain(startCard(ctx));
}

/** "/experience scyla": a job by id, by employer name (misspelt or shortened), else a search. */
function experienceOf(core: Core, arg: string, conv: Conversation, ctx: AnswerContext): Composed {
  const { index } = core;
  const byId = core.knowledge.resume.experience.find((j) => j.id === arg.toLowerCase().replace(/\s+/g, "-"));
  if (byId) return plain(jobDetails(byId, ctx));
  const q = analyzeQuery(arg, index);
  if (q.employers.length === 1 && q.employers[0]!.jobs.length === 1) return plain(jobDetails(q.employers[0]!.jobs[0]!, ctx));
  if (q.employers.length) return plain(employerAnswer(q.employers, ctx));
  // In /experience the argument is a company, so its first word is enough: "/experience exit".
  const word = normalize(arg);
  const prefixed = index.employers.filter((e) => word.length >= 3 && e.keys.some((k) => k.startsWith(word)));
  if (prefixed.length === 1) return plain(prefixed[0]!.jobs.length === 1 ? jobDetails(prefixed[0]!.jobs[0]!, ctx) : employerAnswer(prefixed, ctx));
  return ask(core, arg, conv, ctx);
}

/** "/skills rust": a technology by slug or alias, a category, else a search. */
function skillOf(core: Core, arg: string, conv: Conversation, ctx: AnswerContext): Composed {
  const bySlug = core.knowledge.vocabulary.technologies.find((t) => slug(t.name) === slug(arg));
  if (bySlug) return { answer: techAnswer([bySlug], [], ctx), subject: { techs: [bySlug.name] } };
  const q = analyzeQuery(arg, core.index);
  if (q.techs.length) return { answer: techAnswer(q.techs, q.employers, ctx), subject: { techs: q.techs.map((t) => t.name) } };
  if (q.categories.length) return plain(categoryAnswer(q.categories, ctx));
  return ask(core, arg, conv, ctx);
}

/** A button press. */
export function act(core: Core, action: Action, conv: Conversation, ctx: AnswerContext): Composed {
  switch (action.type) {
    case "job": {
      const job = core.knowledge.resume.experience.find((j) => j.id === action.id);
      if (job) return plain(jobDetails(job, ctx));
      const stale = answer("stale", false, [], message([[text(ctx.words.staleJob)]]));
      return { answer: { ...stale, messages: [...stale.messages, ...experienceList(ctx).messages] }, subject: { listed: true } };
    }
    case "experience":
      return { answer: experienceList(ctx), subject: { listed: true } };
    case "section":
      return plain(sectionAnswer(action.name, ctx));
    case "skill":
      return skillOf(core, action.name, conv, ctx);
    case "ask":
      return ask(core, action.text, conv, ctx);
    case "media":
      return plain(media(core, action.kind, ctx));
  }
}
