// Pictures and files the engine asks for (`media: "timeline" | "cv"`): rendered by the renderer (which
// caches per kind), uploaded once, then re-sent by Telegram file_id. Any failure (no renderer, render error, upload refused) falls
// back to the message as text, so the user always gets an answer. The file_ids live in the store under
// `media:<kind>:<lang>:<month>` (the labels are in the asker's language; the timeline reaches "now", so a new month means a new picture), so replicas
// upload each file once between them.
import { InputFile, type Context } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { MediaKind } from "../answer/types.js";
import type { Lang } from "../language/detect.js";
import type { Logger } from "../log.js";
import { MemoryStore } from "../store/memory.js";
import type { Store } from "../store/types.js";

/** A file_id is re-used for at most this long (a little over a month: the key changes monthly anyway). */
export const FILE_ID_TTL_MS = 40 * 86_400_000;

/** The store key of a kind's file_id in a language this month (UTC): `media:<kind>:<lang>:<month>`. */
export function mediaKey(kind: MediaKind, now = new Date(), lang: Lang = "en"): string {
  return `media:${kind}:${lang}:${now.toISOString().slice(0, 7)}`;
}

export interface MediaFile {
  data: Buffer;
  fileName: string;
  mimeType: string;
  renderMs: number;
}

/** What src/render provides; optional so the bot runs (and tests run) without it. */
export interface MediaRenderer {
  render(kind: MediaKind, lang?: Lang): Promise<MediaFile>;
}

export interface MediaReply {
  kind: MediaKind;
  /** HTML caption (≤ 1024), or undefined when the text goes in its own message. */
  caption?: string;
  replyMarkup?: InlineKeyboardMarkup;
  replyTo?: number;
  /** The language of the labels drawn in the file (the answer's); default English. */
  lang?: Lang;
}

/** Sends rendered media, re-using Telegram file_ids kept in the store. */
export class MediaSender {
  constructor(
    private readonly renderer: MediaRenderer | undefined,
    private readonly logger: Logger,
    private readonly store: Store = new MemoryStore(),
  ) {}

  /** Sends the file; resolves false (after logging) when the caller should send the text instead. */
  async send(ctx: Context, reply: MediaReply): Promise<boolean> {
    if (!this.renderer) {
      this.logger.debug("media requested but no renderer is configured", { kind: reply.kind });
      return false;
    }
    const action = reply.kind === "timeline" ? "upload_photo" : "upload_document";
    // Optional nicety: never waited for, never fatal.
    ctx.replyWithChatAction(action).catch((e: unknown) => this.logger.debug("sendChatAction failed", { e }));

    const key = mediaKey(reply.kind, new Date(), reply.lang);
    const cached = await this.store.get<string>(key);
    if (cached) {
      try {
        await this.upload(ctx, reply, cached);
        return true;
      } catch (e) {
        this.logger.warn("sending a cached file_id failed; uploading again", { kind: reply.kind, e });
        await this.store.delete(key);
      }
    }
    let file: MediaFile;
    try {
      file = await this.renderer.render(reply.kind, reply.lang);
    } catch (e) {
      this.logger.warn("media render failed; sending text instead", { kind: reply.kind, e });
      return false;
    }
    try {
      const fileId = await this.upload(ctx, reply, new InputFile(file.data, file.fileName));
      if (fileId) await this.store.set(key, fileId, FILE_ID_TTL_MS);
      this.logger.info("media sent", { kind: reply.kind, renderMs: file.renderMs, bytes: file.data.length });
      return true;
    } catch (e) {
      this.logger.warn("media upload failed; sending text instead", { kind: reply.kind, e });
      return false;
    }
  }

  /** Sends and returns the file_id Telegram assigned, for re-use. */
  private async upload(ctx: Context, reply: MediaReply, file: InputFile | string): Promise<string | undefined> {
    const other = {
      ...(reply.caption ? { caption: reply.caption, parse_mode: "HTML" as const } : {}),
      ...(reply.replyMarkup ? { reply_markup: reply.replyMarkup } : {}),
      ...(reply.replyTo ? { reply_parameters: { message_id: reply.replyTo, allow_sending_without_reply: true } } : {}),
    };
    if (reply.kind === "timeline") {
      const sent = await ctx.replyWithPhoto(file, other);
      return sent.photo?.at(-1)?.file_id;
    }
    const sent = await ctx.replyWithDocument(file, other);
    return sent.document?.file_id;
  }
}
