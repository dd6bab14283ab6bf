// Issue 16, items 7 and 11: strangers cannot flood the error log with malformed request URLs, and the
// secrets never reach the terminal, not even through grammY's own DEBUG output; secrets too short to
// redact are refused.
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createWebhookServer, type WebhookServer } from "../../src/bot/transports/webhook.js";
import { ConfigError, parseConfig } from "../../src/config.js";
import { createLogger, redactWrites } from "../../src/log.js";
import type { LogLine } from "../bot/helpers.js";
import { fakeTelegram, ME, runMain, SHORT_ID_TOKEN } from "./issue16-kit.js";
import { createKit } from "./kit.js";

const open: WebhookServer[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.shutdown(100);
});

/** One raw HTTP/1.1 request (fetch would normalise the target); resolves with the status code. */
function rawRequest(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(`POST ${target} HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`));
    let data = "";
    socket.on("data", (c: Buffer) => (data += c.toString()));
    socket.on("close", () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0)));
    socket.on("error", reject);
  });
}

describe("item 7: a request URL that new URL() rejects", () => {
  it("2,000 of them: each gets 400, the log gets one warning and no error line", async () => {
    const k = createKit();
    const logs: LogLine[] = [];
    const logger = createLogger({ level: "debug", write: (l) => logs.push(JSON.parse(l) as LogLine) });
    const server = createWebhookServer(k.bot, { path: "/hook", secret: "issue16_secret-value", logger });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    open.push(server);
    const port = (server.address() as AddressInfo).port;
    const statuses: number[] = [];
    for (let batch = 0; batch < 20; batch++) {
      statuses.push(...(await Promise.all(Array.from({ length: 100 }, (_, i) => rawRequest(port, i % 2 ? "//[" : "http://[::")))));
    }
    expect(new Set(statuses)).toEqual(new Set([400]));
    expect(logs.filter((l) => l.level === "error")).toEqual([]);
    expect(logs.filter((l) => l.msg === "webhook request with a malformed URL")).toHaveLength(1);
    expect(k.ledger.snapshot().in).toBe(0);
  });
});

describe("item 11: secrets at the debug sink, and secrets too short to redact", () => {
  it("redactWrites hides the exact secrets (any token id length) in strings and buffers", () => {
    const sink = new PassThrough();
    let out = "";
    sink.on("data", (c: Buffer) => (out += c.toString()));
    redactWrites(sink, [SHORT_ID_TOKEN, "webhook_secret-123"]);
    sink.write(`GET /bot${SHORT_ID_TOKEN}/getMe\n`);
    sink.write(Buffer.from("secret=webhook_secret-123\n"));
    expect(out).toBe("GET /bot<redacted>/getMe\nsecret=<redacted>\n");
  });

  it("node dist/main.js with DEBUG=grammy*: a grammY debug line repeating the token shows it redacted", async () => {
    // getMe answers a username that repeats the token: grammY's debug line "I am <username>!" would print it.
    const telegram = await fakeTelegram(async ({ method }) => {
      if (method === "getMe") return { ok: true, result: { ...ME, username: SHORT_ID_TOKEN } };
      if (method === "getUpdates") await new Promise((r) => setTimeout(r, 200));
      return undefined;
    });
    const bot = runMain({ BOT_TOKEN: SHORT_ID_TOKEN, TELEGRAM_API_ROOT: telegram.url, DEBUG: "grammy*" });
    try {
      await bot.waitForLog("polling for updates", 50_000);
      bot.child.kill("SIGTERM");
      const code = await bot.exited;
      const stderr = bot.stderr();
      expect(code, stderr).toBe(0);
      expect(stderr).toMatch(/grammy:bot I am <redacted>!/);
      expect(stderr).not.toContain(SHORT_ID_TOKEN);
      expect(stderr).not.toContain(SHORT_ID_TOKEN.split(":")[1]);
    } finally {
      bot.child.kill("SIGKILL");
      await telegram.close();
    }
  }, 60_000);

  it.each(["a", "ab", "abc", "abcdefg"])("WEBHOOK_SECRET %j (too short to redact or to be unguessable) is refused, naming the variable", (secret) => {
    const env = { BOT_TOKEN: SHORT_ID_TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/hook", WEBHOOK_SECRET: secret };
    let error: unknown;
    try {
      parseConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe("WEBHOOK_SECRET");
    expect((error as ConfigError).message).toMatch(/at least 8 characters/);
    expect((error as ConfigError).message).not.toContain(`"${secret}"`); // never echoed
  });
});
