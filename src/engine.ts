// The answer engine: knowledge → chunks → search index, built once; then, per turn,
// understand (analyse, resolve follow-ups, classify) → compose. `handle` is pure (no I/O; the clock is
// injected), so the bot, the terminal and the tests all get the same answers. Layers: src/understanding,
// src/search (retrieval), src/answer + src/compose (composing), src/conversation; see docs/architecture.md.
import { answerContext, type AnswerContext } from "./answer/context.js";
import { contacts, startCard } from "./answer/profile.js";
import { currentJob, experienceList, jobSummaryLines } from "./answer/jobs.js";
import { messageToPlainText } from "./answer/plain-text.js";
import { answer, italic, message } from "./answer/rich.js";
import { skillsOverview } from "./answer/tech.js";
import type { Action, Answer, Message } from "./answer/types.js";
import { act, runCommand } from "./compose/commands.js";
import { ask, listsEnglish, type Composed, type Core } from "./compose/route.js";
import { NEW_CONVERSATION, remember, type Conversation, type Turn } from "./conversation/conversation.js";
import { buildChunks, type Chunk } from "./knowledge/chunks.js";
import { slug } from "./knowledge/ids.js";
import { languageOfCode, type Lang } from "./language/detect.js";
import { prepareQuestion } from "./language/index.js";
import type { Knowledge } from "./knowledge/load.js";
import { createSearchIndex, type SearchIndex } from "./search/search-index.js";
import { editDistance, normalize, stem, tokenize, typoBudget } from "./search/text.js";
import { bases } from "./language/ru/names.js";
import { romanizations } from "./language/ru/translit.js";
import { loadQuestionVocabulary, type QuestionVocabulary } from "./search/vocabulary.js";
import { COMMAND } from "./understanding/command.js";
import { pushTo } from "./maps.js";

export type { Conversation, Turn } from "./conversation/conversation.js";

/** One inline-mode result. */
export interface InlineItem {
  /** Stable per result (≤ 64 bytes), e.g. "experience/scylladb". */
  id: string;
  title: string;
  description: string;
  message: Message;
}

/** What `handle` returns: the answer, and the conversation to keep for the next turn. */
export interface Handled {
  answer: Answer;
  conversation: Conversation;
}

/** The engine; front ends (the Telegram bot, the terminal) depend on this interface only. */
export interface Engine {
  readonly knowledge: Knowledge;
  /** One turn of a conversation: a message or a button press. Pure: the same inputs give the same outputs. */
  handle(turn: Turn, conversation?: Conversation): Handled;
  /** A message on its own, as a fresh conversation: a command ("/experience scylla") or a free-text question. */
  respond(input: string): Answer;
  /** A button press, as a fresh conversation. */
  act(action: Action): Answer;
  /**
   * Inline mode (`@bot rust`): up to `limit` results; an empty query gives the quick-lookup card and friends.
   * `lang` is the asker's Telegram `language_code`, as in a `Turn`.
   */
  inline(query: string, limit?: number, lang?: string): InlineItem[];
}

/** How an engine is built. */
export interface EngineOptions {
  /** "Now", for "current job" and durations; tests pin it. Default: the clock at each call. */
  now?: Date;
  /** The clock, when "now" moves (tests of idle conversations); `now` wins when both are given. */
  clock?: () => Date;
  /** The question vocabulary; default: the knowledge folder's intents.json, else the bundled one. */
  questions?: QuestionVocabulary;
}

/** Questions longer than this are cut: nobody asks a 10k-character question, and it bounds the work. */
const MAX_INPUT = 500;

/** Builds the index once for this résumé. */
export function createEngine(knowledge: Knowledge, options: EngineOptions = {}): Engine {
  const chunks = buildChunks(knowledge.resume);
  const questions = options.questions ?? knowledge.questions ?? loadQuestionVocabulary();
  const index = createSearchIndex(knowledge, chunks, questions);
  const roleStems = new Set(knowledge.resume.experience.flatMap((j) => tokenize(normalize(j.role)).map(stem)));
  const core: Core = { knowledge, index, roleStems, listsEnglish: listsEnglish(knowledge) };
  const clock = () => options.now ?? options.clock?.() ?? new Date();
  const englishWords = lazyWords(() => englishVocabulary(index, chunks));
  const names = candidateNameWords(index);
  let namesByFirstLetter: Map<string, string[]> | undefined;

  function handle(turn: Turn, conversation: Conversation = NEW_CONVERSATION): Handled {
    const now = clock();
    if ("action" in turn) {
      const ctx = answerContext(index, now, turn.pinned ?? languageOfCode(turn.lang) ?? conversation.lang ?? "en");
      return handled(conversation, act(core, turn.action, conversation, ctx), ctx.lang, now);
    }
    // The language is the message's own (its script), else the hints; the question the understanding
    // reads is in English either way: a Russian one is rewritten (src/language), an English one unchanged.
    const text = turn.text.slice(0, MAX_INPUT).trim();
    const prepared = prepareQuestion(text, { languageCode: turn.lang, fallback: conversation.lang, englishWords, names });
    // "Kafka", "k8s?": a message of names alone is in no language; the user's one answers it.
    const byHints = prepared.lang === "en" && namesOnly(text, index) ? (languageOfCode(turn.lang) ?? conversation.lang) : undefined;
    const ctx = answerContext(index, now, turn.pinned ?? byHints ?? prepared.lang);
    const query = prepared.unknown.length ? romanizeNames(prepared.query, prepared.unknown, index, (namesByFirstLetter ??= romanizableNames(index))) : prepared.query;
    if (query !== text) ctx.typed = prepared.text;
    const composed = message_(query, conversation, ctx);
    return handled(conversation, prepared.layoutFixed ? readAs(composed, prepared.text, ctx) : composed, ctx.lang, now);
  }

  function handled(conversation: Conversation, composed: Composed, lang: Lang, now: Date): Handled {
    return { answer: composed.answer, conversation: remember(conversation, composed.answer, composed.subject, now.getTime(), lang) };
  }

  function message_(input: string, conversation: Conversation, ctx: AnswerContext): Composed {
    const text = input.slice(0, MAX_INPUT).trim();
    const command = COMMAND.exec(text);
    if (command) return runCommand(core, command[1]!.toLowerCase(), (command[2] ?? "").trim(), conversation, ctx);
    return ask(core, text, conversation, ctx);
  }

  const respond = (input: string) => handle({ text: input }).answer;
  const inline = (query: string, limit = 10, lang?: string) => {
    const q = query.trim();
    // The results speak the query's language; an empty query, the asker's.
    const answerLang = q ? prepareQuestion(q, { languageCode: lang, englishWords }).lang : (languageOfCode(lang) ?? "en");
    return inlineItems(core, answerContext(index, clock(), answerLang), (text) => handle({ text, lang }).answer, query, limit);
  };
  return { knowledge, handle, respond, act: (action) => handle({ action }).answer, inline };
}

/**
 * The words of the candidate's name that name nothing else in the résumé: "Ruby" in "Ruby Chen" stays the
 * language when the résumé lists it, so only "chen" would stand for the candidate in a Russian question.
 */
function candidateNameWords(index: SearchIndex): string[] {
  const listedTech = (t: string) => {
    const tech = index.techByKey.get(t);
    return tech !== undefined && index.techJobs.has(tech.name);
  };
  return [...index.nameTokens].filter((t) => t.length >= 2 && !listedTech(t) && !index.employerWords.has(t)).map((t) => t.replace(/ё/g, "е"));
}

/**
 * Russian words the lexicon does not know that are the résumé's Latin names in Cyrillic letters («вократо»,
 * «нимзес»): replaced by the name, so the English understanding finds the employer or technology.
 */
function romanizeNames(query: string, unknown: string[], index: SearchIndex, names: Map<string, string[]>): string {
  let out = query;
  for (const word of unknown) {
    if (word.length < 4 || index.knows(normalize(word))) continue;
    // «в нимзесе» is «нимзес» declined: the word without its case ending is tried too.
    const name = bases(word)
      .flatMap(romanizations)
      .flatMap((latin) => (names.get(latin[0]!) ?? []).filter((n) => editDistance(latin, n, typoBudget(n.length)) <= typoBudget(n.length)))
      .at(0);
    if (name) out = out.replace(word, name);
  }
  return out;
}

/** The names a Russian spelling may stand for (fuzzy employers' words, technologies), by first letter. */
function romanizableNames(index: SearchIndex): Map<string, string[]> {
  const names = new Set([...index.employers.filter((e) => e.fuzzy).flatMap((e) => e.keys.filter((k) => !k.includes(" "))), ...index.techJobs.keys()].map(normalize));
  const byFirst = new Map<string, string[]>();
  for (const n of names) pushTo(byFirst, n[0]!, n);
  return byFirst;
}

/** A question typed on the wrong keyboard layout: the answer first says how it was read. */
function readAs(composed: Composed, text: string, ctx: AnswerContext): Composed {
  const [first, ...rest] = composed.answer.messages;
  if (!first) return composed;
  const note = [italic(ctx.words.readAs(ctx.words.quote(text)))];
  return { ...composed, answer: { ...composed.answer, messages: [{ ...first, lines: [note, ...first.lines] }, ...rest] } };
}

/** Is the message only technology or employer names ("Kafka", "RUST???", "scylla k8s")? */
function namesOnly(text: string, index: SearchIndex): boolean {
  const tokens = tokenize(normalize(text));
  return tokens.length > 0 && tokens.every((t) => index.techByKey.has(t) || index.employerWords.has(t));
}

/** Words the keyboard-layout check must keep as English: technologies, employers, the résumé's own words. */
function englishVocabulary(index: SearchIndex, chunks: Chunk[]): string[] {
  const words = new Set<string>(index.techByKey.keys());
  for (const e of index.employers) for (const k of e.keys) for (const w of k.split(" ")) words.add(w);
  for (const chunk of chunks) for (const p of chunk.passages) for (const w of tokenize(normalize(p))) if (/^[a-z]/.test(w)) words.add(w);
  return [...words];
}

/** An iterable computed on first iteration: English questions that need no layout check never build it. */
function lazyWords(build: () => string[]): Iterable<string> {
  let words: string[] | undefined;
  return { [Symbol.iterator]: () => (words ??= build())[Symbol.iterator]() };
}

/**
 * One inline result from a message: its id cut to Telegram's 64 bytes, the description its first 120
 * characters as plain text, and no buttons (callback buttons would come back without a chat to answer in).
 */
export function inlineItem(id: string, title: string, m: Message): InlineItem {
  const description = messageToPlainText(m).replace(/\s+/g, " ").slice(0, 120);
  return { id: id.slice(0, 64), title, description, message: { ...m, buttons: undefined } };
}

/** Inline results: the answer itself, then a card per job it drew on; an empty query, the quick lookups. */
function inlineItems(core: Core, ctx: AnswerContext, respond: (q: string) => Answer, query: string, limit: number): InlineItem[] {
  const items: InlineItem[] = [];
  const add = (id: string, title: string, a: Answer) => {
    const m = a.messages[0];
    if (m && !items.some((i) => i.id === id.slice(0, 64))) items.push(inlineItem(id, title, m));
  };
  const q = query.trim().slice(0, MAX_INPUT);
  const { name } = core.knowledge.resume.person;
  const titles = ctx.words.inlineTitles;
  if (!q) {
    add("card", name, startCard(ctx));
    add("current", titles.current, currentJob(ctx));
    add("experience", titles.experience, experienceList(ctx));
    add("skills", titles.skills, skillsOverview(ctx));
    add("contacts", titles.contacts, contacts(ctx));
    return items.slice(0, limit);
  }
  const main = respond(q);
  add(`q:${slug(q)}`, main.found ? titles.answer(name, q) : titles.notFound(q), main);
  for (const source of main.sources) {
    const job = core.index.chunkById.get(source)?.job;
    if (!job) continue;
    add(source, `${job.employer} — ${job.role}`, answer("job", true, [source], message(jobSummaryLines(job, ctx, 700))));
  }
  return items.slice(0, limit);
}
