// The update ledger: every update that reaches the bot is counted once, and ends in exactly one of
//   answered  at least one call to Telegram for it succeeded (a reply, an edit, a callback or inline answer;
//             a benign refusal such as "message is not modified" counts as done)
//   skipped   deliberately not answered: not for us (group chatter, a command for another bot, our own
//             inline results, channels, edits in groups), throttled by flood control, a redelivered duplicate
//   failed    we tried and every call failed even after the retries (e.g. the user blocked the bot); logged
// so that in = answered + skipped + failed + inFlight always holds, and nothing is lost silently.
// The ledger is the first middleware; it watches the update's own API calls with a per-update transformer
// (grammY gives each update its own Api object carrying the bot's transformers), outermost, so it sees
// each call's final outcome after auto-retry.
import { GrammyError, type Context, type MiddlewareFn, type Transformer } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../log.js";
import { isBenignRefusal } from "./api-transformers.js";

export type SkipReason = "not-for-us" | "throttled" | "duplicate";

export interface LedgerCounts {
  in: number;
  answered: number;
  skipped: number;
  failed: number;
  inFlight: number;
  /** Skipped, by reason. */
  skippedBy: Record<SkipReason, number>;
  /** Answered, but some call (a media upload, a chat action) failed on the way: the user still got an answer. */
  partial: number;
  /** Handlers that threw (caught by the error boundary; the user got an apology). */
  handlerErrors: number;
  /** The highest update_id seen: polling confirms offset = this + 1 when it stops. */
  lastUpdateId: number | undefined;
}

interface Track {
  ok: number;
  failures: string[];
  skip?: SkipReason;
  forbidden: boolean;
  /** Telegram refused the token: TokenHealth reports that once, so no error per update. */
  unauthorized?: boolean;
}

export class UpdateLedger {
  private readonly counts: LedgerCounts = {
    in: 0,
    answered: 0,
    skipped: 0,
    failed: 0,
    inFlight: 0,
    skippedBy: { "not-for-us": 0, throttled: 0, duplicate: 0 },
    partial: 0,
    handlerErrors: 0,
    lastUpdateId: undefined,
  };
  private readonly tracks = new WeakMap<Update, Track>();
  private readonly running = new Set<number>();
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly logger: Logger) {}

  /** Install first: counts the update in, and its outcome when every middleware is done with it. */
  middleware(): MiddlewareFn<Context> {
    return async (ctx, next) => {
      const track: Track = { ok: 0, failures: [], forbidden: false };
      this.enter(ctx.update);
      this.tracks.set(ctx.update, track);
      ctx.api.config.use(watchCalls(track));
      let thrown: unknown;
      try {
        await next();
      } catch (e) {
        thrown = e;
        throw e;
      } finally {
        this.settle(ctx, track, thrown);
      }
    };
  }

  /** Marks the current update as deliberately not answered (a notice sent for it does not count). */
  skip(ctx: Context, reason: SkipReason): void {
    const track = this.tracks.get(ctx.update);
    if (track) track.skip = reason;
  }

  handlerFailed(): void {
    this.counts.handlerErrors++;
  }

  /** An update refused before it reached the bot (a webhook redelivery already handled). */
  recordDuplicate(update: Pick<Update, "update_id">): void {
    this.counts.in++;
    this.counts.skipped++;
    this.counts.skippedBy.duplicate++;
    this.logger.debug("duplicate update ignored", { updateId: update.update_id });
  }

  /** The update_ids being handled right now, oldest first (logged when a stop abandons them). */
  inFlightIds(): number[] {
    return [...this.running];
  }

  snapshot(): LedgerCounts {
    return { ...this.counts, skippedBy: { ...this.counts.skippedBy } };
  }

  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  idle(timeoutMs = 10_000): Promise<boolean> {
    if (this.counts.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.idleWaiters = this.idleWaiters.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs);
      timer.unref();
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.idleWaiters.push(done);
    });
  }

  private enter(update: Update): void {
    this.counts.in++;
    this.counts.inFlight++;
    this.running.add(update.update_id);
    if (this.counts.lastUpdateId === undefined || update.update_id > this.counts.lastUpdateId) this.counts.lastUpdateId = update.update_id;
  }

  private settle(ctx: Context, track: Track, thrown: unknown): void {
    // Deleted now, not left to the WeakMap: an entry lives until V8's next full collection otherwise.
    this.tracks.delete(ctx.update);
    this.counts.inFlight--;
    this.running.delete(ctx.update.update_id);
    if (track.skip) {
      this.counts.skipped++;
      this.counts.skippedBy[track.skip]++;
    } else if (track.ok > 0) {
      this.counts.answered++;
      if (track.failures.length) this.counts.partial++;
    } else if (track.failures.length || thrown !== undefined) {
      this.counts.failed++;
      const fields = {
        updateId: ctx.update.update_id,
        type: updateType(ctx.update),
        chatId: ctx.chat?.id,
        calls: track.failures,
        ...(thrown !== undefined ? { e: thrown } : {}),
      };
      // A user who blocked the bot is their choice, not our fault: a warning, not an error.
      if (track.unauthorized) this.logger.debug("update not answered: Telegram refuses the token", fields);
      else if (track.forbidden) this.logger.warn("update not answered: the user cannot be reached", fields);
      else this.logger.error("update not answered", fields);
    } else {
      this.counts.skipped++;
      this.counts.skippedBy["not-for-us"]++;
    }
    if (this.counts.inFlight === 0 && this.idleWaiters.length) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }
}

export function updateType(update: Update): string | undefined {
  return Object.keys(update).find((k) => k !== "update_id");
}

function watchCalls(track: Track): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (result.ok || isBenignRefusal(method, result.error_code, result.description)) track.ok++;
      else {
        track.failures.push(`${method}: ${result.error_code}`);
        if (result.error_code === 403) track.forbidden = true;
        if (result.error_code === 401) track.unauthorized = true;
      }
      return result;
    } catch (e) {
      // Thrown (rather than returned) failures: the network, or a rethrown GrammyError.
      if (e instanceof GrammyError && isBenignRefusal(method, e.error_code, e.description)) track.ok++;
      else track.failures.push(`${method}: ${e instanceof GrammyError ? e.error_code : "network"}`);
      if (e instanceof GrammyError && e.error_code === 401) track.unauthorized = true;
      throw e;
    }
  };
}
