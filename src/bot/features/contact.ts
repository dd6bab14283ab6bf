// /contact: a recruiter writes to the candidate. /contact (or the "✉️ Message <name>" button) asks for a
// message and offers "Share my phone" (request_contact); the next text, or the shared contact, is relayed
// to the owner with who sent it, and the recruiter gets a confirmation. /cancel cancels. The pending state
// lives in the Store (`contact:<user>`, 30 minutes), so it holds across replicas and restarts.
import { LeanComposer } from "../lean-composer.js";
import { Composer, type Context } from "grammy";
import { messageNotice, relayToOwners, type OwnerDeps } from "../../owner/relay.js";
import { askerOf } from "../../owner/who.js";
import { CONTACT_ACTION } from "../../faq/with-faq.js";
import type { CallbackCodec } from "../callback-data.js";

const PENDING_MS = 30 * 60_000;
const pendingKey = (userId: number) => `contact:${userId}`;
const REMOVE_KEYBOARD = { reply_markup: { remove_keyboard: true as const } };

/** /contact, /cancel, the message button, and the message or phone that follows. */
export function contactFlow(deps: OwnerDeps, codec: CallbackCodec): Composer<Context> {
  const composer = new LeanComposer<Context>();
  const contactData = codec.encode(CONTACT_ACTION);

  const wordsOf = (ctx: Context) => deps.language.words(ctx);
  const ask = async (ctx: Context) => {
    const words = await wordsOf(ctx);
    if (!ctx.from || ctx.chat?.type !== "private") return void (await ctx.reply(words.contactPrivateOnly(deps.candidate)));
    await deps.store.set(pendingKey(ctx.from.id), true, PENDING_MS);
    await ctx.reply(words.contactAsk(deps.candidate), {
      reply_markup: { keyboard: [[{ text: words.contactSharePhone, request_contact: true }], [{ text: "/cancel" }]], resize_keyboard: true, one_time_keyboard: true },
    });
  };

  composer.command("contact", ask);
  composer.callbackQuery(contactData, async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => undefined);
    await ask(ctx);
  });
  composer.command("cancel", async (ctx) => {
    const had = ctx.from && (await deps.store.get(pendingKey(ctx.from.id)));
    if (ctx.from) await deps.store.delete(pendingKey(ctx.from.id));
    const words = await wordsOf(ctx);
    await ctx.reply(had ? words.contactCancelled : words.contactNothingToCancel, REMOVE_KEYBOARD);
  });

  composer.on("message:contact", async (ctx) => {
    const c = ctx.message.contact;
    // Only the sender's own card counts as "my phone"; someone else's contact is not relayed.
    const words = await wordsOf(ctx);
    if (c.user_id !== ctx.from.id) return void (await ctx.reply(words.contactOwnNumberOnly, REMOVE_KEYBOARD));
    await send(ctx, words.contactPhone(`+${c.phone_number.replace(/^\+/, "")}`));
  });

  composer.on("message:text", async (ctx, next) => {
    if (ctx.message.text.startsWith("/") || !(await deps.store.get(pendingKey(ctx.from.id)))) return next();
    await send(ctx, ctx.message.text);
  });

  async function send(ctx: Context, text: string): Promise<void> {
    const from = ctx.from!;
    await deps.store.delete(pendingKey(from.id));
    const asker = askerOf(from, ctx.chat!.id);
    const at = deps.now();
    await deps.store.questions
      .append({ at, userId: asker.userId, name: asker.name, ...(asker.username ? { username: asker.username } : {}), ...(asker.lang ? { lang: asker.lang } : {}), kind: "message", found: true, text })
      .catch((e: unknown) => deps.logger.warn("question log append failed", { e: e instanceof Error ? e.name : String(e) }));
    const sent = await relayToOwners(ctx.api, deps, asker, messageNotice(asker, at, text));
    deps.logger.info("contact message", { chars: text.length, relayed: sent > 0 });
    const words = await wordsOf(ctx);
    await ctx.reply(sent ? words.contactSent(deps.candidate) : words.contactFailed, REMOVE_KEYBOARD);
  }
  return composer;
}

