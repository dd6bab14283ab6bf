// `node dist/main.js` as a user runs it: every start-up failure ends in one clear message naming the file,
// line and field (or the variable), a non-zero exit, no stack trace, and never the token; SIGTERM under
// load finishes what is in flight and exits 0. dist/ is built once for the whole run by the globalSetup
// (test/support/build.ts), which fails the run when tsc fails.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botReplies, E2E_TOKEN, freePort, startEmulator } from "../e2e/emulator.js";
import { isolatedEnv, MAIN, ROOT, runToExit as runMain } from "../e2e/process.js";
import { closeProxy, faultProxy } from "./proxy.js";

const FIXTURES = join(ROOT, "test/fixtures");
const TOKEN = E2E_TOKEN.replace("987654321", "987654341");
const NO_STACK = /\n\s+at /;

let emulator: TelegramServer;

const env = (vars: Record<string, string>) => isolatedEnv(vars, "debug");
const runToExit = (vars: Record<string, string>) => runMain(MAIN, env(vars), { timeoutMs: 40_000 });

beforeAll(async () => {
  emulator = await startEmulator();
});

afterAll(async () => {
  await emulator?.stop();
});

// Each case is its own process with its own environment (and fake servers on their own ports): they run
// side by side. The timeouts are safety nets for a loaded machine, not bounds.
describe.concurrent("start-up failures: one clear message, exit 1, no stack, no token", { timeout: 60_000 }, () => {
  const knowledgeCases: [string, RegExp][] = [
    ["broken-json-syntax", /resume\.json:4: \(json\): invalid JSON/],
    // Issue 14: only an unreadable file (or a CV with neither a name nor a section) stops the start.
    ["broken-binary", /resume\.md:\d+: \(file\): binary data, not text/],
    ["empty", /empty: \(folder\): no résumé found/],
  ];
  // A field that cannot be read is a warning: the bot starts, and says how many (issue 14).
  const tolerated: [string, RegExp][] = [
    ["broken-json-missing-start", /resume\.json:12: work\[1\]\.startDate: missing/],
    ["broken-json-dates", /resume\.json:7: work\[0\]\.startDate: \\"2021-13\\": there is no month 13/],
    ["broken-md-bad-dates", /resume\.md:5: experience\[0\]\.start: \\"2019-13\\" is not a date/],
    ["broken-md-missing-fields", /resume\.md:1: person\.name: the candidate's name is missing/],
    ["broken-md-no-dates", /resume\.md:20: experience\[2\]\.start: no dates found/],
    ["broken-md-no-jobs", /resume\.md:3: experience: no jobs found/],
  ];
  // Past the résumé, the start goes on to Telegram: an unreachable API (and a short STARTUP_TIMEOUT_MS) ends it
  // right there, so the test needs no signal timing to show that the warnings did not stop the start.
  it.each(tolerated)("knowledge %s: starts, logging the warnings", async (fixture, expected) => {
    const { code, stderr } = await runToExit({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: "http://127.0.0.1:9", STARTUP_TIMEOUT_MS: "500", KNOWLEDGE_DIR: join(FIXTURES, fixture) });
    expect(stderr).toMatch(/résumé read with warnings/);
    expect(stderr).toMatch(expected);
    expect(stderr).not.toMatch(/could not be read/);
    expect(stderr).toMatch(/Could not reach the Telegram Bot API/);
    expect(code).toBe(1);
    expect(stderr).not.toContain(TOKEN);
  });
  it.each(knowledgeCases)("knowledge %s", async (fixture, expected) => {
    const { code, stderr } = await runToExit({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: emulator.config.apiURL, KNOWLEDGE_DIR: join(FIXTURES, fixture) });
    expect(code).toBe(1);
    expect(stderr).toMatch(expected);
    expect(stderr).toMatch(/could not be read/);
    expect(stderr).not.toMatch(NO_STACK);
    expect(stderr).not.toContain(TOKEN);
  });

  const malformed = "12345:short-token-SECRET-VALUE";
  const configCases: [string, Record<string, string>, RegExp][] = [
    ["missing BOT_TOKEN", {}, /BOT_TOKEN is not set[\s\S]*@BotFather/],
    ["malformed BOT_TOKEN", { BOT_TOKEN: malformed }, /BOT_TOKEN does not look like a bot token/],
    ["webhook without WEBHOOK_SECRET", { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.test/hook" }, /WEBHOOK_SECRET is required when BOT_MODE=webhook/],
    ["webhook with a bad secret", { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.test/hook", WEBHOOK_SECRET: "has spaces!" }, /WEBHOOK_SECRET must be/],
    ["webhook over http", { BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "http://bot.example.test/hook", WEBHOOK_SECRET: "s3cret" }, /WEBHOOK_URL must be an https:\/\/ URL/],
    ["PORT not a number", { BOT_TOKEN: TOKEN, PORT: "eighty" }, /PORT must be a whole number from 1 to 65535 \(got "eighty"\)/],
    ["PORT out of range", { BOT_TOKEN: TOKEN, PORT: "70000" }, /PORT must be a whole number/],
    ["bad BOT_MODE", { BOT_TOKEN: TOKEN, BOT_MODE: "push" }, /BOT_MODE must be "polling" or "webhook"/],
    ["bad RATE_LIMIT_BURST", { BOT_TOKEN: TOKEN, RATE_LIMIT_BURST: "lots" }, /RATE_LIMIT_BURST must be a whole number/],
  ];
  it.each(configCases)("config: %s", async (_name, vars, expected) => {
    const { code, stderr } = await runToExit(vars);
    expect(code).toBe(1);
    expect(stderr).toMatch(expected);
    expect(stderr.trim().split("\n").length).toBeLessThanOrEqual(4);
    expect(stderr).not.toMatch(NO_STACK);
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain("SECRET-VALUE");
  });

  // DEBUG=grammy* turns on grammY's own debug output (its stack traces included: a developer asked for
  // them); the token must not appear there either, although every request URL carries it.
  // STARTUP_TIMEOUT_MS (30 s by default) is shortened: the bound is what is tested, not its length.
  it("Telegram unreachable (getMe fails, bounded by STARTUP_TIMEOUT_MS), with grammY's debug output on: the token is never printed", async () => {
    const closed = await freePort();
    const { code, stderr } = await runToExit({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${closed}`, DEBUG: "grammy*", STARTUP_TIMEOUT_MS: "1500" });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n").at(-1)).toMatch(/^Could not reach the Telegram Bot API at http:\/\/127\.0\.0\.1:\d+ within 1\.5 s\./);
    expect(stderr.match(/Calling getMe/g)!.length).toBeGreaterThan(1); // it kept retrying until the bound
    expect(stderr).toContain("Calling getMe"); // grammY's debug output was on
    expect(stderr).not.toContain(TOKEN);
    expect(stderr).not.toContain(TOKEN.split(":")[1]);
  });

  it.each([
    ["without", {}],
    ["with grammY's debug output", { DEBUG: "grammy*" }],
  ])("Telegram refuses the token (401 on getMe), %s: explained, token never printed", async (_name, extra: Record<string, string>) => {
    const seen: string[] = [];
    const fake = createServer((req, res) => {
      seen.push(req.url ?? "");
      res.writeHead(401, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 401, description: "Unauthorized" }));
    });
    await new Promise<void>((r) => fake.listen(0, "127.0.0.1", r));
    try {
      const { code, stderr } = await runToExit({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: `http://127.0.0.1:${(fake.address() as AddressInfo).port}`, ...extra });
      expect(code).toBe(1);
      expect(stderr.trim().split("\n").at(-1)).toBe("Telegram refused BOT_TOKEN (401 Unauthorized). Check the token with @BotFather (/token) and update .env.");
      expect(seen[0]).toContain(TOKEN); // the URL did carry it…
      expect(stderr).not.toContain(TOKEN); // …and it was never printed
      expect(stderr).not.toContain(TOKEN.split(":")[1]);
      if (!extra.DEBUG) expect(stderr).not.toMatch(NO_STACK);
    } finally {
      await new Promise((r) => fake.close(r));
    }
  });
});

// The emulator ignores getUpdates' offset and limit: any call, the stop's confirming getUpdates(limit 1)
// included, returns and marks as read every unread message. With the default window of 32 the bot would
// leave some for that call and the emulator would count them read; Telegram would keep them. So here the
// bot fetches everything at once, as before (the window itself: issue16-polling.test.ts).
const EMULATOR_FETCHES_ALL = { POLLING_MAX_IN_FLIGHT: "500" };

// Telegram answers sendMessage 300 ms late (a proxy in front of the emulator), so replies are in flight
// when SIGTERM arrives.
describe("SIGTERM under load", () => {
  it("polling: 40 questions from 8 users, SIGTERM while answering → exit 0, nothing in flight, every update accounted for", async () => {
    const token = E2E_TOKEN.replace("987654321", "987654342");
    const slow = await faultProxy(emulator.config.apiURL, [], 300);
    const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: env({ BOT_TOKEN: token, TELEGRAM_API_ROOT: slow.url, LOG_LEVEL: "info", ...EMULATOR_FETCHES_ALL }), stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    const clients = Array.from({ length: 8 }, (_, i) => emulator.getClient(token, { userId: 700 + i, chatId: 700 + i, timeout: 10_000 }));
    await clients[0]!.sendMessage(clients[0]!.makeMessage("/start"));
    await botReplies(emulator, token, 1, 15_000); // running
    for (let round = 0; round < 5; round++) for (const c of clients) await c.sendMessage(c.makeMessage(`Where did he work in ${2015 + round}?`));
    await new Promise((r) => setTimeout(r, 100));
    const repliesAtSigterm = emulator.storage.botMessages.filter((m) => m.botToken === token).length;
    child.kill("SIGTERM");
    const t0 = Date.now();
    expect(await exited).toBe(0);
    const exitMs = Date.now() - t0;
    await closeProxy(slow.server);
    expect(stderr).toContain('"msg":"offset confirmed"');
    const stopped = JSON.parse(stderr.split("\n").find((l) => l.includes('"msg":"stopped"'))!) as { in: number; answered: number; skipped: number; failed: number; inFlight: number };
    expect(stopped.inFlight).toBe(0);
    expect(stopped.in).toBe(stopped.answered + stopped.skipped + stopped.failed);
    expect(stopped.failed).toBe(0);
    const replies = emulator.storage.botMessages.filter((m) => m.botToken === token).length;
    expect(replies).toBe(stopped.answered);
    const unread = emulator.storage.userMessages.filter((m) => m.botToken === token && !m.isRead).length;
    expect(stopped.in + unread).toBe(41); // fetched and answered, or still waiting at Telegram: none lost
    expect(stderr).not.toContain(token);
    expect(replies).toBeGreaterThan(repliesAtSigterm); // some were answered after SIGTERM: they were in flight
    console.log(`polling SIGTERM: 41 sent; ${repliesAtSigterm} replies before SIGTERM, ${replies - repliesAtSigterm} finished after it; ${stopped.in} taken = ${stopped.answered} answered, ${unread} left at Telegram for the next start; exit 0 in ${exitMs} ms`);
  }, 60_000); // a safety net for a loaded machine, not a bound: the test asserts what happened, not how fast

  it("webhook: 30 updates posted, SIGTERM while they run → in-flight ones 200 and answered, later ones 503/refused, exit 0", async () => {
    const token = E2E_TOKEN.replace("987654321", "987654343");
    const port = await freePort();
    const secret = "process_test-secret";
    const slow = await faultProxy(emulator.config.apiURL, [], 300);
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: env({ BOT_TOKEN: token, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.test/hook", WEBHOOK_SECRET: secret, PORT: String(port), TELEGRAM_API_ROOT: slow.url, LOG_LEVEL: "info" }),
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 15_000;
    while (!(await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline) throw new Error("webhook server did not come up");
      await new Promise((r) => setTimeout(r, 50));
    }
    const update = (id: number) =>
      JSON.stringify({ update_id: id, message: { message_id: id, date: 1_700_000_000, chat: { id: 800 + id, type: "private", first_name: "U" }, from: { id: 800 + id, is_bot: false, first_name: "U" }, text: "What does he know about Kafka?" } });
    const posts = Array.from({ length: 30 }, (_, i) =>
      // A request nobody ever answers shows up as "no answer" (and fails the test by name) instead of a hang.
      fetch(`${base}/hook`, { method: "POST", body: update(i + 1), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret }, signal: AbortSignal.timeout(20_000) }).then(
        (r) => r.status,
        (e: unknown) => (e instanceof DOMException && e.name === "TimeoutError" ? ("no answer" as const) : ("refused" as const)),
      ),
    );
    await new Promise((r) => setTimeout(r, 100));
    const repliesAtSigterm = emulator.storage.botMessages.filter((m) => m.botToken === token).length;
    child.kill("SIGTERM");
    const statuses = await Promise.all(posts);
    expect(statuses).not.toContain("no answer");
    expect(await exited).toBe(0);
    await closeProxy(slow.server);
    const ok = statuses.filter((s) => s === 200).length;
    expect(statuses.every((s) => s === 200 || s === 503 || s === "refused")).toBe(true);
    const stopped = JSON.parse(stderr.split("\n").find((l) => l.includes('"msg":"stopped"'))!) as { in: number; answered: number; skipped: number; failed: number; inFlight: number };
    expect(stopped).toMatchObject({ inFlight: 0, failed: 0 });
    expect(stopped.answered).toBe(ok);
    expect(emulator.storage.botMessages.filter((m) => m.botToken === token)).toHaveLength(ok);
    expect(ok).toBeGreaterThan(repliesAtSigterm);
    console.log(`webhook SIGTERM: 30 posted, ${repliesAtSigterm} answered before SIGTERM → ${ok} × 200 and answered, ${statuses.filter((s) => s === 503).length} × 503, ${statuses.filter((s) => s === "refused").length} refused (Telegram redelivers those); exit 0`);
  }, 60_000); // a safety net for a loaded machine, not a bound: the test asserts what happened, not how fast
});
