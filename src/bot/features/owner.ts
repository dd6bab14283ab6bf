// The candidate's side (issue 12): replies to relayed messages go back to the recruiter; /stats and
// /unanswered answer the owner only; and every question from anyone else is logged and, per OWNER_NOTIFY,
// relayed to the owner after the recruiter has their answer (a failed relay never touches that answer).
import { LeanComposer } from "../lean-composer.js";
import { Composer, type Context } from "grammy";
import { messageToPlainText } from "../../answer/plain-text.js";
import { captureAnswer } from "../../owner/tap.js";
import { deliverReply, ownerCodeKey, questionNotice, relayTarget, relayToOwners, rememberRelay, type OwnerDeps } from "../../owner/relay.js";
import { statsText } from "../../owner/stats.js";
import type { QuestionLogEntry } from "../../store/types.js";
import { askerOf, formatWhen } from "../../owner/who.js";
import { parseCommand } from "../input.js";
import { en } from "../../words/en/index.js";
import type { Words } from "../../words/index.js";

/** Shown to anyone else who tries an owner command: nothing about other users (English; users get their language). */
export const OWNER_ONLY = en.ownerOnly;
const UNANSWERED_SHOWN = 10;
const DAY_MS = 86_400_000;

/** Owner replies, /stats, /unanswered and the Reply buttons. */
export function ownerSide(deps: OwnerDeps): Composer<Context> {
  const composer = new LeanComposer<Context>();
  const isOwner = (ctx: Context) => !!ctx.from && deps.ownerIds.has(ctx.from.id);
  const wordsOf = (ctx: Context) => deps.language.words(ctx);
  const seenCodes = new Map<number, string>();

  // The owner's notices follow the language_code they last wrote with (kept once per change, not per update).
  composer.use(async (ctx, next) => {
    const code = ctx.from?.language_code;
    if (code && isOwner(ctx) && seenCodes.get(ctx.from!.id) !== code) {
      seenCodes.set(ctx.from!.id, code);
      await deps.store.set(ownerCodeKey(ctx.from!.id), code, deps.retentionDays * DAY_MS).catch(() => undefined);
    }
    return next();
  });

  composer.command(["stats", "unanswered"], async (ctx) => {
    const words = await wordsOf(ctx);
    if (!isOwner(ctx) || ctx.chat.type !== "private") return void (await ctx.reply(words.ownerOnly));
    const entries = await deps.store.questions.since(deps.now() - 30 * DAY_MS);
    if (ctx.message?.text.startsWith("/stats")) return void (await ctx.reply(statsText(entries, deps.now(), words)));
    await listUnanswered(ctx, deps, entries, words);
  });

  composer.callbackQuery(/^o:r:(\d+)$/, async (ctx) => {
    await ctx.answerCallbackQuery().catch(() => undefined);
    const source = ctx.callbackQuery.message;
    if (!isOwner(ctx) || !ctx.chat || !source) return;
    const words = await wordsOf(ctx);
    const target = await relayTarget(deps, ctx.chat.id, source.message_id);
    if (!target) return void (await ctx.reply(words.relayGone));
    const prompt = await ctx.reply(words.replyPrompt(target.name), { reply_markup: { force_reply: true, input_field_placeholder: words.replyPlaceholder } });
    await rememberRelay(deps, ctx.chat.id, prompt.message_id, target);
  });

  // A reply to a relayed message in the owner's chat goes to that recruiter.
  composer.on("message:text", async (ctx, next) => {
    const repliedTo = ctx.message.reply_to_message;
    if (!isOwner(ctx) || ctx.chat.type !== "private" || !repliedTo || ctx.message.text.startsWith("/")) return next();
    const target = await relayTarget(deps, ctx.chat.id, repliedTo.message_id);
    if (!target) return next();
    deps.logger.info("owner reply", { chars: ctx.message.text.length });
    await ctx.reply(await deliverReply(ctx.api, deps, target, ctx.message.text, await wordsOf(ctx)));
  });
  return composer;
}

/** /unanswered: the latest unanswered questions, each with who asked and a Reply button. */
async function listUnanswered(ctx: Context, deps: OwnerDeps, entries: QuestionLogEntry[], words: Words): Promise<void> {
  const open = entries.filter((e) => e.kind === "question" && !e.found && e.text).slice(-UNANSWERED_SHOWN).reverse();
  if (!open.length) return void (await ctx.reply(words.noUnanswered));
  for (const e of open) {
    const m = await ctx.reply(`${formatWhen(e.at)} — ${words.asker(e)}:\n${e.text}`, {
      reply_markup: { inline_keyboard: [[{ text: words.replyButton, callback_data: `o:r:${e.userId}` }]] },
    });
    await rememberRelay(deps, ctx.chat!.id, m.message_id, { userId: e.userId, chatId: e.userId, name: e.name ?? `user ${e.userId}`, ...(e.lang ? { lang: e.lang } : {}) });
  }
}

/** Logs each question of anyone but the owner and relays it per OWNER_NOTIFY, after it was answered. */
export function questionLog(deps: OwnerDeps): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.on("message:text", async (ctx, next) => {
    if (!ctx.from || deps.ownerIds.has(ctx.from.id)) return next();
    const command = parseCommand(ctx.message.text, ctx.me.username);
    const source = command?.name.toLowerCase() === "start" ? /^\/start\s+src_([\w-]{1,32})$/i.exec(command.input)?.[1]?.toLowerCase() : undefined;
    if (source) await deps.store.set(`src:${ctx.from.id}`, source, deps.retentionDays * DAY_MS);
    const answer = await captureAnswer(ctx, next);
    if (!answer || (command && !source)) return;
    const asker = askerOf(ctx.from, ctx.chat.id);
    const at = deps.now();
    try {
      const known = source ?? (await deps.store.get<string>(`src:${ctx.from.id}`));
      await deps.store.questions.append({
        at, userId: asker.userId, name: asker.name, ...(asker.username ? { username: asker.username } : {}), ...(asker.lang ? { lang: asker.lang } : {}),
        kind: "question", intent: command ? "visit" : answer.intent, found: answer.found,
        // The text only where the candidate needs it: what the bot could not answer.
        ...(!command && !answer.found ? { text: ctx.message.text } : {}),
        ...(known ? { source: known } : {}),
      });
      const relay = !command && (deps.notify === "all" || (deps.notify === "unanswered" && !answer.found));
      if (relay) {
        const reply = answer.messages.map(messageToPlainText).join("\n\n");
        await relayToOwners(ctx.api, deps, asker, questionNotice(asker, at, ctx.message.text, reply, answer.found));
      }
    } catch (e) {
      deps.logger.warn("question log or relay failed", { e: e instanceof Error ? e.name : String(e) });
    }
  });
  return composer;
}
