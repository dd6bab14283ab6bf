// The FAQ's answers as messages, framed in the asker's language: "From Maria:" / «Мария пишет:», the
// near-tie prompt, the /faq list, and the way to ask the candidate under a not-found answer. The answers
// themselves are the candidate's text, quoted as written.
import { BREAK, answer, bold, message, text } from "../answer/rich.js";
import type { Answer, Button, Line, Message } from "../answer/types.js";
import type { Words } from "../words/index.js";
import type { Faq, FaqEntry } from "./parse.js";

/** "From Maria:" and the answer in her words. */
export function faqAnswer(entry: FaqEntry, first: string, words: Words, topic: string | undefined): Answer {
  const lines: Line[] = [[bold(words.faqFrom(first)), text(" "), ...markdownSpans(entry.answer[0] ?? "")], ...entry.answer.slice(1).map(markdownLine)];
  return answer(`faq:${topic ?? entry.id}`, true, [`faq/${entry.id}`], message(lines));
}

/** Two entries equally likely: both offered as buttons. */
export function tieAnswer(entries: [FaqEntry, FaqEntry], words: Words): Answer {
  const buttons = entries.map((e): Button[] => [{ text: e.question, action: { type: "ask", text: e.question } }]);
  return answer("faq:choice", true, entries.map((e) => `faq/${e.id}`), message([[text(words.faqTie)]], { buttons }));
}

/** /faq: the questions as buttons. */
export function faqList(faq: Faq | undefined, first: string, words: Words): Answer {
  if (!faq?.entries.length) return answer("command:faq", false, [], message([[text(words.faqNone(first))]]));
  const buttons = faq.entries.map((e): Button[] => [{ text: e.question, action: { type: "ask", text: e.question } }]);
  const m: Message = message([[text(words.faqList(first))]], { buttons });
  return answer("command:faq", true, ["faq"], m);
}

/** A not-found answer with the way to ask the candidate under its last message. */
export function withAskLine(resume: Answer, how: string): Answer {
  const last = resume.messages.at(-1);
  const messages = last ? [...resume.messages.slice(0, -1), { ...last, lines: [...last.lines, BREAK, [text(how)]] }] : [message([[text(how)]])];
  return { ...resume, messages };
}

/** The last message gets one more row of buttons. */
export function withButtonRow(a: Answer, row: Button[]): Answer {
  if (!row.length || !a.messages.length) return a;
  const last = a.messages.at(-1)!;
  return { ...a, messages: [...a.messages.slice(0, -1), { ...last, buttons: [...(last.buttons ?? []), row] }] };
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
