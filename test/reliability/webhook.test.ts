// Webhook guards as Telegram and strangers would meet them, redeliveries, and stopping with updates in
// flight. The bot's outgoing calls go to the kit's fake Telegram.
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createWebhookServer, type WebhookServer } from "../../src/bot/transports/webhook.js";
import { botReliability } from "../../src/bot/create-bot.js";
import { createLogger } from "../../src/log.js";
import { text } from "../bot/helpers.js";
import { balanced, createKit, type KitOptions } from "./kit.js";

const SECRET = "reliability_secret-42";
const quiet = createLogger({ level: "silent" });
const open: WebhookServer[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.shutdown(100);
});

async function serve(options: KitOptions & { maxBodyBytes?: number } = {}) {
  const k = createKit(options);
  const server = createWebhookServer(k.bot, { path: "/hook", secret: SECRET, logger: quiet, ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}) });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  open.push(server);
  return { k, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` };
}

/** An update from its own chat (update id = chat id), so updates run concurrently as from many users. */
const body = (id: number, words = `question ${id}`) =>
  JSON.stringify({ update_id: id, ...text(words, { chat: { id, type: "private", first_name: "U" } as never, from: { id, is_bot: false, first_name: "U" } }) });
const post = (url: string, payload: string, secret: string | null = SECRET) =>
  fetch(url, { method: "POST", body: payload, headers: { "content-type": "application/json", ...(secret === null ? {} : { "x-telegram-bot-api-secret-token": secret }) } });

describe("webhook guards (nothing is processed, nothing is counted)", () => {
  it("401 without or with a wrong secret; 405 for GET/PUT/DELETE; 413 over the limit; 400 for bad JSON; /healthz 200", async () => {
    const { k, url } = await serve({ maxBodyBytes: 2048 });
    const results = {
      missing: (await post(url, body(1), null)).status,
      wrong: (await post(url, body(2), "not-the-secret")).status,
      empty: (await post(url, body(3), "")).status,
      get: (await fetch(url)).status,
      put: (await fetch(url, { method: "PUT", body: body(4) })).status,
      delete: (await fetch(url, { method: "DELETE" })).status,
      tooLarge: (await post(url, body(5, "x".repeat(5000)))).status,
      badJson: (await post(url, "{ nope")).status,
      notAnUpdate: (await post(url, JSON.stringify({ update_id: "7" }))).status,
      healthz: (await fetch(url.replace("/hook", "/healthz"))).status,
      healthzPost: (await fetch(url.replace("/hook", "/healthz"), { method: "POST" })).status,
    };
    expect(results).toEqual({ missing: 401, wrong: 401, empty: 401, get: 405, put: 405, delete: 405, tooLarge: 413, badJson: 400, notAnUpdate: 400, healthz: 200, healthzPost: 405 });
    expect(k.attempts).toEqual([]);
    expect(k.ledger.snapshot().in).toBe(0);
  });
});

describe("redelivery", () => {
  it("the same update_id twice (Telegram retrying): both 200, handled once, counted as a duplicate", async () => {
    const { k, url } = await serve();
    const first = await post(url, body(10));
    const again = await post(url, body(10));
    const concurrent = await Promise.all([post(url, body(11)), post(url, body(11)), post(url, body(11))]);
    expect([first.status, again.status, ...concurrent.map((r) => r.status)]).toEqual([200, 200, 200, 200, 200]);
    expect(k.delivered("sendMessage").map((a) => a.payload.text)).toEqual(["You said: question 10", "You said: question 11"]);
    expect(k.ledger.snapshot()).toMatchObject({ in: 5, answered: 2, skipped: 3, skippedBy: { duplicate: 3 } });
  });

  it("update ids are remembered in the bot's store (upd:<id>, for a day)", async () => {
    const { k, url } = await serve();
    await post(url, body(12));
    expect(await botReliability(k.bot).store.setIfAbsent("upd:12", 1, 1000)).toBe(false);
    expect(await botReliability(k.bot).store.setIfAbsent("upd:13", 1, 1000)).toBe(true);
  });
});

describe("stopping under load", () => {
  it("updates in flight finish (200, replies sent); later ones get 503; the server closes", async () => {
    const { k, server, url } = await serve({ latencyMs: 300 });
    const inFlight = Array.from({ length: 20 }, (_, i) => post(url, body(100 + i)));
    // Wait until all 20 are being handled (their replies are waiting on the slow fake Telegram).
    const deadline = Date.now() + 3000;
    while (server.inFlight < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    expect(server.inFlight).toBe(20);
    const t0 = performance.now();
    const stopped = server.shutdown(5000);
    const late = await post(url, body(200)).then((r) => r.status, () => "refused");
    await stopped;
    const stopMs = performance.now() - t0;
    const statuses = (await Promise.all(inFlight)).map((r) => r.status);
    expect(statuses).toEqual(Array(20).fill(200));
    expect([503, "refused"]).toContain(late);
    expect(k.delivered("sendMessage")).toHaveLength(20);
    const c = k.ledger.snapshot();
    expect(c).toMatchObject({ in: 20, answered: 20, inFlight: 0 });
    expect(balanced(c)).toBe(true);
    expect(server.listening).toBe(false);
    console.log(`webhook stop: 20 in flight → 20 answered (200), late request → ${late}, stopped in ${stopMs.toFixed(0)} ms`);
  });
});
