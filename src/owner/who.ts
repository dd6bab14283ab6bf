// How a recruiter is named to the candidate: first and last name, @username, language, and when.
import type { User } from "grammy/types";
import { en } from "../words/en/index.js";
import type { Words } from "../words/index.js";
import type { AskerLike } from "../words/interface.js";

/** What the relay and the log keep about who asked. */
export interface Asker {
  userId: number;
  chatId: number;
  name: string;
  username?: string;
  lang?: string;
}

/** The asker of an update's `from` in chat `chatId`. */
export function askerOf(from: User, chatId: number): Asker {
  const name = [from.first_name, from.last_name].filter(Boolean).join(" ").trim() || `user ${from.id}`;
  return { userId: from.id, chatId, name, ...(from.username ? { username: from.username } : {}), ...(from.language_code ? { lang: from.language_code } : {}) };
}

/** "Anna Schmidt (@anna_hr, language: de, id 123)", in `words` (English by default). */
export function describeAsker(a: AskerLike, words: Pick<Words, "asker"> = en): string {
  return words.asker(a);
}

/** "2026-12-01 22:40 UTC". */
export function formatWhen(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
