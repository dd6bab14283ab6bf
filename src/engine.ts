// The answer engine: knowledge → chunks → search → answer, built once, then pure per question.
// Front ends (the Telegram bot, the terminal) depend on this interface only.
import type { Action, Answer, Message } from "./answer/types.js";
import type { Knowledge } from "./knowledge/load.js";

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
  /** "Now", for "current job" and durations; tests pin it. */
  now?: Date;
}

export function createEngine(knowledge: Knowledge, options: EngineOptions = {}): Engine {
  void options;
  const name = knowledge.resume.person.name;
  const placeholder = (input: string): Answer => ({
    messages: [{ lines: [[{ text: name, style: "bold" }], [{ text: `You asked: ${input}` }]] }],
    found: false,
    sources: [],
    intent: "placeholder",
  });
  return {
    knowledge,
    respond: placeholder,
    act: (action) => placeholder(JSON.stringify(action)),
    inline: (query) => [{ id: "card", title: name, description: query, message: placeholder(query).messages[0]! }],
  };
}
