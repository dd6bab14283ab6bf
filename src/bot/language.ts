// The language of each update's interface words: a language the user pinned with /language first, then
// the script of the message's words (detectLanguage), then Telegram's language_code (ru/uk/be/kk → Russian),
// then the conversation's last language. The pin lives in the Store (`lang:<user>`, a year; /forget deletes
// it). Each update asks the store at most once: the answer is kept per update object.
import type { Context } from "grammy";
import { detectLanguage, languageOfCode, type Lang } from "../language/detect.js";
import type { Store } from "../store/types.js";
import { storedConversation } from "./conversations.js";
import { wordsFor, type Words } from "../words/index.js";

/** How long a /language choice is kept without use. */
export const PIN_TTL_MS = 365 * 86_400_000;
/** The store key of a user's pinned language. */
export const pinKey = (userId: number) => `lang:${userId}`;

const LANGS: readonly Lang[] = ["en", "ru"];

/** A stored value back into a language; anything else (an old or forged value) is no pin. */
export function asLang(value: unknown): Lang | undefined {
  return LANGS.includes(value as Lang) ? (value as Lang) : undefined;
}

/**
 * Where an update's pinned language is kept once read: on its Context, which dies with the update. (A
 * WeakMap would keep each entry until V8's next full collection; see src/owner/tap.ts.)
 */
const PINNED = Symbol("pinned language");
type PinMemo = { [PINNED]?: Promise<Lang | undefined> };

/** Pinned languages, and the language of an update. */
export class LanguageChoice {
  constructor(private readonly store: Store) {}

  /** The language a user pinned, if any (once per update). */
  pinned(ctx: Context): Promise<Lang | undefined> {
    const id = ctx.from?.id;
    if (id === undefined) return Promise.resolve(undefined);
    const memo = ctx as Context & PinMemo;
    return (memo[PINNED] ??= this.store.get(pinKey(id)).then(asLang, () => undefined));
  }

  /** Pins `lang` for the user, or (undefined) goes back to automatic. */
  async pin(userId: number, lang: Lang | undefined): Promise<void> {
    if (lang) await this.store.set(pinKey(userId), lang, PIN_TTL_MS);
    else await this.store.delete(pinKey(userId));
  }

  /** The language of a user who is not the sender of this update (a recruiter the owner replies to). */
  async ofUser(userId: number, languageCode?: string): Promise<Lang> {
    const pinned = asLang(await this.store.get(pinKey(userId)).catch(() => undefined));
    return pinned ?? languageOfCode(languageCode) ?? "en";
  }

  /** The language of this update: pinned, the text's script, language_code, the conversation's last. */
  async of(ctx: Context, conversationKey?: string): Promise<Lang> {
    const pinned = await this.pinned(ctx);
    if (pinned) return pinned;
    const text = ctx.msg?.text ?? ctx.msg?.caption ?? ctx.inlineQuery?.query;
    const code = ctx.from?.language_code;
    // The conversation is read only when nothing else tells (no words, no language_code): rare.
    const fallback = !languageOfCode(code) && conversationKey ? await this.lastLanguage(conversationKey) : undefined;
    return detectLanguage(text, { languageCode: code, fallback });
  }

  /** The words for this update. */
  async words(ctx: Context, conversationKey?: string): Promise<Words> {
    return wordsFor(await this.of(ctx, conversationKey));
  }

  private lastLanguage(key: string): Promise<Lang | undefined> {
    return storedConversation(this.store, key).then((c) => c.lang, () => undefined);
  }
}
