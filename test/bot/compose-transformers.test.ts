// composeTransformers must behave exactly as installing the same transformers one by one: grammY copies each
// installed transformer onto every update's Api, so createBot installs its five as one (see api-transformers.ts).
import { Api, type Transformer } from "grammy";
import { describe, expect, it } from "vitest";
import { composeTransformers } from "../../src/bot/api-transformers.js";
import { createBot } from "../../src/bot/create-bot.js";
import { fakeEngine, TOKEN } from "./helpers.js";

/** A transformer that logs "name>" on the way in and "<name" on the way out, and tags the payload. */
function tracer(name: string, log: string[]): Transformer {
  return async (prev, method, payload, signal) => {
    log.push(`${name}>`);
    const result = await prev(method, { ...payload, via: [...((payload as { via?: string[] }).via ?? []), name] } as typeof payload, signal);
    log.push(`<${name}`);
    return result;
  };
}

/** Runs one getMe through an Api configured by `install`; returns the trace and what reached the network. */
async function trace(install: (api: Api, log: string[]) => void): Promise<{ log: string[]; sent: unknown }> {
  const api = new Api(TOKEN);
  const log: string[] = [];
  let sent: unknown;
  api.config.use(async (_prev, _method, payload) => {
    sent = payload;
    return { ok: true, result: true as never };
  });
  install(api, log);
  await api.raw.getMe();
  return { log, sent };
}

describe("composeTransformers", () => {
  it("runs the transformers in the order api.config.use(...list) would, the last outermost", async () => {
    const separately = await trace((api, log) => api.config.use(tracer("a", log), tracer("b", log), tracer("c", log)));
    const composed = await trace((api, log) => api.config.use(composeTransformers([tracer("a", log), tracer("b", log), tracer("c", log)])));
    expect(separately.log).toEqual(["c>", "b>", "a>", "<a", "<b", "<c"]);
    expect(composed).toEqual(separately);
    expect(composed.sent).toEqual({ via: ["c", "b", "a"] });
  });

  it("lets a transformer answer without calling the ones inside it", async () => {
    const log: string[] = [];
    const shortCircuit: Transformer = async () => ({ ok: true, result: "cached" as never });
    const api = new Api(TOKEN);
    api.config.use(composeTransformers([tracer("inner", log), shortCircuit]));
    await expect(api.raw.getMe()).resolves.toBe("cached");
    expect(log).toEqual([]);
  });

  it("createBot installs its resilience layer as one transformer", () => {
    const bot = createBot({ token: TOKEN, engine: fakeEngine(), botInfo: { id: 1, is_bot: true, first_name: "B", username: "b_bot" } as never });
    expect(bot.api.config.installedTransformers()).toHaveLength(1);
  });
});
