import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { ALLOWED_UPDATES } from "../../src/bot/create-bot.js";
import { createWebhookServer, startWebhook } from "../../src/bot/transports/webhook.js";
import { createLogger } from "../../src/log.js";
import { createTestBot, fakeEngine, text } from "./helpers.js";

const SECRET = "hook_secret-123";
const quiet = createLogger({ level: "silent" });
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function serve(options: { maxBodyBytes?: number; engine?: ReturnType<typeof fakeEngine> } = {}) {
  const engine = options.engine ?? fakeEngine();
  const t = createTestBot({ engine });
  const server = createWebhookServer(t.bot, { path: "/tg/hook", secret: SECRET, logger: quiet, ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}) });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { t, engine, base };
}

const update = (body: string, id = 1) => JSON.stringify({ update_id: id, ...text(body) });
const post = (url: string, body: string, headers: Record<string, string> = { "x-telegram-bot-api-secret-token": SECRET }) =>
  fetch(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers } });

describe("webhook server", () => {
  it("GET /healthz → 200", async () => {
    const { base } = await serve();
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });

  it("a valid update with the right secret is handled and acknowledged with 200", async () => {
    const { base, engine, t } = await serve();
    const res = await post(`${base}/tg/hook`, update("/experience"));
    expect(res.status).toBe(200);
    expect(engine.inputs).toEqual(["/experience"]);
    expect(t.sent("sendMessage")).toHaveLength(1);
  });

  it("a missing or wrong secret → 401 and nothing is processed", async () => {
    const { base, engine, t } = await serve();
    expect((await post(`${base}/tg/hook`, update("/start"), {})).status).toBe(401);
    expect((await post(`${base}/tg/hook`, update("/start"), { "x-telegram-bot-api-secret-token": "nope" })).status).toBe(401);
    expect((await post(`${base}/tg/hook`, update("/start"), { "x-telegram-bot-api-secret-token": SECRET + "x" })).status).toBe(401);
    expect(engine.inputs).toEqual([]);
    expect(t.calls).toEqual([]);
  });

  it("only POST on the webhook path (405), other paths 404", async () => {
    const { base } = await serve();
    const get = await fetch(`${base}/tg/hook`);
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    expect((await fetch(`${base}/tg/hook`, { method: "PUT", body: "{}" })).status).toBe(405);
    expect((await post(`${base}/elsewhere`, update("/start"))).status).toBe(404);
    expect((await fetch(`${base}/`)).status).toBe(404);
  });

  it("a body over the limit → 413", async () => {
    const { base, engine } = await serve({ maxBodyBytes: 1024 });
    const res = await post(`${base}/tg/hook`, update("x".repeat(5000)));
    expect(res.status).toBe(413);
    expect(engine.inputs).toEqual([]);
  });

  it("a chunked body over the limit (no Content-Length) → 413", async () => {
    const { base, engine } = await serve({ maxBodyBytes: 1024 });
    const big = update("y".repeat(5000));
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < big.length; i += 500) controller.enqueue(new TextEncoder().encode(big.slice(i, i + 500)));
        controller.close();
      },
    });
    const res = await fetch(`${base}/tg/hook`, {
      method: "POST",
      body: stream,
      headers: { "x-telegram-bot-api-secret-token": SECRET },
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(engine.inputs).toEqual([]);
  });

  it("malformed JSON, or JSON that is not an update → 400", async () => {
    const { base, engine } = await serve();
    expect((await post(`${base}/tg/hook`, "{not json")).status).toBe(400);
    expect((await post(`${base}/tg/hook`, "[1,2]")).status).toBe(400);
    expect((await post(`${base}/tg/hook`, '{"message":{}}')).status).toBe(400);
    expect(engine.inputs).toEqual([]);
  });

  it("an update whose handling fails is still acknowledged (Telegram would redeliver it forever)", async () => {
    const engine = fakeEngine({
      respond: () => {
        throw new Error("nope");
      },
    });
    const { base, t } = await serve({ engine });
    const res = await post(`${base}/tg/hook`, update("hi"));
    expect(res.status).toBe(200);
    expect(t.sent("sendMessage")).toHaveLength(1); // the apology
  });
});

describe("startWebhook", () => {
  it("listens, registers the webhook with its secret and allowed updates, and stops cleanly", async () => {
    const t = createTestBot();
    const transport = await startWebhook(t.bot, { url: "https://bot.example.com/tg/hook", path: "/tg/hook", secret: SECRET, port: 0, host: "127.0.0.1", logger: quiet });
    expect(t.sent("setWebhook")[0]?.payload).toEqual({
      url: "https://bot.example.com/tg/hook",
      secret_token: SECRET,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    expect((await fetch(`http://127.0.0.1:${transport.port}/healthz`)).status).toBe(200);
    await transport.stop();
    await transport.done;
    // Stopped means closed: nothing answers on the port any more (how fast is the benchmark's business).
    await expect(fetch(`http://127.0.0.1:${transport.port}/healthz`)).rejects.toThrow();
  });
});
