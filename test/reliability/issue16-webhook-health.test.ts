// Issue 16, items 9 and 10, webhook mode: an update answered 200 on its timeout and still running is
// finished before the server closes (or named when the grace period ends first); with the token revoked
// the bot reports itself unhealthy on /healthz and logs it once, not five lines per update.
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/bot/create-bot.js";
import { createWebhookServer, type WebhookServer } from "../../src/bot/transports/webhook.js";
import { createLogger } from "../../src/log.js";
import { fakeEngine } from "../bot/helpers.js";
import { fakeTelegram, ME, SHORT_ID_TOKEN, textUpdate } from "./issue16-kit.js";
import { createKit } from "./kit.js";

const SECRET = "issue16_health-secret";
const open: WebhookServer[] = [];
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.shutdown(100);
  for (const c of cleanup.splice(0)) await c();
});

const post = (url: string, update: Record<string, unknown>) =>
  fetch(url, { method: "POST", body: JSON.stringify(update), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET } });

async function listen(server: WebhookServer): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  open.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("item 9: a webhook update answered 200 on its timeout and still running, then a stop", () => {
  it("within the grace period: it finishes (the reply is sent) before the server closes", async () => {
    const k = createKit({ latencyMs: 600 });
    const server = createWebhookServer(k.bot, { path: "/hook", secret: SECRET, logger: createLogger({ level: "silent" }), timeoutMs: 100 });
    const base = await listen(server);
    expect((await post(`${base}/hook`, textUpdate(901, 91))).status).toBe(200); // on the 100 ms timeout
    expect(k.ledger.snapshot().inFlight).toBe(1);
    await server.shutdown(5_000);
    expect(k.delivered("sendMessage")).toHaveLength(1);
    expect(k.ledger.snapshot()).toMatchObject({ in: 1, answered: 1, inFlight: 0 });
  });

  it("past the grace period: the warning names the update ids abandoned", async () => {
    const k = createKit({ latencyMs: 3_000 });
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({ level: "debug", write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) });
    const server = createWebhookServer(k.bot, { path: "/hook", secret: SECRET, logger, timeoutMs: 100 });
    const base = await listen(server);
    expect((await post(`${base}/hook`, textUpdate(902, 92))).status).toBe(200);
    expect((await post(`${base}/hook`, textUpdate(903, 93))).status).toBe(200);
    await server.shutdown(200);
    const warning = lines.find((l) => l.msg === "stopping with updates still running");
    expect(warning).toMatchObject({ level: "warn", running: 2, updateIds: [902, 903] });
    expect(k.ledger.inFlightIds()).toEqual([902, 903]);
  });
});

describe("item 10: the token revoked while running in webhook mode", () => {
  it("after repeated 401s /healthz answers 503 with the reason, one error is logged, and a later success makes it healthy", async () => {
    let revoked = true;
    const telegram = await fakeTelegram(({ method }) => (revoked && method !== "getMe" ? { ok: false, error_code: 401, description: "Unauthorized" } : undefined));
    cleanup.push(() => telegram.close());
    const lines: Record<string, unknown>[] = [];
    const logger = createLogger({ level: "info", write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) });
    const bot = createBot({ token: SHORT_ID_TOKEN, engine: fakeEngine(), botInfo: ME, apiRoot: telegram.url, logger, network: { delayMs: 5 } });
    const server = createWebhookServer(bot, { path: "/hook", secret: SECRET, logger });
    const base = await listen(server);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    for (let i = 0; i < 10; i++) expect((await post(`${base}/hook`, textUpdate(1000 + i, 200 + i))).status).toBe(200);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.text()).toMatch(/unhealthy: Telegram refuses BOT_TOKEN \(401 Unauthorized\)/);
    const unhealthy = lines.filter((l) => l.msg === "bot unhealthy");
    expect(unhealthy).toHaveLength(1);
    expect(unhealthy[0]).toMatchObject({ level: "error" });
    // Not five lines per update: the one error above is the only warning or error for the ten updates.
    expect(lines.filter((l) => l.level === "warn" || l.level === "error").map((l) => l.msg)).toEqual(["bot unhealthy"]);
    expect(lines.filter((l) => l.msg === "update not answered")).toHaveLength(0);

    revoked = false;
    expect((await post(`${base}/hook`, textUpdate(2000, 300))).status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(lines.some((l) => l.msg === "bot healthy again: Telegram accepts the token")).toBe(true);
    expect(JSON.stringify(lines)).not.toContain(SHORT_ID_TOKEN);
  });
});
