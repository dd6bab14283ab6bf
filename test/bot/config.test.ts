import { describe, expect, it } from "vitest";
import { ConfigError, MISSING_TOKEN_MESSAGE, parseConfig } from "../../src/config.js";

const TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmnop";

function configError(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  it("has defaults for everything but the token", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN })).toEqual({
      token: TOKEN,
      mode: "polling",
      port: 8080,
      apiRoot: "https://api.telegram.org",
      knowledgeDir: "./knowledge",
      knowledgeCacheDir: expect.stringMatching(/resume-bot$/),
      logLevel: "info",
      rateLimit: { perMinute: 30, burst: 10 },
      pollingMaxInFlight: 32,
      startupTimeoutMs: 30_000,
      owner: { ids: [], notify: "unanswered", dataDir: "./data", retentionDays: 90 },
      conversationIdleMinutes: 30,
    });
  });

  it("reads STARTUP_TIMEOUT_MS in milliseconds and names it when it is not a positive whole number", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, STARTUP_TIMEOUT_MS: "250" }).startupTimeoutMs).toBe(250);
    for (const bad of ["0", "-5", "1.5", "soon", "600001"]) {
      const e = configError({ BOT_TOKEN: TOKEN, STARTUP_TIMEOUT_MS: bad });
      expect(e.variable).toBe("STARTUP_TIMEOUT_MS");
      expect(e.message).toContain(`STARTUP_TIMEOUT_MS must be a whole number from 1 to 600000 (got "${bad}")`);
    }
  });

  it("reads CONVERSATION_IDLE_MINUTES and names it when it is wrong", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, CONVERSATION_IDLE_MINUTES: "5" }).conversationIdleMinutes).toBe(5);
    expect(() => parseConfig({ BOT_TOKEN: TOKEN, CONVERSATION_IDLE_MINUTES: "0" })).toThrow(/CONVERSATION_IDLE_MINUTES/);
  });

  it("treats empty values as unset, like .env files mean them", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "", PORT: " ", WEBHOOK_URL: "" }).mode).toBe("polling");
  });

  it("explains how to get a token when BOT_TOKEN is missing, and points at npm run chat", () => {
    const e = configError({});
    expect(e.variable).toBe("BOT_TOKEN");
    expect(e.message).toBe(MISSING_TOKEN_MESSAGE);
    expect(e.message).toContain("@BotFather");
    expect(e.message).toContain("npm run chat");
  });

  it("refuses a malformed token without echoing it", () => {
    const e = configError({ BOT_TOKEN: "12345:short-secret-value" });
    expect(e.variable).toBe("BOT_TOKEN");
    expect(e.message).not.toContain("short-secret-value");
  });

  it("reads webhook mode with URL, path and secret", () => {
    const c = parseConfig({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/tg/hook", WEBHOOK_SECRET: "s3cr3t_-X", PORT: "3000" });
    expect(c.mode).toBe("webhook");
    expect(c.port).toBe(3000);
    expect(c.webhook).toEqual({ url: "https://bot.example.com/tg/hook", path: "/tg/hook", secret: "s3cr3t_-X" });
  });

  it.each([
    [{ BOT_MODE: "carrier-pigeon" }, "BOT_MODE"],
    [{ BOT_MODE: "webhook", WEBHOOK_SECRET: "abc" }, "WEBHOOK_URL"],
    [{ BOT_MODE: "webhook", WEBHOOK_URL: "http://insecure.example.com/hook", WEBHOOK_SECRET: "abc" }, "WEBHOOK_URL"],
    [{ BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/hook" }, "WEBHOOK_SECRET"],
    [{ BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/hook", WEBHOOK_SECRET: "has spaces!" }, "WEBHOOK_SECRET"],
    [{ BOT_MODE: "webhook", WEBHOOK_URL: "https://bot.example.com/hook", WEBHOOK_SECRET: "x".repeat(257) }, "WEBHOOK_SECRET"],
    [{ PORT: "0" }, "PORT"],
    [{ PORT: "65536" }, "PORT"],
    [{ PORT: "80a" }, "PORT"],
    [{ TELEGRAM_API_ROOT: "ftp://example.com" }, "TELEGRAM_API_ROOT"],
    [{ TELEGRAM_API_ROOT: "not a url" }, "TELEGRAM_API_ROOT"],
    [{ LOG_LEVEL: "chatty" }, "LOG_LEVEL"],
  ])("names the variable at fault: %o → %s", (env, variable) => {
    const e = configError({ BOT_TOKEN: TOKEN, ...env });
    expect(e.variable).toBe(variable);
    expect(e.message).toContain(variable);
    expect(e.message).not.toContain(TOKEN);
  });

  it("accepts a 256-character secret, strips a trailing slash from the API root, reads levels case-insensitively", () => {
    const c = parseConfig({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "WEBHOOK",
      WEBHOOK_URL: "https://bot.example.com",
      WEBHOOK_SECRET: "x".repeat(256),
      TELEGRAM_API_ROOT: "http://127.0.0.1:9000/",
      LOG_LEVEL: "DEBUG",
      KNOWLEDGE_DIR: "/data/cv",
    });
    expect(c.webhook?.path).toBe("/");
    expect(c.apiRoot).toBe("http://127.0.0.1:9000");
    expect(c.logLevel).toBe("debug");
    expect(c.knowledgeDir).toBe("/data/cv");
  });

  it("ignores webhook variables in polling mode", () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN, WEBHOOK_URL: "nonsense" }).webhook).toBeUndefined();
  });
});
