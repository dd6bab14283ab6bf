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
