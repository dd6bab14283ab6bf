// Sends an engine Answer into the chat of the current update: each Message as HTML (split when long, the
// buttons under the last part), or as a photo/document when it asks for media.
import type { Context } from "grammy";
import type { InlineKeyboardMarkup, LinkPreviewOptions } from "grammy/types";
import type { Answer, Message } from "../answer/types.js";
import type { Lang } from "../language/detect.js";
import type { Logger } from "../log.js";
import type { CallbackCodec } from "./callback-data.js";
import { toInlineKeyboard } from "./keyboard.js";
import type { MediaSender } from "./media.js";
import { CAPTION_LIMIT, renderMessageHtml } from "./render-html.js";

export interface ReplyDeps {
  codec: CallbackCodec;
  media: MediaSender;
  logger: Logger;
}

export interface TextPayload {
  text: string;
  options: {
    parse_mode: "HTML";
    link_preview_options?: LinkPreviewOptions;
    reply_markup?: InlineKeyboardMarkup;
  };
}

/** The HTML parts of a message, with Telegram options; the keyboard rides on the last part. */
export function textPayloads(message: Message, codec: CallbackCodec): TextPayload[] {
  const parts = renderMessageHtml(message);
  const keyboard = toInlineKeyboard(message.buttons, codec);
  // A keyboard needs a message to sit under; Telegram refuses empty text.
  if (!parts.length && keyboard) parts.push("…");
  return parts.map((text, i) => ({
    text,
    options: {
      parse_mode: "HTML" as const,
      ...(message.disablePreview ? { link_preview_options: { is_disabled: true } } : {}),
      ...(i === parts.length - 1 && keyboard ? { reply_markup: keyboard } : {}),
    },
  }));
}

/** In groups the answer quotes the question, so it is clear whom it answers. */
function replyTo(ctx: Context): number | undefined {
  const chatType = ctx.chat?.type;
  if (chatType !== "group" && chatType !== "supergroup") return undefined;
  return ctx.msg?.message_id;
}

/** Sends every message of the answer (files labelled in `lang`); returns the ids of the text messages sent (for replies to them). */
export async function sendAnswer(ctx: Context, answer: Answer, deps: ReplyDeps, lang?: Lang): Promise<number[]> {
  const ids: number[] = [];
  for (const message of answer.messages) ids.push(...(await sendMessage(ctx, message, deps, lang)));
  return ids;
}

/** Sends one message (a file with its caption, or text); returns the ids of the text messages sent. */
export async function sendMessage(ctx: Context, message: Message, deps: ReplyDeps, lang?: Lang): Promise<number[]> {
  if (message.media) {
    const parts = renderMessageHtml(message, CAPTION_LIMIT);
    const captionFits = parts.length <= 1;
    const sent = await deps.media.send(ctx, {
      kind: message.media,
      ...(lang ? { lang } : {}),
      ...(captionFits && parts[0] ? { caption: parts[0] } : {}),
      ...(captionFits ? withKeyboard(message, deps.codec) : {}),
      ...withReplyTo(ctx),
    });
    if (sent && captionFits) return [];
    // The text did not fit in a caption: it follows the file as ordinary messages.
    if (sent) return sendText(ctx, message, deps);
  }
  return sendText(ctx, message, deps);
}

async function sendText(ctx: Context, message: Message, deps: ReplyDeps): Promise<number[]> {
  const ids: number[] = [];
  const quote = replyTo(ctx);
  const payloads = textPayloads(message, deps.codec);
  if (!payloads.length) deps.logger.debug("skipping an empty message");
  for (const [i, { text, options }] of payloads.entries()) {
    const sent = await ctx.reply(text, {
      ...options,
      ...(i === 0 && quote ? { reply_parameters: { message_id: quote, allow_sending_without_reply: true } } : {}),
    });
    // A test transport may answer without a message.
    if (typeof sent?.message_id === "number") ids.push(sent.message_id);
  }
  return ids;
}

function withKeyboard(message: Message, codec: CallbackCodec): { replyMarkup?: InlineKeyboardMarkup } {
  const keyboard = toInlineKeyboard(message.buttons, codec);
  return keyboard ? { replyMarkup: keyboard } : {};
}

function withReplyTo(ctx: Context): { replyTo?: number } {
  const id = replyTo(ctx);
  return id ? { replyTo: id } : {};
}
