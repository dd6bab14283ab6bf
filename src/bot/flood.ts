// Flood control: a token bucket per user. Each user may send `burst` messages (or button presses) at once,
// refilled at `perMinute`; beyond that, updates are DROPPED (not queued: a queue would only grow and answer
// stale questions late). The first dropped update gets one polite notice; further ones are dropped quietly,
// with at most one notice per user per `noticeEveryMs`. Dropped button presses still get their spinner
// stopped (every callback query is answered). Other users have their own buckets and are not slowed.
// Inline queries are not limited: Telegram debounces them and caches our results.
// Memory is bounded: at most `maxUsers` buckets; full (idle) buckets are forgotten first.
import { Composer, type Context } from "grammy";
import type { Logger } from "../log.js";
import type { UpdateLedger } from "./ledger.js";

export const SLOW_DOWN_NOTICE = "You are sending messages faster than I can read them. Please wait a few seconds, then ask again.";
export const SLOW_DOWN_BUTTON_NOTICE = "Too many presses. Please wait a few seconds.";

export interface RateLimitOptions {
  /** Sustained messages per minute per user; 0 turns flood control off. */
  perMinute: number;
  /** Messages a user may send at once before the limit applies. */
  burst: number;
  noticeEveryMs?: number;
  maxUsers?: number;
  /** Milliseconds; tests pass a fake clock. */
  now?: () => number;
}

export const DEFAULT_RATE_LIMIT = { perMinute: 30, burst: 10 } as const;

export type Verdict = "allow" | "notice" | "drop";

interface Bucket {
  tokens: number;
  at: number;
  noticeAt: number | undefined;
}

export interface FloodStats {
  allowed: number;
  throttled: number;
  notices: number;
  users: number;
}

export class FloodControl {
  private readonly buckets = new Map<number, Bucket>();
  private readonly stats = { allowed: 0, throttled: 0, notices: 0 };
  private readonly perMs: number;
  private readonly noticeEveryMs: number;
  private readonly maxUsers: number;
  private readonly now: () => number;

  constructor(private readonly options: RateLimitOptions) {
    this.perMs = options.perMinute / 60_000;
    this.noticeEveryMs = options.noticeEveryMs ?? 60_000;
    this.maxUsers = options.maxUsers ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.perMinute > 0 && this.options.burst > 0;
  }

  take(user: number): Verdict {
    if (!this.enabled) return "allow";
    const now = this.now();
    let bucket = this.buckets.get(user);
    if (!bucket) {
      this.makeRoom(now);
      bucket = { tokens: this.options.burst, at: now, noticeAt: undefined };
      this.buckets.set(user, bucket);
    } else {
      bucket.tokens = Math.min(this.options.burst, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
      bucket.at = now;
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.stats.allowed++;
      return "allow";
    }
    this.stats.throttled++;
    if (bucket.noticeAt === undefined || now - bucket.noticeAt >= this.noticeEveryMs) {
      bucket.noticeAt = now;
      this.stats.notices++;
      return "notice";
    }
    return "drop";
  }

  snapshot(): FloodStats {
    return { ...this.stats, users: this.buckets.size };
  }

  /**
   * Forgets users whose bucket has refilled (they lose nothing), then the least recently added, down to 90%
   * of `maxUsers`, so the sweep runs once per many new users, not on each.
   */
  private makeRoom(now: number): void {
    if (this.buckets.size < this.maxUsers) return;
    for (const [user, b] of this.buckets) {
      const full = b.tokens + (now - b.at) * this.perMs >= this.options.burst;
      if (full && (b.noticeAt === undefined || now - b.noticeAt >= this.noticeEveryMs)) this.buckets.delete(user);
    }
    const target = Math.floor(this.maxUsers * 0.9);
    for (const user of this.buckets.keys()) {
      if (this.buckets.size <= target) break;
      this.buckets.delete(user);
    }
  }
}

/** The middleware: after the group filter (chatter never costs a token), before any feature. */
export function floodControl(limiter: FloodControl, ledger: UpdateLedger, logger: Logger): Composer<Context> {
  const composer = new Composer<Context>();
  composer.on(["message", "edited_message", "callback_query"], async (ctx, next) => {
    const user = ctx.from?.id;
    const verdict = user === undefined ? "allow" : limiter.take(user);
    if (verdict === "allow") return next();
    ledger.skip(ctx, "throttled");
    if (verdict === "notice") logger.info("flood control: user throttled", { user, chatId: ctx.chat?.id });
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery(verdict === "notice" ? { text: SLOW_DOWN_BUTTON_NOTICE } : undefined).catch((e: unknown) => logger.debug("answerCallbackQuery failed", { e }));
      return;
    }
    if (verdict === "notice" && ctx.chat) {
      const quote = ctx.chat.type === "private" || !ctx.msg ? {} : { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } };
      await ctx.reply(SLOW_DOWN_NOTICE, quote).catch((e: unknown) => logger.warn("could not send the slow-down notice", { e }));
    }
  });
  return composer;
}
