// Webhook mode on node:http. Telegram POSTs each update to WEBHOOK_URL with our secret in the
// X-Telegram-Bot-Api-Secret-Token header. The server answers:
//   GET  /healthz           200 (for load balancers and container probes); 503 once stopping
//   POST <webhook path>     200 once the update is handled; 401 without the right secret (nothing read or
//                           processed); 413 over the size limit; 400 for a body that is not an update
//   any other method there  405;  any other path 404;  503 once stopping (Telegram delivers it later)
// grammY's webhookCallback (with its "callback" adapter) runs the update, with a timeout so a slow update
// is acknowledged rather than redelivered by Telegram.
//
// Delivery: Telegram redelivers an update until it gets a 2xx, so webhook delivery is at-least-once. A
// redelivery we have already taken (its update_id is in the store, key `upd:<id>`, for a day) gets 200 and
// is not run again: with Redis, on whichever replica it lands; with the embedded store, within one process.
//
// Stopping: `shutdown()` answers new updates 503, lets those in flight finish (bounded), then closes.
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { BotError, webhookCallback, type Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../log.js";
import { TokenHealth } from "../api-transformers.js";
import { ALLOWED_UPDATES, botReliability } from "../create-bot.js";
import type { Transport } from "./transport.js";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Updates are a few kilobytes; this leaves room while refusing floods. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Telegram gives up redelivering after a day, so an update_id need not be remembered longer. */
export const DEDUPE_TTL_MS = 86_400_000;

export interface WebhookServerOptions {
  path: string;
  secret: string;
  logger: Logger;
  maxBodyBytes?: number;
  /** How long one update may take before Telegram gets its 200 anyway (it would redeliver otherwise). */
  timeoutMs?: number;
  /** Socket limits, so slow or idle clients cannot hold the server (defaults: SOCKET_LIMITS). */
  limits?: Partial<SocketLimits>;
}

/** How long a client may take over each part of a request, and how many connections are kept at once. */
export interface SocketLimits {
  /** Until the request's headers are complete (a slow-header "slowloris" client is cut off). */
  headersTimeoutMs: number;
  /** Until the whole request, body included, has arrived. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** Beyond this many open connections, the oldest one without a request being handled is closed. */
  maxConnections: number;
}

/** Well under the usual 1,024 file descriptors; Telegram itself uses at most 100 (max_connections). */
export const SOCKET_LIMITS: SocketLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 20_000, keepAliveTimeoutMs: 5_000, maxConnections: 512 };

export interface WebhookServer extends Server {
  /** Refuses new updates (503), waits up to `timeoutMs` for those in flight, closes the server. */
  shutdown(timeoutMs?: number): Promise<void>;
  /** Updates being handled right now. */
  readonly inFlight: number;
}

/** The webhook server for `bot`: routing, the secret, de-duplication and a bounded shutdown (see the top). */
export function createWebhookServer(bot: Bot<Context>, options: WebhookServerOptions): WebhookServer {
  const { logger } = options;
  const { ledger, store } = botReliability(bot);
  // Installed on bot.api, so every update's own API (built from it per update) carries it too.
  const health = new TokenHealth(logger);
  bot.api.config.use(health.transformer());
  // Defaults as `??`, so an option given as undefined still gets one.
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const timeoutMs = options.timeoutMs ?? 9_000;
  const state: WebhookState = {
    options: { ...options, maxBodyBytes, timeoutMs },
    bot,
    handle: webhookCallback(bot, "callback", { secretToken: options.secret, onTimeout: "return", timeoutMilliseconds: timeoutMs }),
    store,
    ledger,
    health,
    refusals: new RefusalLog(logger, "webhook call with a wrong or missing secret"),
    malformed: new RefusalLog(logger, "webhook request with a malformed URL"),
    closing: false,
    inFlight: 0,
  };
  const limits = { ...SOCKET_LIMITS, ...options.limits };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node checks the two timeouts above (its default, 30 s, would let them overrun).
      connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (req, res) => {
      serve(state, req, res).catch((e: unknown) => {
        logger.error("webhook request failed", { e });
        if (!res.headersSent) send(res, 500, "internal error");
      });
    },
  ) as WebhookServer;
  capConnections(server, limits.maxConnections, logger);
  Object.defineProperty(server, "inFlight", { get: () => state.inFlight });
  server.shutdown = (waitMs = 8_000) => shutdown(server, state, waitMs);
  return server;
}

/** What one webhook server shares between its requests and its shutdown. */
interface WebhookState {
  options: Required<Pick<WebhookServerOptions, "maxBodyBytes" | "timeoutMs">> & WebhookServerOptions;
  bot: Bot<Context>;
  handle: ReturnType<typeof webhookCallback>;
  store: ReturnType<typeof botReliability>["store"];
  ledger: ReturnType<typeof botReliability>["ledger"];
  health: TokenHealth;
  refusals: RefusalLog;
  malformed: RefusalLog;
  closing: boolean;
  inFlight: number;
  /** Called when the last update in flight is done, while stopping. */
  drained?: () => void;
}

/** Refuses new updates, waits (bounded) for those in flight and those still running after their 200, closes. */
async function shutdown(server: WebhookServer, state: WebhookState, waitMs: number): Promise<void> {
  const { logger } = state.options;
  state.closing = true;
  const deadline = Date.now() + waitMs;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  if (state.inFlight > 0) {
    const idle = new Promise<void>((resolve) => (state.drained = resolve));
    const gaveUp = await Promise.race([idle.then(() => false), sleep(waitMs).then(() => true)]);
    if (gaveUp) logger.warn("stopping with updates still in flight", { inFlight: state.inFlight });
  }
  // Updates answered 200 on timeout may still be running (waiting on a retry); the ledger knows them.
  if (!(await state.ledger.idle(Math.max(0, deadline - Date.now())))) {
    // Already answered 200, so Telegram will not redeliver them: name them for whoever must follow up.
    logger.warn("stopping with updates still running", { running: state.ledger.snapshot().inFlight, updateIds: state.ledger.inFlightIds() });
  }
  server.closeAllConnections();
  await closed;
}

/** Routes one request: the health probe, the webhook path (after its checks), or an error status. */
async function serve(state: WebhookState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { path, secret, maxBodyBytes } = state.options;
  const pathname = requestPath(req.url);
  if (pathname === undefined) {
    // Anyone can send these, so a 400 and a rate-limited warning, never an error line per request.
    state.malformed.note(req.socket.remoteAddress);
    return send(res, 400, "bad request: malformed URL", { Connection: "close" });
  }
  if (pathname === "/healthz") return probe(state, req, res);
  if (pathname !== path) return send(res, 404, "not found");
  if (req.method !== "POST") return send(res, 405, "method not allowed", { Allow: "POST" });
  if (state.closing) return send(res, 503, "shutting down", { "Retry-After": "1", Connection: "close" });
  const header = req.headers[SECRET_HEADER];
  if (typeof header !== "string" || !sameSecret(header, secret)) {
    state.refusals.note(req.socket.remoteAddress);
    return send(res, 401, "unauthorized", { Connection: "close" });
  }
  const body = await readBody(req, maxBodyBytes);
  if (body === "too-large") return send(res, 413, "payload too large", { Connection: "close" });
  const update = parseUpdate(body);
  if (!update) return send(res, 400, "bad request: expected a Telegram update as JSON");
  if (!(await state.store.setIfAbsent(`upd:${update.update_id}`, 1, DEDUPE_TTL_MS))) {
    state.ledger.recordDuplicate(update);
    return send(res, 200, "");
  }
  await runUpdate(state, update, header, res);
}

/** GET /healthz: while stopping, probes see 503, so a load balancer sends no more traffic here. */
function probe(state: WebhookState, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed", { Allow: "GET, HEAD" });
  if (state.closing) return send(res, 503, "stopping");
  const problem = state.health.problem;
  return problem ? send(res, 503, `unhealthy: ${problem}`) : send(res, 200, "ok");
}

/** Runs one accepted update through grammY; the reply is 200 whatever happens to it. */
async function runUpdate(state: WebhookState, update: Update, header: string, res: ServerResponse): Promise<void> {
  let replied = false;
  state.inFlight++;
  try {
    await state.handle(
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
    if (e instanceof BotError) await state.bot.errorHandler(e);
    else state.options.logger.error("webhook update failed", { updateId: update.update_id, e });
  } finally {
    state.inFlight--;
    if (state.inFlight === 0) state.drained?.();
  }
  if (!replied) send(res, 200, "");
}

/**
 * Keeps at most `max` connections: a new one beyond that closes the oldest connection that has no request
 * being handled (a slow or idle client), so /healthz and Telegram still get in. Refusing the newcomer
 * instead would let 500 slow clients lock everyone out.
 */
function capConnections(server: Server, max: number, logger: Logger): void {
  const sockets = new Set<Socket>();
  const busy = new WeakSet<Socket>();
  const evictions = new RefusalLog(logger, "webhook connection limit reached; closing the oldest idle connections");
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    if (sockets.size <= max) return;
    for (const old of sockets) {
      if (old === socket || busy.has(old)) continue;
      evictions.note(old.remoteAddress);
      old.destroy();
      sockets.delete(old);
      break;
    }
  });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    busy.add(req.socket);
    res.once("close", () => busy.delete(req.socket));
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** The path of a request target, or undefined when it is not a URL (`//[`, `http://[::`). */
function requestPath(target: string | undefined): string | undefined {
  try {
    return new URL(target ?? "/", "http://localhost").pathname;
  } catch {
    return undefined;
  }
}

/** Requests from strangers: one warning, then at most one summary a minute, so they cannot flood the log. */
class RefusalLog {
  private suppressed = 0;
  private lastAt = -Infinity;

  constructor(
    private readonly logger: Logger,
    private readonly message: string,
    private readonly everyMs = 60_000,
  ) {}

  note(remote: string | undefined): void {
    const now = Date.now();
    if (now - this.lastAt < this.everyMs) {
      this.suppressed++;
      return;
    }
    this.logger.warn(this.message, { remote, ...(this.suppressed ? { moreSinceLastWarning: this.suppressed } : {}) });
    this.suppressed = 0;
    this.lastAt = now;
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
  /** How long stop() waits for updates in flight. */
  drainMs?: number;
  port: number;
  host?: string;
}

export async function startWebhook(bot: Bot<Context>, options: WebhookOptions): Promise<Transport & { server: WebhookServer; port: number }> {
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
    stop: () => server.shutdown(options.drainMs),
  };
}
