// Webhook mode on node:http. Telegram POSTs each update to WEBHOOK_URL with our secret in the
// X-Telegram-Bot-Api-Secret-Token header. The server answers:
//   GET  /healthz           200 (for load balancers and container probes)
//   POST <webhook path>     200 once the update is handled; 401 without the right secret (nothing read or
//                           processed); 413 over the size limit; 400 for a body that is not an update
//   any other method there  405;  any other path 404
// grammY's webhookCallback (with its "callback" adapter) runs the update, with a timeout so a slow update
// is acknowledged rather than redelivered by Telegram.
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { BotError, webhookCallback, type Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../log.js";
import { ALLOWED_UPDATES } from "../create-bot.js";
import type { Transport } from "./transport.js";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Updates are a few kilobytes; this leaves room while refusing floods. */
export const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookServerOptions {
  path: string;
  secret: string;
  logger: Logger;
  maxBodyBytes?: number;
  /** How long one update may take before Telegram gets its 200 anyway (it would redeliver otherwise). */
  timeoutMs?: number;
}

export function createWebhookServer(bot: Bot<Context>, options: WebhookServerOptions): Server {
  const { path, secret, logger, maxBodyBytes = MAX_BODY_BYTES, timeoutMs = 9_000 } = options;
  const handle = webhookCallback(bot, "callback", { secretToken: secret, onTimeout: "return", timeoutMilliseconds: timeoutMs });

  return createServer((req, res) => {
    serve(req, res).catch((e: unknown) => {
      logger.error("webhook request failed", { e });
      if (!res.headersSent) send(res, 500, "internal error");
    });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/healthz") {
      if (req.method === "GET" || req.method === "HEAD") return send(res, 200, "ok");
      return send(res, 405, "method not allowed", { Allow: "GET, HEAD" });
    }
    if (url.pathname !== path) return send(res, 404, "not found");
    if (req.method !== "POST") return send(res, 405, "method not allowed", { Allow: "POST" });
    const header = req.headers[SECRET_HEADER];
    if (typeof header !== "string" || !sameSecret(header, secret)) {
      logger.warn("webhook call with a wrong or missing secret", { remote: req.socket.remoteAddress });
      return send(res, 401, "unauthorized", { Connection: "close" });
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === "too-large") return send(res, 413, "payload too large", { Connection: "close" });
    const update = parseUpdate(body);
    if (!update) return send(res, 400, "bad request: expected a Telegram update as JSON");

    let replied = false;
    try {
      await handle(
        update,
        async (json: string) => {
          replied = true;
          res.writeHead(200, { "Content-Type": "application/json" }).end(json);
        },
        header,
        async () => {
          replied = true;
          send(res, 401, "unauthorized");
        },
      );
    } catch (e) {
      // The update was received; a 500 would make Telegram redeliver the same failing update again and again.
      if (e instanceof BotError) await bot.errorHandler(e);
      else logger.error("webhook update failed", { updateId: update.update_id, e });
    }
    if (!replied) send(res, 200, "");
  }
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers }).end(body);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | "too-large"> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume(); // drain without keeping it
    return Promise.resolve("too-large");
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve("too-large");
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.once("error", reject);
  });
}

function parseUpdate(body: Buffer): Update | undefined {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    if (typeof value === "object" && value !== null && Number.isInteger((value as { update_id?: unknown }).update_id)) return value as Update;
  } catch {
    // not JSON
  }
  return undefined;
}

export interface WebhookOptions extends WebhookServerOptions {
  url: string;
  port: number;
  host?: string;
}

export async function startWebhook(bot: Bot<Context>, options: WebhookOptions): Promise<Transport & { server: Server; port: number }> {
  const { logger } = options;
  await bot.init();
  const server = createWebhookServer(bot, options);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info("webhook server listening", { port, path: options.path });
  // Listening first, so Telegram can deliver as soon as it knows the address. Not deleted on stop: the next
  // deployment keeps receiving, and Telegram queues updates meanwhile.
  await bot.api.setWebhook(options.url, { secret_token: options.secret, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info("webhook registered with Telegram", { url: new URL(options.url).origin + options.path });
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  server.once("close", () => resolveDone());
  return {
    kind: "webhook",
    server,
    port,
    done,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Idle keep-alive connections would hold close() open.
        server.closeIdleConnections();
      }),
  };
}
