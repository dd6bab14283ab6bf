// A Bot API that answers every method at once and records what the bot sent (JSON bodies only: no media in
// the tests that use it). Smaller than telegram-test-api, and it keeps several bots' calls apart by token.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One call the bot made. */
export interface BotApiCall {
  token: string;
  method: string;
  payload: Record<string, unknown>;
  at: number;
}

/** The running fake: its apiRoot (TELEGRAM_API_ROOT) and the calls so far. */
export interface FakeBotApi {
  url: string;
  calls: BotApiCall[];
  /** sendMessage calls to `chatId`. */
  sentTo(chatId: number): BotApiCall[];
  close(): Promise<void>;
}

let nextMessageId = 1;

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeBotApi(): Promise<FakeBotApi> {
  const calls: BotApiCall[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const [, bot, method = ""] = /^\/bot([^/]+)\/(\w+)/.exec(req.url ?? "") ?? [];
      let payload: Record<string, unknown> = {};
      try {
        payload = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
      } catch {
        payload = {};
      }
      calls.push({ token: bot ?? "", method, payload, at: performance.now() });
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result: result(method, payload, bot ?? "") }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    sentTo: (chatId) => calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === chatId),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

function result(method: string, p: Record<string, unknown>, token: string): unknown {
  if (method === "getMe") {
    return { id: Number(token.split(":")[0]), is_bot: true, first_name: "Résumé", username: "fake_resume_bot", can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: true };
  }
  if (method === "sendMessage" || method === "editMessageText") {
    return { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(p.chat_id ?? 0), type: "private", first_name: "U" }, text: String(p.text ?? "") };
  }
  return true;
}
