// Pictures and files the engine asks for (`media: "timeline" | "cv"`): rendered by the renderer (which
// caches per kind and month), uploaded once a month, then re-sent by Telegram file_id: a new month is a
// new picture, since "now" moved. Any failure (no renderer, render error, upload refused) falls
// back to the message as text, so the user always gets an answer.
import { InputFile, type Context } from "grammy";
import type { InlineKeyboardMarkup } from "grammy/types";
import type { MediaKind } from "../answer/types.js";
import type { Logger } from "../log.js";

export interface MediaFile {
  data: Buffer;
  fileName: string;
  mimeType: string;
  renderMs: number;
}

/** What src/render provides; optional so the bot runs (and tests run) without it. */
export interface MediaRenderer {
  render(kind: MediaKind): Promise<MediaFile>;
}

export interface MediaReply {
  kind: MediaKind;
  /** HTML caption (≤ 1024), or undefined when the text goes in its own message. */
  caption?: string;
  replyMarkup?: InlineKeyboardMarkup;
  replyTo?: number;
}

export class MediaSender {
  /** Telegram file ids by "kind:month"; only the current month's are kept. */
  private readonly fileIds = new Map<string, string>();

  constructor(
    private readonly renderer: MediaRenderer | undefined,
    private readonly logger: Logger,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The cache key for a kind now; entries of other months are dropped. */
  private keyNow(kind: MediaKind): string {
    const d = this.clock();
    const key = `${kind}:${d.getUTCFullYear()}-${d.getUTCMonth() + 1}`;
    for (const k of this.fileIds.keys()) if (k.startsWith(`${kind}:`) && k !== key) this.fileIds.delete(k);
    return key;
  }

  /** Sends the file; resolves false (after logging) when the caller should send the text instead. */
  async send(ctx: Context, reply: MediaReply): Promise<boolean> {
    if (!this.renderer) {
      this.logger.debug("media requested but no renderer is configured", { kind: reply.kind });
      return false;
    }
    const action = reply.kind === "timeline" ? "upload_photo" : "upload_document";
    // Optional nicety: never waited for, never fatal.
    ctx.replyWithChatAction(action).catch((e: unknown) => this.logger.debug("sendChatAction failed", { e }));

    const key = this.keyNow(reply.kind);
    const cached = this.fileIds.get(key);
    if (cached) {
      try {
        await this.upload(ctx, reply, cached);
        return true;
      } catch (e) {
        this.logger.warn("sending a cached file_id failed; uploading again", { kind: reply.kind, e });
        this.fileIds.delete(key);
      }
    }
    let file: MediaFile;
    try {
      file = await this.renderer.render(reply.kind);
    } catch (e) {
      this.logger.warn("media render failed; sending text instead", { kind: reply.kind, e });
      return false;
    }
    try {
      const fileId = await this.upload(ctx, reply, new InputFile(file.data, file.fileName));
      if (fileId) this.fileIds.set(key, fileId);
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
