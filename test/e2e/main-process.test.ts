// `node dist/main.js` as a user runs it (npm start = build + this), against the Bot API emulator: it
// answers, and it exits 0 soon after SIGTERM. Also: the start-up failures print one clear message.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TelegramServer } from "telegram-test-api/lib/telegramServer.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { botMessageWhere, botReplies, callbackButtons, E2E_TOKEN, replyText, startEmulator } from "./emulator.js";

const ROOT = resolve(import.meta.dirname, "../..");
const MAIN = join(ROOT, "dist/main.js");
const TOKEN = E2E_TOKEN.replace("987654321", "987654322"); // its own token: the emulator keeps chats per token

let server: TelegramServer;

/** An environment with nothing inherited that could change the outcome (.env values, a real token). */
function env(vars: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    BOT_TOKEN: "",
    BOT_MODE: "",
    WEBHOOK_URL: "",
    WEBHOOK_SECRET: "",
    PORT: "",
    TELEGRAM_API_ROOT: "",
    KNOWLEDGE_DIR: join(ROOT, "knowledge"),
    LOG_LEVEL: "info",
    ...vars,
  };
}

function runToExit(vars: Record<string, string>, cwd = ROOT): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [MAIN], { cwd, env: env(vars), timeout: 15_000 }, (error, stdout, stderr) => {
      resolvePromise({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  // Build exactly what `npm start` runs. Other people's work in progress may make tsc report errors while
  // still emitting; what matters here is that dist/main.js exists and is fresh.
  await new Promise<void>((done) => execFile("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT }, () => done()));
  expect(existsSync(MAIN)).toBe(true);
  server = await startEmulator();
}, 120_000);

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
      const stoppedAt = Date.now();
      child.kill("SIGTERM");
      const code = await exited;
      expect(code).toBe(0);
      expect(Date.now() - stoppedAt).toBeLessThan(5000);
    }
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
