// Lets the owner features see the answer the engine gave to the update being handled, without changing the
// features that answer: answerTurn (src/bot/conversations.ts) records each answer against the update's
// Context, and captureAnswer reads it back after the rest of the chain ran. Keyed by the Context object, so
// concurrent chats never see each other's answers — and with no AsyncLocalStorage, whose promise hooks cost
// every update of the bot (not only the logged ones) a few per cent.
import type { Answer } from "../answer/types.js";

/** The updates being captured, each with the last answer given to it so far. */
const capturing = new WeakMap<object, { answer?: Answer }>();

/**
 * Notes `answer` as the answer given to the update of `ctx` (the last one given wins), when something
 * captures it. Otherwise nothing is kept: an entry left in a WeakMap lives until V8's next full collection
 * (keys and values of old weak tables survive its young-generation ones), and every answer kept that long
 * made the young generation grow (issue 10: peak RSS).
 */
export function recordAnswer(ctx: object, answer: Answer): void {
  const slot = capturing.get(ctx);
  if (slot) slot.answer = answer;
}

/** Runs `work` (the rest of the chain for `ctx`) and returns the last answer given to that update in it. */
export async function captureAnswer(ctx: object, work: () => Promise<unknown>): Promise<Answer | undefined> {
  const slot: { answer?: Answer } = {};
  capturing.set(ctx, slot);
  try {
    await work();
  } finally {
    capturing.delete(ctx);
  }
  return slot.answer;
}
