// Runtime configuration: environment variables (and .env) → a typed, validated Config, parsed once by
// main.ts. `parseConfig` is pure so tests can feed it any environment; `loadConfig` is the only place that
// touches .env and process.env, and it runs only when main calls it.
import { lazySchemas } from "./lazy-zod.js";
import { LOG_LEVELS, type LogLevel } from "./log.js";

export type BotMode = "polling" | "webhook";

export interface WebhookConfig {
  /** Public HTTPS address Telegram posts updates to, e.g. https://bot.example.com/telegram. */
  url: string;
  /** The path part of `url`: the local server answers updates there. */
  path: string;
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token, so forged updates are refused. */
  secret: string;
}

export interface Config {
  token: string;
  mode: BotMode;
  webhook?: WebhookConfig;
  port: number;
  apiRoot: string;
  knowledgeDir: string;
  logLevel: LogLevel;
  /** Per-user flood control: a burst, then `perMinute` sustained; perMinute 0 turns it off. */
  rateLimit: { perMinute: number; burst: number };
  /** Minutes of silence after which a chat's conversation is forgotten. */
  conversationIdleMinutes: number;
}

/** Defaults: a recruiter clicking through buttons never meets them; a script sending 100 messages does. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;
export const DEFAULT_RATE_LIMIT_BURST = 10;
/** A recruiter's pause to read an answer is minutes; a new day is a new conversation. */
export const DEFAULT_CONVERSATION_IDLE_MINUTES = 30;

/** A configuration problem: the message names the variable and says what to do; no stack trace needed. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(message);
  }
}

export const TOKEN_PATTERN = /^\d+:[A-Za-z0-9_-]{30,}$/;
/** Telegram's rule for setWebhook's secret_token. */
export const WEBHOOK_SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

export const MISSING_TOKEN_MESSAGE = [
  "BOT_TOKEN is not set.",
  "To run the Telegram bot you need a token: open Telegram, talk to @BotFather, send /newbot, and put the",
  "token it gives you into .env as BOT_TOKEN=... (see .env.example; enable inline mode with /setinline).",
  "To try the answers without Telegram, run: npm run chat",
].join("\n");

const envSchema = lazySchemas((z) => {
  // Empty values (`WEBHOOK_URL=` in .env) mean "not set", as people expect from .env files.
  const optional = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().optional());
  return z.object({
    BOT_TOKEN: optional,
    BOT_MODE: optional,
    WEBHOOK_URL: optional,
    WEBHOOK_SECRET: optional,
    PORT: optional,
    TELEGRAM_API_ROOT: optional,
    KNOWLEDGE_DIR: optional,
    LOG_LEVEL: optional,
    RATE_LIMIT_PER_MINUTE: optional,
    RATE_LIMIT_BURST: optional,
    CONVERSATION_IDLE_MINUTES: optional,
  });
});

export function parseConfig(env: Record<string, string | undefined>): Config {
  const vars = envSchema().parse(env);

  const token = vars.BOT_TOKEN;
  if (!token) throw new ConfigError("BOT_TOKEN", MISSING_TOKEN_MESSAGE);
  // Never echo the value: a near-miss token is still a secret.
  if (!TOKEN_PATTERN.test(token)) {
    throw new ConfigError(
      "BOT_TOKEN",
      "BOT_TOKEN does not look like a bot token (expected digits, a colon, then 30+ letters, digits, _ or -, as @BotFather gives it).",
    );
  }

  const mode = (vars.BOT_MODE ?? "polling").toLowerCase();
  if (mode !== "polling" && mode !== "webhook") {
    throw new ConfigError("BOT_MODE", `BOT_MODE must be "polling" or "webhook" (got "${vars.BOT_MODE}").`);
  }

  const port = parsePort(vars.PORT);
  const apiRoot = parseApiRoot(vars.TELEGRAM_API_ROOT);
  const logLevel = (vars.LOG_LEVEL ?? "info").toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError("LOG_LEVEL", `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")} (got "${vars.LOG_LEVEL}").`);
  }

  const config: Config = {
    token,
    mode,
    port,
    apiRoot,
    knowledgeDir: vars.KNOWLEDGE_DIR ?? "./knowledge",
    logLevel,
    rateLimit: {
      perMinute: parseCount("RATE_LIMIT_PER_MINUTE", vars.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT_PER_MINUTE, 0),
      burst: parseCount("RATE_LIMIT_BURST", vars.RATE_LIMIT_BURST, DEFAULT_RATE_LIMIT_BURST, 1),
    },
    conversationIdleMinutes: parseCount("CONVERSATION_IDLE_MINUTES", vars.CONVERSATION_IDLE_MINUTES, DEFAULT_CONVERSATION_IDLE_MINUTES, 1),
  };
  if (mode === "webhook") config.webhook = parseWebhook(vars.WEBHOOK_URL, vars.WEBHOOK_SECRET);
  return config;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError("PORT", `PORT must be a whole number from 1 to 65535 (got "${value}").`);
  }
  return port;
}

function parseCount(variable: string, value: string | undefined, dflt: number, min: number): number {
  if (value === undefined) return dflt;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > 100_000) {
    throw new ConfigError(variable, `${variable} must be a whole number from ${min} to 100000 (got "${value}").`);
  }
  return n;
}

function parseApiRoot(value: string | undefined): string {
  if (value === undefined) return "https://api.telegram.org";
  const url = tryUrl(value);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) {
    throw new ConfigError("TELEGRAM_API_ROOT", `TELEGRAM_API_ROOT must be an http(s) URL such as https://api.telegram.org (got "${value}").`);
  }
  // grammY refuses a trailing slash.
  return value.replace(/\/+$/, "");
}

function parseWebhook(urlValue: string | undefined, secret: string | undefined): WebhookConfig {
  if (!urlValue) {
    throw new ConfigError("WEBHOOK_URL", "WEBHOOK_URL is required when BOT_MODE=webhook: the public https:// address Telegram should post updates to.");
  }
  const url = tryUrl(urlValue);
  if (!url || url.protocol !== "https:") {
    throw new ConfigError("WEBHOOK_URL", `WEBHOOK_URL must be an https:// URL (Telegram delivers webhooks over HTTPS only; got "${urlValue}").`);
  }
  if (!secret) {
    throw new ConfigError("WEBHOOK_SECRET", "WEBHOOK_SECRET is required when BOT_MODE=webhook (1-256 characters: A-Z a-z 0-9 _ -), so only Telegram can post updates.");
  }
  if (!WEBHOOK_SECRET_PATTERN.test(secret)) {
    throw new ConfigError("WEBHOOK_SECRET", "WEBHOOK_SECRET must be 1-256 characters of A-Z a-z 0-9 _ - (Telegram's rule).");
  }
  return { url: url.toString(), path: url.pathname || "/", secret };
}

function tryUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/** Reads .env (if any) into process.env without overriding what is already set, then parses. main only. */
export async function loadConfig(): Promise<Config> {
  const dotenv = await import("dotenv");
  dotenv.config({ quiet: true });
  return parseConfig(process.env);
}
