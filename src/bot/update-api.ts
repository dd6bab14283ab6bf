// Each update's own Api, without a new grammY ApiClient per update.
//
// grammY's Bot.handleUpdate gives every update a fresh `Api` (so a middleware can install transformers for
// that update alone: the ledger watches each update's calls this way). Each fresh Api builds an ApiClient
// whose constructor does `this.call = async (…) => {…}`, and V8's parser pretenures a function literal
// assigned to a property: that closure is born in the old generation, so until the next full collection
// it keeps its young context alive — the client, its options, its transformer chain. Every update thus
// left ~1.5 KB that survived two young collections, and that survival is what made V8 double the young
// generation (issue 10: peak RSS; measured with --trace-gc-nvp, see README "Performance").
//
// An UpdateApi is a view of the bot's own Api instead: grammY's methods (inherited through the prototype)
// call `this.raw`, which runs the update's transformers, then the bot's Api (its transformers, the
// network). Per-update transformers see raw responses ({ ok, … }) as with grammY's own per-update Api.
import { Api, Bot, BotError, Context, GrammyError, type Composer, type Middleware, type Transformer } from "grammy";
import type { ApiResponse, Update } from "grammy/types";
import { leanBranch, leanUse } from "./lean-composer.js";

type RawCall = (method: string, payload: Record<string, unknown>, signal?: AbortSignal) => Promise<ApiResponse<unknown>>;

/** The bot's Api as a raw call: its result as `{ ok: true, result }`, its refusal (a GrammyError) as `{ ok: false, … }`. */
function rawCallOf(base: Api): RawCall {
  const raw = base.raw as unknown as Record<string, (payload: unknown, signal?: AbortSignal) => Promise<unknown>>;
  return async (method, payload, signal) => {
    try {
      return { ok: true, result: await raw[method]!(payload, signal) };
    } catch (e) {
      if (!(e instanceof GrammyError)) throw e;
      return { ok: false, error_code: e.error_code, description: e.description, parameters: e.parameters };
    }
  };
}

/** A view of `base` for one update: its own transformers (`config.use`), then everything `base` does. */
export function updateApi(base: Api): Api {
  const own: Transformer[] = [];
  let call = rawCallOf(base);
  const raw = new Proxy(
    {},
    {
      get: (_, method) => {
        if (typeof method !== "string" || method === "then") return undefined;
        if (method === "toJSON") return "__internal";
        return async (payload?: Record<string, unknown>, signal?: AbortSignal) => {
          const p = payload ?? {};
          const data = await call(method, p, signal);
          if (data.ok) return data.result;
          throw new GrammyError(`Call to '${method}' failed!`, data, method, p);
        };
      },
    },
  );
  const config = {
    use: (...transformers: Transformer[]) => {
      for (const transformer of transformers) {
        const inner = call;
        call = (method, payload, signal) => (transformer as unknown as (prev: RawCall, ...args: Parameters<RawCall>) => ReturnType<RawCall>)(inner, method, payload, signal);
      }
      own.push(...transformers);
      return config;
    },
    installedTransformers: () => [...base.config.installedTransformers(), ...own],
  };
  // Own properties shadow the bot's `raw` and `config`; `token`, `options` and every method come from `base`.
  return Object.create(base, { raw: { value: raw }, config: { value: config } }) as Api;
}

/**
 * The Bot createBot makes: grammY's, except that each update's Api is an {@link updateApi} view of the
 * bot's, and its middleware steps are lean ones (lean-composer.ts). Webhook replies (answering in the HTTP
 * response) are never enabled here, so the envelope grammY passes along is not needed.
 */
export class ResumeBot extends Bot<Context> {
  override use(...middleware: Middleware<Context>[]): Composer<Context> {
    return leanUse(this, middleware);
  }

  override branch(predicate: (ctx: Context) => boolean | Promise<boolean>, yes: Middleware<Context> | Middleware<Context>[], no: Middleware<Context> | Middleware<Context>[]): Composer<Context> {
    return leanBranch(this, predicate, yes, no);
  }

  override async handleUpdate(update: Update): Promise<void> {
    const ctx = new Context(update, updateApi(this.api), this.botInfo);
    try {
      await this.middleware()(ctx, () => Promise.resolve());
    } catch (err) {
      throw new BotError(err, ctx);
    }
  }
}
