// Shared set-up for end-to-end tests: telegram-test-api (a Bot API emulator) on 127.0.0.1 at a free port.
// Its limits: message and callback updates only; setMyCommands, answerInlineQuery, sendChatAction and media
// answer HTTP 500; getUpdates returns at once and ignores offset/timeout.
import { createServer } from "node:net";
import type { StoredBotUpdate } from "telegram-test-api/lib/telegramServer.js";
import { TelegramServer } from "telegram-test-api/lib/telegramServer.js";

export const E2E_TOKEN = "987654321:AAE2eTokenForTheEmulatorOnly_abcdefghij";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export async function startEmulator(): Promise<TelegramServer> {
  const server = new TelegramServer({ port: await freePort(), host: "127.0.0.1", storeTimeout: 600 });
  await server.start();
  return server;
}

export type BotReply = StoredBotUpdate["message"];

/** Waits until the emulator has stored `count` unread bot messages for the token, then returns them. */
export async function botReplies(server: TelegramServer, token: string, count = 1, timeoutMs = 5000): Promise<(StoredBotUpdate & { message: BotReply })[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const unread = server.storage.botMessages.filter((m) => m.botToken === token && !m.isRead);
    if (unread.length >= count) {
      for (const m of unread) m.isRead = true;
      return unread as (StoredBotUpdate & { message: BotReply })[];
    }
    if (Date.now() > deadline) throw new Error(`expected ${count} bot message(s), got ${unread.length} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until a stored bot message satisfies `test` (e.g. after an edit). */
export async function botMessageWhere(server: TelegramServer, test: (m: StoredBotUpdate) => boolean, timeoutMs = 5000): Promise<StoredBotUpdate & { message: BotReply }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = server.storage.botMessages.find(test);
    if (found) return found as StoredBotUpdate & { message: BotReply };
    if (Date.now() > deadline) throw new Error(`no bot message matched within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function replyText(reply: { message: { text?: string } }): string {
  return reply.message.text ?? "";
}

interface KeyboardButton {
  text: string;
  callback_data?: string;
  url?: string;
}

export function callbackButtons(reply: { message: unknown }): { text: string; callback_data: string }[] {
  const markup = (reply.message as { reply_markup?: { inline_keyboard?: KeyboardButton[][] } }).reply_markup;
  return (markup?.inline_keyboard ?? []).flat().filter((b): b is { text: string; callback_data: string } => !!b.callback_data);
}
