// Lets the owner features see the answer the engine gave to the update being handled, without changing the
// features that answer: answerTurn (src/bot/conversations.ts) records each answer against the update's
// Context, and captureAnswer reads it back after the rest of the chain ran. Keyed by the Context object, so
// concurrent chats never see each other's answers — and with no AsyncLocalStorage, whose promise hooks cost
// every update of the bot (not only the logged ones) a few per cent.
import type { Answer } from "../answer/types.js";

const answers = new WeakMap<object, Answer>();

/** Notes `answer` as the answer given to the update of `ctx` (the last one given wins). */
export function recordAnswer(ctx: object, answer: Answer): void {
  answers.set(ctx, answer);
}

/** Runs `work` (the rest of the chain for `ctx`) and returns the last answer given to that update in it. */
export async function captureAnswer(ctx: object, work: () => Promise<unknown>): Promise<Answer | undefined> {
  answers.delete(ctx);
  await work();
  return answers.get(ctx);
}
