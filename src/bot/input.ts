// Reading what the user typed: commands (with or without @botname), mentions of the bot, replies to it.
import type { Message, MessageEntity, UserFromGetMe } from "grammy/types";
import { escapeRegExp } from "../search/text.js";

export interface ParsedCommand {
  /** "/experience scylla": the command without @botname, then the rest as typed. */
  input: string;
  name: string;
  /** Addressed to another bot (`/start@other_bot`): not ours to answer. */
  foreign: boolean;
}

const COMMAND = /^\/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)/;

export function parseCommand(text: string, botUsername: string): ParsedCommand | undefined {
  const match = COMMAND.exec(text);
  if (!match) return undefined;
  const name = match[1]!;
  const target = match[2];
  const rest = text.slice(match[0].length);
  return {
    input: `/${name}${rest}`.trim(),
    name,
    foreign: target !== undefined && target.toLowerCase() !== botUsername.toLowerCase(),
  };
}

function entityText(text: string, entity: MessageEntity): string {
  return text.slice(entity.offset, entity.offset + entity.length);
}

/** "@resume_bot" somewhere in the text or caption (or a text mention of the bot's account). */
export function mentionsBot(message: Message, me: UserFromGetMe): boolean {
  const text = message.text ?? message.caption ?? "";
  const entities = message.entities ?? message.caption_entities ?? [];
  const handle = `@${me.username}`.toLowerCase();
  if (entities.some((e) => (e.type === "mention" && entityText(text, e).toLowerCase() === handle) || (e.type === "text_mention" && e.user.id === me.id))) {
    return true;
  }
  // Clients always send entities; this keeps hand-made updates (and some bridges) working too.
  return new RegExp(`(^|\\s)${escapeRegExp(handle)}\\b`, "i").test(text);
}

export function isReplyToBot(message: Message, me: UserFromGetMe): boolean {
  return message.reply_to_message?.from?.id === me.id;
}

/** The question without the "@resume_bot" that addressed it. */
export function stripMention(text: string, botUsername: string): string {
  return text
    .replace(new RegExp(`(^|\\s)@${escapeRegExp(botUsername)}\\b[,:]?`, "gi"), " ")
    .replace(/[ \t]+/g, " ")
    .trim();
}

