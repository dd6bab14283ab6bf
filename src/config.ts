// Runtime configuration: environment variables (and .env) → a typed, validated Config, parsed once by
// main.ts. `parseConfig` is pure so tests can feed it any environment; `loadConfig` is the only place that
// touches .env and process.env, and it runs only when main calls it.
import { cacheDirFromEnv } from "./knowledge/cache.js";
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
  /** Where validated knowledge is cached between starts (DATA_DIR/cache, else the OS cache folder); null when RESUME_BOT_CACHE=off. */
  knowledgeCacheDir: string | null;
  logLevel: LogLevel;
  /** Per-user flood control: a burst, then `perMinute` sustained; perMinute 0 turns it off. */
  rateLimit: { perMinute: number; burst: number };
  /** Long polling: updates fetched and not yet handled at most (what a crash can lose). */
  pollingMaxInFlight: number;
  /** How long start-up may wait for Telegram (getMe) before it gives up with a clear message. */
  startupTimeoutMs: number;
  /** Shared state for several replicas (REDIS_URL); absent, the embedded store serves one process. */
  redis?: RedisConfig;
  /** The candidate's loop (issue 12): owner ids (empty: owner features off), what to relay, where the log lives. */
  owner: OwnerConfig;
  /** Minutes of silence after which a chat's conversation is forgotten. */
  conversationIdleMinutes: number;
}

/** Where the shared store lives; `prefix` goes before every key, so several bots can share one Redis. */
export interface RedisConfig {
  url: string;
  prefix: string;
  /** Longest wait for one Redis command before the reply is served from memory (REDIS_COMMAND_TIMEOUT_MS). */
  commandTimeoutMs: number;
}

/** OWNER_ID, OWNER_NOTIFY, DATA_DIR, LOG_RETENTION_DAYS. */
export interface OwnerConfig {
  ids: number[];
  notify: "all" | "unanswered" | "off";
  dataDir: string;
  retentionDays: number;
}
/** A reply waits at most this long for Redis by default (the fallback answers from memory after it). */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 150;

/** Defaults: a recruiter clicking through buttons never meets them; a script sending 100 messages does. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 30;
export const DEFAULT_RATE_LIMIT_BURST = 10;
/** Enough for Telegram's ~30 messages/s with replies taking a second; a crash loses at most this many. */
export const DEFAULT_POLLING_MAX_IN_FLIGHT = 32;
/** grammY retries getMe forever on network errors; at start-up a wrong address should fail instead. */
export const DEFAULT_STARTUP_TIMEOUT_MS = 30_000;
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

/** Shorter webhook secrets are refused (Telegram accepts 1 character). */
export const MIN_WEBHOOK_SECRET_LENGTH = 8;

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
    POLLING_MAX_IN_FLIGHT: optional,
    STARTUP_TIMEOUT_MS: optional,
    REDIS_URL: optional,
    REDIS_PREFIX: optional,
    OWNER_ID: optional,
    OWNER_NOTIFY: optional,
    DATA_DIR: optional,
    LOG_RETENTION_DAYS: optional,
    REDIS_COMMAND_TIMEOUT_MS: optional,
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
    knowledgeCacheDir: cacheDirFromEnv(env),
    logLevel,
    rateLimit: {
      perMinute: parseCount("RATE_LIMIT_PER_MINUTE", vars.RATE_LIMIT_PER_MINUTE, DEFAULT_RATE_LIMIT_PER_MINUTE, 0),
      burst: parseCount("RATE_LIMIT_BURST", vars.RATE_LIMIT_BURST, DEFAULT_RATE_LIMIT_BURST, 1),
    },
    pollingMaxInFlight: parseCount("POLLING_MAX_IN_FLIGHT", vars.POLLING_MAX_IN_FLIGHT, DEFAULT_POLLING_MAX_IN_FLIGHT, 1),
    startupTimeoutMs: parseCount("STARTUP_TIMEOUT_MS", vars.STARTUP_TIMEOUT_MS, DEFAULT_STARTUP_TIMEOUT_MS, 1, 600_000),
    owner: parseOwner(vars),
    conversationIdleMinutes: parseCount("CONVERSATION_IDLE_MINUTES", vars.CONVERSATION_IDLE_MINUTES, DEFAULT_CONVERSATION_IDLE_MINUTES, 1),
  };
  if (mode === "webhook") config.webhook = parseWebhook(vars.WEBHOOK_URL, vars.WEBHOOK_SECRET);
  if (vars.REDIS_URL) {
    const commandTimeoutMs = parseCount("REDIS_COMMAND_TIMEOUT_MS", vars.REDIS_COMMAND_TIMEOUT_MS, DEFAULT_REDIS_COMMAND_TIMEOUT_MS, 10);
    config.redis = { ...parseRedis(vars.REDIS_URL, vars.REDIS_PREFIX, token), commandTimeoutMs };
  }
  return config;
}

function parseOwner(vars: Record<string, string | undefined>): OwnerConfig {
  const ids = (vars.OWNER_ID ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  for (const id of ids) {
    if (!/^\d{1,15}$/.test(id)) throw new ConfigError("OWNER_ID", `OWNER_ID must be Telegram user ids (digits), comma-separated (got "${id}"). Ask @userinfobot for yours.`);
  }
  const notify = (vars.OWNER_NOTIFY ?? "unanswered").toLowerCase();
  if (notify !== "all" && notify !== "unanswered" && notify !== "off") {
    throw new ConfigError("OWNER_NOTIFY", `OWNER_NOTIFY must be "all", "unanswered" or "off" (got "${vars.OWNER_NOTIFY}").`);
  }
  return {
    ids: ids.map(Number),
    notify,
    dataDir: vars.DATA_DIR ?? "./data",
    retentionDays: parseCount("LOG_RETENTION_DAYS", vars.LOG_RETENTION_DAYS, 90, 1),
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080;
  const port = Number(value);
  if (!/^\d+$/.test(value) || !Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError("PORT", `PORT must be a whole number from 1 to 65535 (got "${value}").`);
  }
  return port;
}

function parseCount(variable: string, value: string | undefined, dflt: number, min: number, max = 100_000): number {
  if (value === undefined) return dflt;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw new ConfigError(variable, `${variable} must be a whole number from ${min} to ${max} (got "${value}").`);
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
  // A very short secret is easy to guess, and it cannot be redacted from logs without mangling every line.
  if (secret.length < MIN_WEBHOOK_SECRET_LENGTH) {
    throw new ConfigError("WEBHOOK_SECRET", `WEBHOOK_SECRET must be at least ${MIN_WEBHOOK_SECRET_LENGTH} characters (of A-Z a-z 0-9 _ -), so it cannot be guessed.`);
  }
  return { url: url.toString(), path: url.pathname || "/", secret };
}

function parseRedis(urlValue: string, prefix: string | undefined, token: string): Omit<RedisConfig, "commandTimeoutMs"> {
  const url = tryUrl(urlValue);
  // The value may hold a password: never echoed.
  if (!url || (url.protocol !== "redis:" && url.protocol !== "rediss:") || !url.hostname) {
    throw new ConfigError("REDIS_URL", "REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379/0.");
  }
  if (prefix !== undefined && !/^[\w.:-]{1,64}$/.test(prefix)) {
    throw new ConfigError("REDIS_PREFIX", `REDIS_PREFIX must be 1-64 characters of A-Z a-z 0-9 _ . : - (got "${prefix}").`);
  }
  // The bot id (the token's part before the colon) is public; the rest of the token is not used.
  return { url: urlValue, prefix: prefix ?? `resume-bot:${token.split(":")[0]}:` };
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
