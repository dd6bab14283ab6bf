// How a recruiter is named to the candidate: first and last name, @username, language, and when.
import type { User } from "grammy/types";

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

/** "Anna Schmidt (@anna_hr, language: de, id 123)". */
export function describeAsker(a: { name?: string; username?: string; lang?: string; userId: number }): string {
  const extra = [a.username ? `@${a.username}` : undefined, a.lang ? `language: ${a.lang}` : undefined, `id ${a.userId}`].filter(Boolean);
  return `${a.name ?? "someone"} (${extra.join(", ")})`;
}

/** "2026-12-01 22:40 UTC". */
export function formatWhen(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
