// The one fake Telegram of the test suites: a grammY API transformer that answers every Bot API call the
// way Telegram would (no network), records each attempt, and spoils the calls a test scripts — a 4xx/5xx
// answer, a 429 with retry_after, a reset connection or a request that never gets an answer.
// test/bot/helpers.ts installs it outermost (the bot's own retries never see it: one call, one attempt);
// test/reliability/kit.ts installs it closest to the network (createBot's apiTransformers), so auto-retry,
// the network retries, the per-call timeout and the HTML fallback run exactly as in production.
import { HttpError, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";

/** A token of the right shape that no Telegram knows. */
export const TOKEN = "123456789:AAFakeTokenForTestsOnly_abcdefghijklmnop";

/** getMe's answer, so bots made in tests never call it. */
export const BOT_INFO: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: "Résumé",
  username: "resume_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** One call as it reached the fake Telegram. */
export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

/** What a scripted call meets instead of a good answer. */
export type Fault =
  | { kind: "429"; retryAfter: number }
  | { kind: "http"; code: number; description: string }
  | { kind: "reset" }
  | { kind: "timeout" };

/** One attempt (retries are attempts too), what the fake did with it, and when (ms since it was made). */
export interface Attempt extends ApiCall {
  outcome: "ok" | Fault["kind"] | `http ${number}`;
  at: number;
}

/** The fake Telegram: install `transformer` on a bot, then script faults and read what was called. */
export interface FakeTelegram {
  transformer: Transformer;
  /** Every attempt that reached the fake, in order. */
  attempts: Attempt[];
  /** The same attempts as bare method and payload (comparable between runs: no times). */
  calls: ApiCall[];
  /** The next `times` calls of `method` (Infinity: all of them) meet `fault`, after faults already queued. */
  inject(method: string, fault: Fault, times?: number): void;
  /** Forgets the faults still queued for `method`. */
  clear(method: string): void;
  /** Successful attempts of one method. */
  delivered(method: string): Attempt[];
}

export interface FakeTelegramOptions {
  /** Delay of every successful call, to keep updates in flight. */
  latencyMs?: number;
}

let messageIds = 50_000;

/** A fresh message_id, shared by the fake's answers and the update builders so ids never collide. */
export function nextMessageId(): number {
  return messageIds++;
}

/** Makes a fake Telegram; nothing is scripted until `inject` is called. */
export function fakeTelegram(options: FakeTelegramOptions = {}): FakeTelegram {
  const attempts: Attempt[] = [];
  const calls: ApiCall[] = [];
  const faults = new Map<string, { fault: Fault; left: number }[]>();
  const t0 = performance.now();
  const nextFault = (method: string): Fault | undefined => {
    const queue = faults.get(method);
    const head = queue?.[0];
    if (!head) return undefined;
    if (--head.left <= 0) queue.shift();
    return head.fault;
  };

  const transformer: Transformer = async (_prev, method, payload, signal) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    const fault = nextFault(method);
    calls.push({ method, payload: p });
    const record = (outcome: Attempt["outcome"]) => attempts.push({ method, payload: p, outcome, at: performance.now() - t0 });
    if (!fault) {
      if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
      record("ok");
      return { ok: true, result: fakeResult(method, p) } as never;
    }
    record(fault.kind === "http" ? `http ${fault.code}` : fault.kind);
    return (await spoil(fault, method, signal)) as never;
  };

  return {
    transformer,
    attempts,
    calls,
    inject(method, fault, times = 1) {
      if (times <= 0) return;
      faults.set(method, [...(faults.get(method) ?? []), { fault, left: times }]);
    },
    clear(method) {
      faults.delete(method);
    },
    delivered(method) {
      return attempts.filter((a) => a.method === method && a.outcome === "ok");
    },
  };
}

/** Telegram's error answer for a fault, or the network error a client would throw. */
async function spoil(fault: Fault, method: string, signal: Parameters<Transformer>[3]): Promise<unknown> {
  switch (fault.kind) {
    case "429":
      return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${fault.retryAfter}`, parameters: { retry_after: fault.retryAfter } };
    case "http":
      return { ok: false, error_code: fault.code, description: fault.description };
    case "reset": {
      const cause = Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" });
      throw new HttpError(`Network request for '${method}' failed!`, cause);
    }
    case "timeout":
      // Like a server that never answers: only the per-call timeout ends it, as grammY's client would.
      await new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        signal?.addEventListener("abort", () => resolve());
      });
      throw new HttpError(`Network request for '${method}' failed!`, new Error("The operation was aborted due to timeout"));
  }
}

/** What Telegram returns for a successful call of `method`. */
export function fakeResult(method: string, p: Record<string, unknown>): unknown {
  const base = { message_id: nextMessageId(), date: 1_700_000_000, chat: { id: Number(p.chat_id ?? 1), type: "private", first_name: "U" } };
  switch (method) {
    case "sendMessage":
    case "editMessageText":
      return { ...base, text: p.text };
    case "sendPhoto":
      return { ...base, photo: [{ file_id: "photo-small", file_unique_id: "s", width: 90, height: 60 }, { file_id: "photo-file-id", file_unique_id: "p", width: 1200, height: 800 }] };
    case "sendDocument":
      return { ...base, document: { file_id: "doc-file-id", file_unique_id: "d" } };
    case "getUpdates":
      return [];
    default:
      return true;
  }
}
