// `node dist/main.js` as a user runs it (npm start = build + this), against the Bot API emulator: it
// answers (long polling, and webhook mode), and it exits 0 soon after SIGTERM. Also: the start-up failures
// print one clear message.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isolatedEnv, MAIN, ROOT, runToExit as runMain } from "./process.js";
import { botMessageWhere, botReplies, callbackButtons, E2E_TOKEN, freePort, replyText, startEmulator } from "./emulator.js";

const TOKEN = E2E_TOKEN.replace("987654321", "987654322"); // its own token: the emulator keeps chats per token
const WEBHOOK_TOKEN = E2E_TOKEN.replace("987654321", "987654323");
const SECRET = "e2e_webhook-secret";

let server: TelegramServer;

const env = (vars: Record<string, string>) => isolatedEnv(vars);
const runToExit = (vars: Record<string, string>, cwd = ROOT) => runMain(MAIN, env(vars), { cwd, timeoutMs: 15_000 });

// dist/ is built once for the whole run by the globalSetup (test/support/build.ts), which fails when tsc fails.
beforeAll(async () => {
  server = await startEmulator();
});

afterAll(async () => {
  await server?.stop();
});

describe("node dist/main.js", () => {
  it("answers /start, /experience, a button and a question, then exits 0 on SIGTERM", async () => {
    const child: ChildProcess = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: env({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    try {
      const client = server.getClient(TOKEN, { timeout: 10_000 });
      await client.sendCommand(client.makeCommand("/start"));
      const [start] = await botReplies(server, TOKEN, 1, 15_000);
      expect(replyText(start!)).toContain("Ivan Prisyazhnyy");

      await client.sendCommand(client.makeCommand("/experience"));
      const [list] = await botReplies(server, TOKEN);
      expect(replyText(list!)).toContain("ScyllaDB");
      expect(callbackButtons(list!).length).toBeGreaterThanOrEqual(5);

      await client.sendCallback(client.makeCallbackQuery("j:nimses", { message: { message_id: list!.messageId } }));
      const details = await botMessageWhere(server, (m) => m.botToken === TOKEN && m.messageId === list!.messageId && !replyText(m).includes("ScyllaDB"));
      expect(replyText(details)).toContain("Nimses");

      await client.sendMessage(client.makeMessage("Where does he work now?"));
      const [now] = await botReplies(server, TOKEN);
      expect(replyText(now!)).toContain("Workato");
    } finally {
      child.kill("SIGTERM");
      const code = await exited;
      expect(code).toBe(0);
    }
    // A clean stop, not the 9 s stop deadline's forced exit (which also exits 0) — how fast is for the benchmark.
    expect(stderr).toContain('"msg":"stopped"');
    expect(stderr).toContain('"msg":"bot ready"');
    expect(stderr).toContain('"msg":"stopping"');
    expect(stderr).not.toContain(TOKEN);
  }, 30_000);

  it("without BOT_TOKEN: explains @BotFather and npm run chat, exits non-zero, no stack trace", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "resume-bot-"));
    try {
      const { code, stderr } = await runToExit({}, cwd);
      expect(code).not.toBe(0);
      expect(stderr).toContain("@BotFather");
      expect(stderr).toContain("npm run chat");
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("an invalid variable is named, exit non-zero, no stack trace", async () => {
    const { code, stderr } = await runToExit({ BOT_TOKEN: TOKEN, PORT: "eighty" });
    expect(code).not.toBe(0);
    expect(stderr).toContain("PORT");
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain(TOKEN);
  });

  it("a broken résumé prints the knowledge errors and exits 1 without a stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "resume-bot-knowledge-"));
    try {
      writeFileSync(join(dir, "resume.json"), "{ this is not json");
      const { code, stderr } = await runToExit({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: server.config.apiURL, KNOWLEDGE_DIR: dir });
      expect(code).toBe(1);
      expect(stderr).toContain("resume.json");
      expect(stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function waitForHealth(base: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("webhook server did not come up");
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Webhook mode: the emulator cannot deliver webhooks with a secret, so the test posts updates itself, as
// Telegram would.
describe("node dist/main.js, BOT_MODE=webhook", () => {
  it("serves the webhook with its secret and stops on SIGTERM", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        BOT_TOKEN: WEBHOOK_TOKEN,
        BOT_MODE: "webhook",
        WEBHOOK_URL: "https://bot.example.test/tg/hook",
        WEBHOOK_SECRET: SECRET,
        PORT: String(port),
        TELEGRAM_API_ROOT: server.config.apiURL,
        KNOWLEDGE_DIR: join(ROOT, "knowledge"),
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
    const base = `http://127.0.0.1:${port}`;
    try {
      await waitForHealth(base);
      const update = (id: number, text: string) =>
        JSON.stringify({
          update_id: id,
          message: {
            message_id: id,
            date: Math.floor(Date.now() / 1000),
            chat: { id: 1, type: "private", first_name: "Rita" },
            from: { id: 1, is_bot: false, first_name: "Rita" },
            text,
            ...(text.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }] } : {}),
          },
        });
      const refused = await fetch(`${base}/tg/hook`, { method: "POST", body: update(1, "/start"), headers: { "content-type": "application/json" } });
      expect(refused.status).toBe(401);

      const ok = await fetch(`${base}/tg/hook`, {
        method: "POST",
        body: update(2, "/experience"),
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      });
      expect(ok.status).toBe(200);
      const replies = await botReplies(server, WEBHOOK_TOKEN);
      expect(replies).toHaveLength(1); // the refused /start produced nothing
      expect(replyText(replies[0]!)).toContain("ScyllaDB");
    } finally {
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
    expect(stderr).toContain('"msg":"stopped"'); // a clean stop, not the stop deadline's forced exit
    expect(stderr).toContain('"msg":"webhook registered with Telegram"');
    expect(stderr).not.toContain(WEBHOOK_TOKEN);
    expect(stderr).not.toContain(SECRET);
  }, 30_000);
});
