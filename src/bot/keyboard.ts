// Engine buttons → Telegram inline keyboards. Actions become compact callback data; URL buttons pass
// through when Telegram would accept them (http, https, tg) — one mailto: button would make Telegram
// reject the whole message, and the address is in the text anyway.
import type { InlineKeyboardButton, InlineKeyboardMarkup } from "grammy/types";
import type { Button } from "../answer/types.js";
import type { CallbackCodec } from "./callback-data.js";

export function isButtonUrl(url: string): boolean {
  return /^(https?|tg):\/\/\S+$/i.test(url);
}

export interface KeyboardOptions {
  /** Inline-mode results keep only URL buttons: a callback from an inline message has no chat to answer in. */
  urlOnly?: boolean;
}

export function toInlineButton(button: Button, codec: CallbackCodec, options: KeyboardOptions = {}): InlineKeyboardButton | undefined {
  const text = button.text.trim();
  if (!text) return undefined;
  if ("url" in button) return isButtonUrl(button.url) ? { text, url: button.url } : undefined;
  if (options.urlOnly) return undefined;
  return { text, callback_data: codec.encode(button.action) };
}

export function toInlineKeyboard(
  rows: Button[][] | undefined,
  codec: CallbackCodec,
  options: KeyboardOptions = {},
): InlineKeyboardMarkup | undefined {
  const keyboard = (rows ?? [])
    .map((row) => row.map((b) => toInlineButton(b, codec, options)).filter((b): b is InlineKeyboardButton => !!b))
    .filter((row) => row.length > 0);
  return keyboard.length ? { inline_keyboard: keyboard } : undefined;
}
