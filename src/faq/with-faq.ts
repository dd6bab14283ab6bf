// THE FAQ HOOK (issue 12): the one place where faq.md joins the answers. It wraps any Engine: the résumé
// answers first; the FAQ is consulted only when the résumé has no answer or the question is a logistics
// question (salary, notice, relocation, remote, visa …), which a CV never settles. It also adds the
// "✉️ Message <first name>" button to /start, to not-found answers and to FAQ answers when the candidate
// can be written to, answers /faq, and reads `/start src_<source>` as a plain /start.
import { BREAK, answer, bold, message, text } from "../answer/rich.js";
import type { Action, Answer, Button, Line, Message } from "../answer/types.js";
import type { Engine, Handled } from "../engine.js";
import { NEW_CONVERSATION, type Conversation, type Turn } from "../conversation/conversation.js";
import { FaqMatcher } from "./match.js";
import type { Faq, FaqEntry } from "./parse.js";
import { TopicMatcher } from "./topics.js";

/** What the hook needs besides the engine. */
export interface FaqHookOptions {
  faq?: Faq;
  /** /contact works (OWNER_ID is set): answers offer a button to write to the candidate. */
  contactEnabled: boolean;
}

/** The action of the "✉️ Message <name>" button; src/bot/features/contact.ts handles it before the engine. */
export const CONTACT_ACTION: Action = { type: "ask", text: "/contact" };

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** `engine` with the candidate's FAQ and the way to write to them. */
export function withFaq(engine: Engine, options: FaqHookOptions): Engine {
  const person = engine.knowledge.resume.person.name;
  const first = person.split(/\s+/)[0] ?? person;
  const matcher = options.faq ? new FaqMatcher(options.faq, new TopicMatcher(undefined, person.split(/\s+/))) : undefined;
  const contactButton: Button[] = options.contactEnabled ? [{ text: `✉️ Message ${first}`, action: CONTACT_ACTION }] : [];

  const withContact = (a: Answer): Answer => {
    if (!contactButton.length || !a.messages.length) return a;
    const last = a.messages.at(-1)!;
    return { ...a, messages: [...a.messages.slice(0, -1), { ...last, buttons: [...(last.buttons ?? []), contactButton] }] };
  };

  function ask(question: string, fromResume: () => Answer): Answer {
    const resume = fromResume();
    if (!matcher || (resume.found && !matcher.isLogistics(question))) return resume.found || (!matcher && !options.contactEnabled) ? resume : notFound(resume, question);
    const m = matcher.match(question);
    if (m.kind === "one") return withContact(faqAnswer(m.entry, first, question, m.topics[0]));
    if (m.kind === "tie") return tieAnswer(m.entries, question);
    return resume.found ? resume : notFound(resume, question);
  }

  function notFound(resume: Answer, question: string): Answer {
    const ru = CYRILLIC.test(question);
    const how = options.contactEnabled
      ? ru ? `Можно спросить ${first} напрямую: /contact` : `You can ask ${first} directly: /contact`
      : ru ? `Спросить ${first} можно по контактам из резюме: /contacts` : `To ask ${first}, see the contacts in the résumé: /contacts`;
    const last = resume.messages.at(-1);
    const messages = last ? [...resume.messages.slice(0, -1), { ...last, lines: [...last.lines, BREAK, [text(how)]] }] : [message([[text(how)]])];
    return withContact({ ...resume, messages });
  }

  /** A message: `viaEngine` answers it from the résumé (and remembers the conversation). */
  function respondWith(input: string, viaEngine: (text?: string) => Answer): Answer {
    const command = /^\/([\p{L}\p{N}_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/u.exec(input.trim());
    if (!command) return ask(input, () => viaEngine());
    const name = command[1]!.toLowerCase();
    const arg = (command[2] ?? "").trim();
    if (name === "faq") return faqList(options.faq, first);
    if (name === "start" && (!arg || /^src_/i.test(arg))) return withContact(viaEngine("/start"));
    if (name === "search" || name === "ask") return arg ? ask(arg, () => viaEngine()) : viaEngine();
    return viaEngine();
  }

  function handle(turn: Turn, conversation?: Conversation): Handled {
    let handled: Handled | undefined;
    const viaEngine = (text?: string): Answer => (handled = engine.handle(text === undefined ? turn : { ...turn, text }, conversation)).answer;
    const answered =
      "action" in turn
        ? turn.action.type === "ask"
          ? ask(turn.action.text, () => viaEngine())
          : viaEngine()
        : respondWith(turn.text, viaEngine);
    return { answer: answered, conversation: handled?.conversation ?? conversation ?? NEW_CONVERSATION };
  }

  return {
    knowledge: engine.knowledge,
    handle,
    respond: (input) => handle({ text: input }).answer,
    act: (action) => handle({ action }).answer,
    inline: (query, limit, lang) => engine.inline(query, limit, lang),
  };
}

/** "From Maria:" and the answer in her words. */
function faqAnswer(entry: FaqEntry, first: string, question: string, topic: string | undefined): Answer {
  const frame = CYRILLIC.test(question) ? `${first} пишет:` : `From ${first}:`;
  const lines: Line[] = [[bold(frame), text(" "), ...markdownSpans(entry.answer[0] ?? "")], ...entry.answer.slice(1).map(markdownLine)];
  return answer(`faq:${topic ?? entry.id}`, true, [`faq/${entry.id}`], message(lines));
}

function tieAnswer(entries: [FaqEntry, FaqEntry], question: string): Answer {
  const prompt = CYRILLIC.test(question) ? "Какой вопрос вы имели в виду?" : "Which of these did you mean?";
  const buttons = entries.map((e): Button[] => [{ text: e.question, action: { type: "ask", text: e.question } }]);
  return answer("faq:choice", true, entries.map((e) => `faq/${e.id}`), message([[text(prompt)]], { buttons }));
}

function faqList(faq: Faq | undefined, first: string): Answer {
  if (!faq?.entries.length) return answer("command:faq", false, [], message([[text(`${first} has not written answers to common questions yet. Try /help.`)]]));
  const buttons = faq.entries.map((e): Button[] => [{ text: e.question, action: { type: "ask", text: e.question } }]);
  const m: Message = message([[text(`Questions ${first} has answered in their own words:`)]], { buttons });
  return answer("command:faq", true, ["faq"], m);
}

function markdownLine(raw: string): Line {
  if (!raw.trim()) return BREAK;
  const bullet = /^\s*[-*+]\s+(.*)$/.exec(raw);
  return bullet ? [text("• "), ...markdownSpans(bullet[1]!)] : markdownSpans(raw);
}

/** **bold** and plain text; other Markdown marks are shown as written (escaping happens at rendering). */
function markdownSpans(raw: string): Line {
  return raw
    .split(/(\*\*[^*]+\*\*)/)
    .filter(Boolean)
    .map((part) => (/^\*\*[^*]+\*\*$/.test(part) ? bold(part.slice(2, -2)) : text(part)));
}
