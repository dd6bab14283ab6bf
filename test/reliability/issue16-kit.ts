// Helpers for the issue-16 tests: the shared scriptable fake Bot API over real HTTP, and `dist/main.js` run as a
// program (the dist/main.js that test/support/build.ts compiled once for the run; a type error fails the run
// there, so this never runs stale code) with its stderr collected as it arrives.
import { spawn, type ChildProcess } from "node:child_process";
import type { UserFromGetMe } from "grammy/types";
import { BOT_INFO } from "../bot/helpers.js";
import { isolatedEnv, MAIN, ROOT } from "../e2e/process.js";
import { startFakeBotApi, type BotApiCall, type BotApiHandler, type FakeBotApi } from "../support/fake-bot-api.js";

/** A token whose id has two digits: only the exact-secret redaction can hide it, not the token shape. */
export const SHORT_ID_TOKEN = "42:AAIssue16TokenForFakeTelegramOnly_xyzabc";

/** What the fake getMe answers (the shared test bot identity). */
export const ME: UserFromGetMe = BOT_INFO;

/** One call as it reached the fake (test/support/fake-bot-api.ts, the one HTTP fake of the suites). */
export type ApiRequest = BotApiCall;

/** What the fake answers: a JSON body (Telegram's envelope), "raw" control over the response, or undefined. */
export type Handler = BotApiHandler;

/** The shared HTTP fake, with its calls also named `requests` (as these tests read them). */
export interface FakeTelegram extends FakeBotApi {
  requests: ApiRequest[];
}

/** Methods not handled by `handler` (it returns undefined) succeed with a plausible result; getMe answers ME. */
export async function fakeTelegram(handler: Handler = () => undefined): Promise<FakeTelegram> {
  const api = await startFakeBotApi(async (call, res) => (await handler(call, res)) ?? (call.method === "getMe" ? { ok: true, result: ME } : undefined));
  return { ...api, requests: api.calls };
}

/** A private-chat text update from user/chat `chat`. */
export function textUpdate(updateId: number, chat: number, text = "Has he used Kafka?"): Record<string, unknown> {
  return {
    update_id: updateId,
    message: { message_id: updateId, date: 1_700_000_000, chat: { id: chat, type: "private", first_name: "U" }, from: { id: chat, is_bot: false, first_name: "U" }, text },
  };
}

export interface Running {
  child: ChildProcess;
  stderr(): string;
  /** The JSON log lines so far. */
  logs(): Record<string, unknown>[];
  exited: Promise<number | null>;
  /** Waits until a log line with this msg appears. */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
}

/** The built main (dist/main.js) as a program, with an isolated environment plus `vars`. */
export function runMain(vars: Record<string, string>): Running {
  const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: isolatedEnv(vars, vars.LOG_LEVEL ?? "debug"), stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code, signal) => done(code ?? (signal ? -1 : null))));
  const logs = () =>
    stderr
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return {
    child,
    stderr: () => stderr,
    logs,
    exited,
    async waitForLog(msg, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = logs().find((l) => l.msg === msg);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no "${msg}" log line within ${timeoutMs} ms; stderr:\n${stderr}`);
        await sleep(20);
      }
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export async function until(test: () => boolean, timeoutMs = 15_000, what = "condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`${what} not met within ${timeoutMs} ms`);
    await sleep(10);
  }
}

export interface UpdateQueue {
  /** Serves getUpdates as Telegram does: forgets ids below `offset`, returns up to `limit` of the rest. */
  getUpdates(payload: Record<string, unknown>): Promise<unknown>;
  /** Everything below this was confirmed (Telegram forgot it). */
  confirmedBelow(): number;
  /** Updates still held (never confirmed). */
  remaining(): number;
}

export function updateQueue(updates: Record<string, unknown>[]): UpdateQueue {
  let pending = [...updates];
  let confirmed = 0;
  return {
    async getUpdates(payload) {
      const offset = Number(payload.offset ?? 0);
      if (offset > confirmed) confirmed = offset;
      pending = pending.filter((u) => Number(u.update_id) >= offset);
      const batch = pending.slice(0, Math.max(1, Math.min(100, Number(payload.limit ?? 100))));
      if (!batch.length) await sleep(50);
      return { ok: true, result: batch };
    },
    confirmedBelow: () => confirmed,
    remaining: () => pending.length,
  };
}
