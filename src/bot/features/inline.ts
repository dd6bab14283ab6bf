// Inline mode: "@resume_bot rust" in any chat → up to 10 article results whose message is the answer in
// HTML. An empty query gets the engine's quick-lookup card, current role and contacts. Results are the
// same for everyone who types the same words (is_personal: false), so Telegram may cache them for a few
// minutes; Cyrillic words get Russian frames; an empty query follows each user's language_code (personal).
import { LeanComposer } from "../lean-composer.js";
import { createHash } from "node:crypto";
import { Composer, type Context } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import type { InlineItem } from "../../engine.js";
import { byteLength } from "../callback-data.js";
import type { BotDeps } from "../deps.js";
import { toInlineKeyboard } from "../keyboard.js";
import { renderMessageHtml } from "../render-html.js";
import { detectLanguage, scriptOf } from "../../language/detect.js";
import { wordsFor } from "../../words/index.js";

export const INLINE_LIMIT = 10;
export const INLINE_CACHE_SECONDS = 300;

export function inlineMode(deps: BotDeps): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.on("inline_query", async (ctx) => {
    const query = ctx.inlineQuery.query.trim();
    const items = deps.engine.inline(query, INLINE_LIMIT, ctx.from?.language_code).slice(0, INLINE_LIMIT);
    const results = toArticles(items, deps, wordsFor(detectLanguage(query, { languageCode: ctx.from?.language_code })).inlineFallbackTitle);
    deps.logger.info("inline query", { chars: query.length, results: results.length });
    // A query with words is answered in their language, the same for everyone; without words the results
    // follow each user's language_code, so Telegram must not hand one user's cached results to another.
    await ctx.answerInlineQuery(results, { cache_time: INLINE_CACHE_SECONDS, is_personal: scriptOf(query) === undefined });
  });
  return composer;
}

/** Engine inline items → Telegram articles (unique ids, URL buttons only); `fallbackTitle` for an untitled one. */
export function toArticles(items: InlineItem[], deps: Pick<BotDeps, "codec">, fallbackTitle = "Résumé"): InlineQueryResultArticle[] {
  const seen = new Set<string>();
  const articles: InlineQueryResultArticle[] = [];
  for (const item of items) {
    // The first part only: an inline result is one message.
    const text = renderMessageHtml(item.message)[0];
    if (!text) continue;
    const id = resultId(item.id);
    if (seen.has(id)) continue;
    seen.add(id);
    // Callback buttons would come back without a chat to answer in, so inline results keep URL buttons only.
    const keyboard = toInlineKeyboard(item.message.buttons, deps.codec, { urlOnly: true });
    articles.push({
      type: "article",
      id,
      title: item.title.trim() || fallbackTitle,
      ...(item.description.trim() ? { description: item.description.trim() } : {}),
      input_message_content: {
        message_text: text,
        parse_mode: "HTML",
        ...(item.message.disablePreview ? { link_preview_options: { is_disabled: true } } : {}),
      },
      ...(keyboard ? { reply_markup: keyboard } : {}),
    });
  }
  return articles;
}

/** Telegram wants 1-64 bytes; the engine promises that, this makes sure. */
function resultId(id: string): string {
  if (id && byteLength(id) <= 64) return id;
  return createHash("sha256").update(id).digest("base64url").slice(0, 32);
}
