import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../src/store/memory.js";

describe("MemoryStore", () => {
  it("expires keys after their ttl", async () => {
    let now = 1_000;
    const store = new MemoryStore({ now: () => now });
    await store.set("a", { x: 1 }, 100);
    expect(await store.get("a")).toEqual({ x: 1 });
    now += 100;
    expect(await store.get("a")).toBeUndefined();
  });

  it("setIfAbsent stores once", async () => {
    const store = new MemoryStore();
    expect(await store.setIfAbsent("upd:1", 1, 60_000)).toBe(true);
    expect(await store.setIfAbsent("upd:1", 1, 60_000)).toBe(false);
  });

  it("stays bounded with many distinct keys", async () => {
    const store = new MemoryStore({ maxKeys: 1_000 });
    for (let i = 0; i < 50_000; i++) await store.set(`conv:${i}`, i, 1_800_000);
    expect(store.size).toBeLessThanOrEqual(1_000);
    expect(await store.get("conv:49999")).toBe(49_999);
  });

  it("sweeps expired keys as new ones are written", async () => {
    let now = 0;
    const store = new MemoryStore({ now: () => now });
    for (let i = 0; i < 100; i++) await store.set(`k${i}`, i, 10);
    now = 1_000;
    for (let i = 0; i < 100; i++) await store.set(`n${i}`, i, 10_000);
    expect(store.size).toBe(100);
  });

  it("token bucket: burst, then one notice, then quiet drops; refills with time", async () => {
    let now = 0;
    const store = new MemoryStore({ now: () => now });
    const rule = { burst: 3, perMinute: 60, noticeEveryMs: 60_000 };
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push(await store.takeToken("flood:7", rule, now));
    expect(verdicts).toEqual(["allow", "allow", "allow", "notice", "drop", "drop"]);
    now += 1_000; // one token per second
    expect(await store.takeToken("flood:7", rule, now)).toBe("allow");
    expect(await store.takeToken("flood:8", rule, now)).toBe("allow");
  });
});

describe("MemoryStore values off the heap (value-slots.ts)", () => {
  it("gives back each kind of value as stored: text (any script), numbers, booleans, objects", async () => {
    const store = new MemoryStore();
    await store.set("t", "Привет, «Workato» — 🚀", 60_000);
    await store.set("n", 2.5, 60_000);
    await store.set("b", false, 60_000);
    await store.set("o", { type: "ask", text: "x" }, 60_000);
    expect(await store.get("t")).toBe("Привет, «Workato» — 🚀");
    expect(await store.get("n")).toBe(2.5);
    expect(await store.get("b")).toBe(false);
    expect(await store.get("o")).toEqual({ type: "ask", text: "x" });
    await store.delete("t");
    expect(await store.get("t")).toBeUndefined();
  });

  it("keeps every live text intact while rewrites compact and grow the bytes", async () => {
    const store = new MemoryStore();
    const text = (i: number, round: number) => `{"chat":${i},"round":${round},"pad":"${"é".repeat(i % 50)}"}`;
    // 2,000 keys rewritten 30 times: 60,000 writes, most of them garbage the arena must reclaim.
    for (let round = 0; round < 30; round++) for (let i = 0; i < 2_000; i++) await store.set(`conv:${i}`, text(i, round), 60_000);
    for (let i = 0; i < 2_000; i += 97) expect(await store.get(`conv:${i}`)).toBe(text(i, 29));
    expect(store.size).toBe(2_000);
  });

  it("a key rewritten as another kind of value holds only the new one", async () => {
    const store = new MemoryStore();
    await store.set("k", "text", 60_000);
    await store.set("k", 7, 60_000);
    expect(await store.get("k")).toBe(7);
    await store.takeToken("k", { burst: 2, perMinute: 60, noticeEveryMs: 1_000 }, 0);
    expect(await store.takeToken("k", { burst: 2, perMinute: 60, noticeEveryMs: 1_000 }, 0)).toBe("allow");
    expect(await store.takeToken("k", { burst: 2, perMinute: 60, noticeEveryMs: 1_000 }, 0)).toBe("notice");
  });
});
