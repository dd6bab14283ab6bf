// Flood control: a token bucket per user. Each user may send `burst` messages (or button presses) at once,
// refilled at `perMinute`; beyond that, updates are DROPPED (not queued: a queue would only grow and answer
// stale questions late). The first dropped update gets one polite notice; further ones are dropped quietly,
// with at most one notice per user per `noticeEveryMs`. Dropped button presses still get their spinner
// stopped (every callback query is answered). Other users have their own buckets and are not slowed.
// Inline queries are not limited: Telegram debounces them and caches our results.
// The buckets live in the store (flood:<user>, expiring once refilled), so replicas share one limit per user.
import { LeanComposer } from "./lean-composer.js";
import { Composer, type Context } from "grammy";
import type { Logger } from "../log.js";
import { MemoryStore } from "../store/memory.js";
import type { BucketRule, BucketVerdict, Store } from "../store/types.js";
import { en } from "../words/en/index.js";
import type { LanguageChoice } from "./language.js";
import type { UpdateLedger } from "./ledger.js";

/** The notices in English (tests compare with them); each user gets them in their language (src/words). */
export const SLOW_DOWN_NOTICE = en.slowDown;
export const SLOW_DOWN_BUTTON_NOTICE = en.slowDownButton;

export interface RateLimitOptions {
  /** Sustained messages per minute per user; 0 turns flood control off. */
  perMinute: number;
  /** Messages a user may send at once before the limit applies. */
  burst: number;
  noticeEveryMs?: number;
  /** Milliseconds; tests pass a fake clock. */
  now?: () => number;
}

export const DEFAULT_RATE_LIMIT = { perMinute: 30, burst: 10 } as const;

export type Verdict = BucketVerdict;

/** What this process decided (the buckets themselves live in the store, shared by replicas). */
export interface FloodStats {
  allowed: number;
  throttled: number;
  notices: number;
}

/** Per-user token buckets in the store (key `flood:<user>`), taken atomically, so replicas share one limit. */
export class FloodControl {
  private readonly stats = { allowed: 0, throttled: 0, notices: 0 };
  private readonly rule: BucketRule;
  private readonly now: () => number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly store: Store = new MemoryStore(),
  ) {
    this.rule = { burst: options.burst, perMinute: options.perMinute, noticeEveryMs: options.noticeEveryMs ?? 60_000 };
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.options.perMinute > 0 && this.options.burst > 0;
  }

  async take(user: number): Promise<Verdict> {
    if (!this.enabled) return "allow";
    const verdict = await this.store.takeToken(`flood:${user}`, this.rule, this.now());
    if (verdict === "allow") this.stats.allowed++;
    else this.stats.throttled++;
    if (verdict === "notice") this.stats.notices++;
    return verdict;
  }

  snapshot(): FloodStats {
    return { ...this.stats };
  }
}

/** The middleware: after the group filter (chatter never costs a token), before any feature. */
export function floodControl(limiter: FloodControl, ledger: UpdateLedger, logger: Logger, language?: LanguageChoice): Composer<Context> {
  const composer = new LeanComposer<Context>();
  composer.on(["message", "edited_message", "callback_query"], async (ctx, next) => {
    const user = ctx.from?.id;
    const verdict = user === undefined ? "allow" : await limiter.take(user);
    if (verdict === "allow") return next();
    ledger.skip(ctx, "throttled");
    if (verdict === "notice") logger.info("flood control: user throttled", { user, chatId: ctx.chat?.id });
    // Only a notice needs words: a quietly dropped update costs no language look-up.
    const words = verdict === "notice" && language ? await language.words(ctx).catch(() => en) : en;
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery(verdict === "notice" ? { text: words.slowDownButton } : undefined).catch((e: unknown) => logger.debug("answerCallbackQuery failed", { e }));
      return;
    }
    if (verdict === "notice" && ctx.chat) {
      const quote = ctx.chat.type === "private" || !ctx.msg ? {} : { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } };
      await ctx.reply(words.slowDown, quote).catch((e: unknown) => logger.warn("could not send the slow-down notice", { e }));
    }
  });
  return composer;
}
