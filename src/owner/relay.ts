// Messages to and from the candidate's private chat. Each relayed question or message is remembered in the
// Store under `relay:<owner_chat>:<message_id>` → the recruiter, so a Telegram reply to it finds its way
// back (forward_from is hidden by many users' privacy settings, so it is never relied on). A per-recruiter
// index `relays:<user>` lets /forget remove them.
import { GrammyError, type Api } from "grammy";
import type { Logger } from "../log.js";
import type { Store } from "../store/types.js";
import type { LanguageChoice } from "../bot/language.js";
import { wordsFor, type Words } from "../words/index.js";
import { formatWhen, type Asker } from "./who.js";

const DAY_MS = 86_400_000;

/** Everything the owner features share; built once per bot. */
export interface OwnerDeps {
  store: Store;
  ownerIds: ReadonlySet<number>;
  notify: "all" | "unanswered" | "off";
  /** How long relays and log entries are kept (LOG_RETENTION_DAYS). */
  retentionDays: number;
  /** The candidate's first name, for "Maria replied: …". */
  candidate: string;
  logger: Logger;
  now: () => number;
  /** Each side's language: the recruiter's for what they read, the owner's for what the owner reads. */
  language: LanguageChoice;
}

/** What a relay key points at. */
export type RelayTarget = Asker;

/**
 * Sends the notice (`text`, in each owner's language) to every owner and remembers who it is about;
 * failures are logged, never thrown.
 */
export async function relayToOwners(api: Api, deps: OwnerDeps, asker: Asker, text: (words: Words) => string): Promise<number> {
  let sent = 0;
  for (const owner of deps.ownerIds) {
    try {
      const words = wordsFor(await deps.language.ofUser(owner, await ownerLanguageCode(deps, owner)));
      const m = await api.sendMessage(owner, text(words), { link_preview_options: { is_disabled: true } });
      await rememberRelay(deps, owner, m.message_id, asker);
      sent++;
    } catch (e) {
      // Never the text: only that it failed, and why (e.g. the owner never opened the bot).
      deps.logger.warn("relay to the owner failed", { owner, e: e instanceof GrammyError ? e.description : String(e) });
    }
  }
  return sent;
}

/** Maps an owner's chat message to the recruiter it is about. */
export async function rememberRelay(deps: OwnerDeps, ownerChat: number, messageId: number, asker: Asker): Promise<void> {
  const ttl = deps.retentionDays * DAY_MS;
  const key = `relay:${ownerChat}:${messageId}`;
  await deps.store.set(key, asker, ttl);
  const indexKey = `relays:${asker.userId}`;
  const index = (await deps.store.get<string[]>(indexKey)) ?? [];
  await deps.store.set(indexKey, [...index.slice(-199), key], ttl);
}

/** The recruiter a message in the owner's chat was about, if it was a relay. */
export function relayTarget(deps: OwnerDeps, ownerChat: number, messageId: number): Promise<RelayTarget | undefined> {
  return deps.store.get<RelayTarget>(`relay:${ownerChat}:${messageId}`);
}

/** Removes every relay key of a recruiter (/forget). */
export async function forgetRelays(deps: OwnerDeps, userId: number): Promise<void> {
  const keys = (await deps.store.get<string[]>(`relays:${userId}`)) ?? [];
  for (const key of keys) await deps.store.delete(key);
  await deps.store.delete(`relays:${userId}`);
}

/** The store key of the language_code an owner last wrote with (their notices follow it). */
export const ownerCodeKey = (owner: number) => `ownerlang:${owner}`;

async function ownerLanguageCode(deps: OwnerDeps, owner: number): Promise<string | undefined> {
  return deps.store.get<string>(ownerCodeKey(owner)).catch(() => undefined);
}

/** The owner's notice of an unanswered (or, with OWNER_NOTIFY=all, any) question, in the owner's words. */
export function questionNotice(asker: Asker, at: number, question: string, reply: string, found: boolean): (words: Words) => string {
  return (words) => words.questionNotice(words.asker(asker), formatWhen(at), question, reply, found);
}

/** The owner's notice of a /contact message. */
export function messageNotice(asker: Asker, at: number, text: string): (words: Words) => string {
  return (words) => words.messageNotice(words.asker(asker), formatWhen(at), text);
}

/**
 * Sends the owner's reply to the recruiter, framed in the recruiter's language; the returned text, in the
 * owner's `words`, tells the owner how it went.
 */
export async function deliverReply(api: Api, deps: OwnerDeps, target: RelayTarget, text: string, words: Words): Promise<string> {
  try {
    const theirs = wordsFor(await deps.language.ofUser(target.userId, target.lang));
    await api.sendMessage(target.chatId, theirs.ownerReplied(deps.candidate, text));
    return words.delivered(target.name);
  } catch (e) {
    if (e instanceof GrammyError && e.error_code === 403) return words.blocked(target.name);
    const why = e instanceof GrammyError ? e.description : words.unreachable;
    deps.logger.warn("owner reply not delivered", { chat: target.chatId, e: why });
    return words.notDelivered(target.name, why);
  }
}
