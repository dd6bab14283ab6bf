// Flood control: one user sending 100 messages in a second gets one polite notice and is throttled (excess
// dropped); another user at the same time is answered at once. Time is a fake clock.
import { describe, expect, it } from "vitest";
import { FloodControl, SLOW_DOWN_BUTTON_NOTICE, SLOW_DOWN_NOTICE } from "../../src/bot/flood.js";
import { ConfigError, parseConfig } from "../../src/config.js";
import { MemoryStore } from "../../src/store/memory.js";
import { callback, GROUP_CHAT, TOKEN, text } from "../bot/helpers.js";
import { balanced, createKit } from "./kit.js";

const FLOODER = { id: 66, is_bot: false, first_name: "Flo" };
const FLOODER_CHAT = { id: 66, type: "private" as const, first_name: "Flo" };
const CALM = { id: 77, is_bot: false, first_name: "Cal" };
const CALM_CHAT = { id: 77, type: "private" as const, first_name: "Cal" };

describe("flood control", () => {
  it("100 messages in one second from one user: 10 answered, 1 notice, 90 dropped; another user unaffected", async () => {
    let now = 1_000_000;
    // Telegram takes 20 ms per call: the flooder's 11 replies queue up in their chat (one chat is handled
    // in order); the calm user's reply must not wait behind them.
    const k = createKit({ rateLimit: { perMinute: 30, burst: 10, now: () => now }, latencyMs: 20 });
    const flood: Promise<void>[] = [];
    const t0 = performance.now();
    for (let i = 0; i < 100; i++) {
      now += 10; // 100 messages over one second
      flood.push(k.send(text(`spam ${i}`, { chat: FLOODER_CHAT as never, from: FLOODER })));
    }
    await k.send(text("a calm question", { chat: CALM_CHAT as never, from: CALM }));
    const calmLatencyMs = performance.now() - t0;
    await Promise.all(flood);
    const floodMs = performance.now() - t0;

    const toFlooder = k.delivered("sendMessage").filter((a) => a.payload.chat_id === FLOODER.id).map((a) => a.payload.text);
    expect(toFlooder.filter((t) => t === SLOW_DOWN_NOTICE)).toHaveLength(1);
    expect(toFlooder.filter((t) => t !== SLOW_DOWN_NOTICE)).toEqual(Array.from({ length: 10 }, (_, i) => `You said: spam ${i}`));
    expect(k.delivered("sendMessage").filter((a) => a.payload.chat_id === CALM.id).map((a) => a.payload.text)).toEqual(["You said: a calm question"]);

    const ledger = k.ledger.snapshot();
    expect(ledger).toMatchObject({ in: 101, answered: 11, skipped: 90, failed: 0 });
    expect(ledger.skippedBy.throttled).toBe(90);
    expect(balanced(ledger)).toBe(true);
    expect(k.flood.snapshot()).toMatchObject({ allowed: 11, throttled: 90, notices: 1 });
    expect(floodMs).toBeGreaterThanOrEqual(11 * 20);
    // The calm user did not queue behind the flooder: their reply went out before the flooder's last one
    // (an order, not a time, so a loaded machine cannot make it flake).
    const sent = k.delivered("sendMessage");
    const calmAt = sent.findIndex((a) => a.payload.chat_id === CALM.id);
    const lastFlooderAt = sent.findLastIndex((a) => a.payload.chat_id === FLOODER.id);
    expect(calmAt).toBeGreaterThanOrEqual(0);
    expect(calmAt).toBeLessThan(lastFlooderAt);
    console.log(`flood: 100 in from one user → 10 answered, 90 throttled (1 notice), their replies done after ${floodMs.toFixed(0)} ms; other user answered in ${calmLatencyMs.toFixed(0)} ms`);
  });

  it("the bucket refills: after a pause the user is answered again; one notice per minute at most", async () => {
    let now = 0;
    const f = new FloodControl({ perMinute: 30, burst: 10, now: () => now });
    const verdicts = async () => {
      const out = [];
      for (let i = 0; i < 12; i++) out.push(await f.take(1));
      return out;
    };
    expect(await verdicts()).toEqual([...Array(10).fill("allow"), "notice", "drop"]);
    now += 2_000; // 30/min = one every 2 s
    expect(await f.take(1)).toBe("allow");
    expect(await f.take(1)).toBe("drop"); // still within the minute of the first notice
    now += 60_000;
    expect(await verdicts()).toEqual([...Array(10).fill("allow"), "notice", "drop"]);
    expect(await f.take(2)).toBe("allow"); // someone else
  });

  it("throttled button presses are still answered (spinner stopped), once each", async () => {
    let now = 0;
    const k = createKit({ rateLimit: { perMinute: 30, burst: 2, now: () => now } });
    for (let i = 0; i < 5; i++) await k.send({ callback_query: { ...callback("j:acme").callback_query!, id: `press-${i}` } });
    const answers = k.delivered("answerCallbackQuery");
    expect(answers).toHaveLength(5);
    expect(new Set(answers.map((a) => a.payload.callback_query_id)).size).toBe(5);
    expect(answers.filter((a) => a.payload.text === SLOW_DOWN_BUTTON_NOTICE)).toHaveLength(1);
    expect(k.delivered("editMessageText")).toHaveLength(2);
  });

  it("group chatter not addressed to the bot costs nothing; the notice in a group quotes the message", async () => {
    const k = createKit({ rateLimit: { perMinute: 1, burst: 1, now: () => 0 } });
    for (let i = 0; i < 20; i++) await k.send(text(`chatter ${i}`, { chat: GROUP_CHAT }));
    await k.send(text("/skills", { chat: GROUP_CHAT }));
    await k.send(text("/skills", { chat: GROUP_CHAT }));
    const sent = k.delivered("sendMessage");
    expect(sent.map((a) => a.payload.text)).toEqual(["You said: /skills", SLOW_DOWN_NOTICE]);
    expect(sent[1]!.payload.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
  });

  it("buckets live in the store (flood:<user>), so memory is bounded by the store", async () => {
    const store = new MemoryStore({ maxKeys: 100 });
    const f = new FloodControl({ perMinute: 30, burst: 10, now: () => 0 }, store);
    for (let u = 0; u < 10_000; u++) await f.take(u);
    expect(store.size).toBeLessThanOrEqual(100);
    expect(await store.get("flood:9999")).toMatchObject({ tokens: 9 });
  });

  it("RATE_LIMIT_PER_MINUTE / RATE_LIMIT_BURST: defaults, 0 turns it off, nonsense is named", async () => {
    expect(parseConfig({ BOT_TOKEN: TOKEN }).rateLimit).toEqual({ perMinute: 30, burst: 10 });
    expect(parseConfig({ BOT_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: "0" }).rateLimit.perMinute).toBe(0);
    expect(await new FloodControl({ perMinute: 0, burst: 10 }).take(1)).toBe("allow");
    expect(parseConfig({ BOT_TOKEN: TOKEN, RATE_LIMIT_PER_MINUTE: "120", RATE_LIMIT_BURST: "3" }).rateLimit).toEqual({ perMinute: 120, burst: 3 });
    for (const [name, value] of [["RATE_LIMIT_PER_MINUTE", "fast"], ["RATE_LIMIT_BURST", "0"], ["RATE_LIMIT_BURST", "-1"], ["RATE_LIMIT_PER_MINUTE", "1.5"]] as const) {
      expect(() => parseConfig({ BOT_TOKEN: TOKEN, [name]: value })).toThrow(ConfigError);
      try {
        parseConfig({ BOT_TOKEN: TOKEN, [name]: value });
      } catch (e) {
        expect((e as ConfigError).variable).toBe(name);
      }
    }
  });
});
