// Lets the owner features see the answer the engine gave to the update being handled, without changing the
// features that answer: the engine is wrapped once, and each update runs inside its own capture scope
// (AsyncLocalStorage), so concurrent chats never see each other's answers.
import { AsyncLocalStorage } from "node:async_hooks";
import type { Answer } from "../answer/types.js";
import type { Engine } from "../engine.js";

interface Capture {
  answer?: Answer;
}

const scope = new AsyncLocalStorage<Capture>();

/** `engine`, recording each answer into the current capture scope (if any). */
export function recordingEngine(engine: Engine): Engine {
  const keep = (a: Answer): Answer => {
    const capture = scope.getStore();
    if (capture) capture.answer = a;
    return a;
  };
  return {
    knowledge: engine.knowledge,
    handle: (turn, conversation) => {
      const handled = engine.handle(turn, conversation);
      keep(handled.answer);
      return handled;
    },
    respond: (input) => keep(engine.respond(input)),
    act: (action) => keep(engine.act(action)),
    inline: (query, limit, lang) => engine.inline(query, limit, lang),
  };
}

/** Runs `work` and returns the last answer the recording engine gave inside it. */
export async function captureAnswer(work: () => Promise<unknown>): Promise<Answer | undefined> {
  const capture: Capture = {};
  await scope.run(capture, work);
  return capture.answer;
}
