// Issue 16, item 6: the webhook server has its own header, request and keep-alive timeouts and a
// connection cap, so slow clients cannot hold sockets for minutes or lock /healthz out. The limits are
// made small here; the defaults are SOCKET_LIMITS.
import { connect, type AddressInfo, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createWebhookServer, SOCKET_LIMITS, type SocketLimits, type WebhookServer } from "../../src/bot/transports/webhook.js";
import { createLogger } from "../../src/log.js";
import { createKit } from "./kit.js";

const SECRET = "issue16_limits-secret";
const open: WebhookServer[] = [];
const clients: Socket[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of open.splice(0)) await s.shutdown(100);
});

async function serve(limits: Partial<SocketLimits>) {
  const k = createKit();
  const server = createWebhookServer(k.bot, { path: "/hook", secret: SECRET, logger: createLogger({ level: "silent" }), limits });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  open.push(server);
  return { k, server, port: (server.address() as AddressInfo).port };
}

/** A client that sends `first` and then nothing; resolves when the server closes it, with what it got back. */
function slowClient(port: number, first: string): { closed: Promise<string>; socket: Socket } {
  const socket = connect(port, "127.0.0.1", () => socket.write(first));
  clients.push(socket);
  let data = "";
  socket.on("data", (c: Buffer) => (data += c.toString()));
  socket.on("error", () => {});
  return { socket, closed: new Promise((resolve) => socket.once("close", () => resolve(data))) };
}

describe("item 6: webhook socket limits", () => {
  it("defaults: headers 10 s, whole request 20 s, keep-alive 5 s, 512 connections", () => {
    expect(SOCKET_LIMITS).toEqual({ headersTimeoutMs: 10_000, requestTimeoutMs: 20_000, keepAliveTimeoutMs: 5_000, maxConnections: 512 });
  });

  it("a client that never finishes its headers is cut off (408) after the headers timeout", async () => {
    const { port } = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const { closed } = slowClient(port, "POST /hook HTTP/1.1\r\nHost: x\r\nX-Slow: ");
    expect(await closed).toMatch(/^HTTP\/1\.1 408/);
  });

  it("a slow body with the right secret is cut off after the request timeout; nothing is handled", async () => {
    const { port, k } = await serve({ headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const { closed } = slowClient(port, `POST /hook HTTP/1.1\r\nHost: x\r\nx-telegram-bot-api-secret-token: ${SECRET}\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"update_id": 1,`);
    expect(await closed).toMatch(/^HTTP\/1\.1 408|^$/);
    expect(k.ledger.snapshot().in).toBe(0);
  });

  it("an idle keep-alive connection is closed after the keep-alive timeout", async () => {
    const { port } = await serve({ keepAliveTimeoutMs: 200 });
    const { closed } = slowClient(port, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    expect(await closed).toMatch(/^HTTP\/1\.1 200 /);
  });

  it("60 slow clients against a cap of 20: at most 20 are kept, the oldest idle ones closed, /healthz still 200", async () => {
    const { port, server } = await serve({ maxConnections: 20, headersTimeoutMs: 60_000, requestTimeoutMs: 120_000 });
    const slow = Array.from({ length: 60 }, () => slowClient(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: "));
    await new Promise((r) => setTimeout(r, 300));
    const count = await new Promise<number>((resolve, reject) => server.getConnections((e, n) => (e ? reject(e) : resolve(n))));
    expect(count).toBeLessThanOrEqual(20);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    // The first ones were evicted (closed by the server), the last ones are still waiting.
    // (No 1 s race: a loaded machine may take longer; a server that never evicts fails on the test timeout.)
    expect(await slow[0]!.closed).not.toMatch(/^HTTP\/1\.1 200/); // closed by eviction, never answered
    expect(slow.at(-1)!.socket.destroyed).toBe(false);
  });
});
