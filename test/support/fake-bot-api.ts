// The one fake Bot API over real HTTP, for the suites that run a bot as a process or across replicas
// (in-process bots use the transformer in fake-telegram.ts instead). It answers every method at once and
// records what the bot sent (JSON bodies only), keeps several bots' calls apart by token, and lets a test
// script any answer through a handler (test/reliability/issue16-kit.ts). Smaller than telegram-test-api.
import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One call the bot made. */
export interface BotApiCall {
  token: string;
  method: string;
  payload: Record<string, unknown>;
  at: number;
}

/**
 * Answers one call: a JSON body (Telegram's envelope), "raw" when it wrote `res` itself, or undefined for
 * the default answer.
 */
export type BotApiHandler = (call: BotApiCall, res: ServerResponse) => Promise<unknown> | unknown;

/** The running fake: its apiRoot (TELEGRAM_API_ROOT) and the calls so far. */
export interface FakeBotApi {
  url: string;
  server: Server;
  calls: BotApiCall[];
  /** sendMessage calls to `chatId`. */
  sentTo(chatId: number): BotApiCall[];
  close(): Promise<void>;
}

let nextMessageId = 1;

/** Starts the fake on 127.0.0.1 at a free port; `handler` may answer any call instead of the default. */
export async function startFakeBotApi(handler: BotApiHandler = () => undefined): Promise<FakeBotApi> {
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
      const call: BotApiCall = { token: bot ?? "", method, payload, at: performance.now() };
      calls.push(call);
      void Promise.resolve(handler(call, res)).then((body) => {
        if (res.headersSent || res.destroyed || body === "raw") return;
        const json = body ?? { ok: true, result: result(method, payload, bot ?? "") };
        res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(json));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    server,
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
  if (method === "getUpdates") return [];
  if (method === "sendMessage" || method === "editMessageText") {
    return { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(p.chat_id ?? 0), type: "private", first_name: "U" }, text: String(p.text ?? "") };
  }
  return true;
}
