// THE FAQ HOOK (issue 12): the one place where faq.md joins the answers. It wraps any Engine: the résumé
// answers first; the FAQ is consulted only when the résumé has no answer or the question is a logistics
// question (salary, notice, relocation, remote, visa …), which a CV never settles. It also adds the
// "✉️ Message <first name>" button to /start, to not-found answers and to FAQ answers when the candidate
// can be written to, answers /faq, reads `/start src_<source>` as a plain /start, and adds the FAQ's
// entry to inline results when the query matches it. Frames follow the asker's language (frames.ts).
import type { Action, Answer } from "../answer/types.js";
import { inlineItem, type Engine, type Handled, type InlineItem } from "../engine.js";
import { NEW_CONVERSATION, type Conversation, type Turn } from "../conversation/conversation.js";
import { detectLanguage, type Lang } from "../language/detect.js";
import { wordsFor } from "../words/index.js";
import { faqAnswer, faqList, tieAnswer, withAskLine, withButtonRow } from "./frames.js";
import { FaqMatcher } from "./match.js";
import type { Faq } from "./parse.js";
import { TopicMatcher } from "./topics.js";
import { COMMAND } from "../understanding/command.js";

/** What the hook needs besides the engine. */
export interface FaqHookOptions {
  faq?: Faq;
  /** /contact works (OWNER_ID is set): answers offer a button to write to the candidate. */
  contactEnabled: boolean;
}

/** The action of the "✉️ Message <name>" button; src/bot/features/contact.ts handles it before the engine. */
export const CONTACT_ACTION: Action = { type: "ask", text: "/contact" };


/** The language a turn is answered in: pinned, then its words' script, then language_code, then the conversation's. */
export function turnLanguage(turn: Turn, question: string | undefined, conversation?: Conversation): Lang {
  return turn.pinned ?? detectLanguage(question, { languageCode: turn.lang, fallback: conversation?.lang });
}

/** Everything one hooked engine shares between its turns. */
interface Hook {
  engine: Engine;
  options: FaqHookOptions;
  first: string;
  matcher: FaqMatcher | undefined;
}

/** `engine` with the candidate's FAQ and the way to write to them. */
export function withFaq(engine: Engine, options: FaqHookOptions): Engine {
  const person = engine.knowledge.resume.person.name;
  const first = person.split(/\s+/)[0] ?? person;
  const matcher = options.faq ? new FaqMatcher(options.faq, new TopicMatcher(undefined, person.split(/\s+/))) : undefined;
  const hook: Hook = { engine, options, first, matcher };
  const handle = (turn: Turn, conversation?: Conversation) => handleTurn(hook, turn, conversation);
  return {
    knowledge: engine.knowledge,
    handle,
    respond: (input) => handle({ text: input }).answer,
    act: (action) => handle({ action }).answer,
    inline: (query, limit, lang) => inlineWithFaq(hook, query, limit ?? 10, lang),
  };
}

/** One turn: the résumé's answer, the FAQ's where it should be, the contact button where it helps. */
function handleTurn(hook: Hook, turn: Turn, conversation?: Conversation): Handled {
  let handled: Handled | undefined;
  const viaEngine = (text?: string): Answer => (handled = hook.engine.handle(text === undefined ? turn : { ...turn, text }, conversation)).answer;
  const question = "action" in turn ? (turn.action.type === "ask" ? turn.action.text : undefined) : turn.text;
  // Once the engine has answered, its conversation knows the language (after its keyboard-layout repair:
  // "tcnm jgsn c rfarf?" is Russian); before, or when it does not say, the turn's own hints decide.
  const lang = (): Lang => turn.pinned ?? handled?.conversation.lang ?? turnLanguage(turn, question, conversation);
  const answered =
    "action" in turn
      ? turn.action.type === "ask"
        ? ask(hook, turn.action.text, lang, () => viaEngine())
        : viaEngine()
      : respondWith(hook, turn.text, lang, viaEngine);
  return { answer: answered, conversation: handled?.conversation ?? conversation ?? NEW_CONVERSATION };
}

/** A message: `viaEngine` answers it from the résumé (and remembers the conversation). */
function respondWith(hook: Hook, input: string, lang: () => Lang, viaEngine: (text?: string) => Answer): Answer {
  const command = COMMAND.exec(input.trim());
  if (!command) return ask(hook, input, lang, () => viaEngine());
  const name = command[1]!.toLowerCase();
  const arg = (command[2] ?? "").trim();
  if (name === "faq") return faqList(hook.options.faq, hook.first, wordsFor(lang()));
  if (name === "start" && (!arg || /^src_/i.test(arg))) {
    const card = viaEngine("/start");
    return withContact(hook, card, lang());
  }
  if (name === "search" || name === "ask") return arg ? ask(hook, arg, lang, () => viaEngine()) : viaEngine();
  return viaEngine();
}

/** A question: the résumé first; the FAQ when the résumé cannot answer or it is about logistics. */
function ask(hook: Hook, question: string, langOf: () => Lang, fromResume: () => Answer): Answer {
  const resume = fromResume();
  const lang = langOf();
  const { matcher, options } = hook;
  if (!matcher || (resume.found && !matcher.isLogistics(question))) return resume.found || (!matcher && !options.contactEnabled) ? resume : notFound(hook, resume, lang);
  const m = matcher.match(question);
  const words = wordsFor(lang);
  if (m.kind === "one") return withContact(hook, faqAnswer(m.entry, hook.first, words, m.topics[0]), lang);
  if (m.kind === "tie") return tieAnswer(m.entries, words);
  return resume.found ? resume : notFound(hook, resume, lang);
}

function notFound(hook: Hook, resume: Answer, lang: Lang): Answer {
  const words = wordsFor(lang);
  const how = hook.options.contactEnabled ? words.askDirectly(hook.first) : words.askViaContacts(hook.first);
  return withContact(hook, withAskLine(resume, how), lang);
}

function withContact(hook: Hook, a: Answer, lang: Lang): Answer {
  if (!hook.options.contactEnabled) return a;
  return withButtonRow(a, [{ text: wordsFor(lang).contactButton(hook.first), action: CONTACT_ACTION }]);
}

/**
 * Inline mode: the engine's results, with the FAQ's entry when the query matches one (first for a
 * logistics question, else right after the résumé's answer). Inline messages keep no callback buttons.
 */
function inlineWithFaq(hook: Hook, query: string, limit: number, code?: string): InlineItem[] {
  const items = hook.engine.inline(query, limit, code);
  const q = query.trim();
  if (!hook.matcher || !q || COMMAND.test(q)) return items;
  const m = hook.matcher.match(q);
  const entries = m.kind === "one" ? [m.entry] : m.kind === "tie" ? m.entries : [];
  if (!entries.length) return items;
  const words = wordsFor(detectLanguage(q, { languageCode: code }));
  const faqItems = entries.map((entry) =>
    inlineItem(`faq:${entry.id}`, words.inlineFaqTitle(hook.first, entry.question), faqAnswer(entry, hook.first, words, undefined).messages[0]!),
  );
  // A logistics question is the candidate's to answer: their words first; otherwise the résumé's answer leads.
  const merged = hook.matcher.isLogistics(q) || !items.length ? [...faqItems, ...items] : [items[0]!, ...faqItems, ...items.slice(1)];
  return merged.slice(0, limit);
}
