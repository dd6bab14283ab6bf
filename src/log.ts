// A tiny structured logger: one JSON object per line on stderr, with secrets (the bot token, the webhook
// secret, anything shaped like a bot token) redacted from every line, because grammY and fetch errors can
// carry request URLs, and those contain the token.
//
// Personal data: the logs say what happened, not what anyone wrote. Questions are logged as intent, found,
// length and chat type; commands by name only when they are ours ("(other)" otherwise); buttons by action
// type; inline queries by length. No message text, names or usernames at any level. User and chat ids
// appear only where the owner has to act on one person: flood control ("user throttled") and updates that
// could not be answered ("update not answered", with the failed calls). test/reliability/logs.test.ts
// holds this.

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Exact strings never to print (the token, the webhook secret). */
  secrets?: ReadonlyArray<string | undefined>;
  /** Where lines go; stderr by default so stdout stays free for tools. */
  write?: (line: string) => void;
  now?: () => Date;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
export const LOG_LEVELS = Object.keys(RANK) as LogLevel[];

/** Telegram bot tokens look like 123456:AA…; hide any such thing even if it is not our token. */
const TOKEN_SHAPE = /\d{3,}:[A-Za-z0-9_-]{30,}/g;

export function redact(text: string, secrets: ReadonlyArray<string | undefined> = []): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 4) out = out.split(secret).join("<redacted>");
  return out.replace(TOKEN_SHAPE, "<redacted-token>");
}

/**
 * Redacts every string or buffer written to `stream`: grammY's own DEBUG=grammy* output and anything else
 * that bypasses the logger goes through it too, so the token cannot reach the terminal that way.
 */
export function redactWrites(stream: NodeJS.WritableStream, secrets: ReadonlyArray<string | undefined>): void {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const redacting = (chunk: unknown, ...rest: unknown[]): boolean => {
    if (typeof chunk === "string") return write(redact(chunk, secrets), ...rest);
    if (Buffer.isBuffer(chunk)) return write(redact(chunk.toString("utf8"), secrets), ...rest);
    return write(chunk, ...rest);
  };
  stream.write = redacting as typeof stream.write;
}

/** Errors become {name, message} (and the cause's message): stack traces are for debug level only. */
export function errorFields(error: unknown, withStack = false): LogFields {
  if (!(error instanceof Error)) return { error: String(error) };
  const fields: LogFields = { error: error.message, errorName: error.name };
  const cause = (error as { error?: unknown; cause?: unknown }).error ?? error.cause;
  if (cause instanceof Error) fields.cause = cause.message;
  if (withStack && error.stack) fields.stack = error.stack;
  return fields;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? "info"];
  const write = options.write ?? ((line: string) => process.stderr.write(line + "\n"));
  const now = options.now ?? (() => new Date());
  const secrets = options.secrets ?? [];
  const withStack = threshold <= RANK.debug;
  const log = (level: Exclude<LogLevel, "silent">) => (msg: string, fields: LogFields = {}) => {
    if (RANK[level] < threshold) return;
    const expanded: LogFields = {};
    for (const [key, value] of Object.entries(fields)) {
      if (value instanceof Error) Object.assign(expanded, errorFields(value, withStack));
      else expanded[key] = value;
    }
    let line: string;
    try {
      line = JSON.stringify({ time: now().toISOString(), level, msg, ...expanded });
    } catch {
      line = JSON.stringify({ time: now().toISOString(), level, msg, note: "fields were not serialisable" });
    }
    write(redact(line, secrets));
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}
