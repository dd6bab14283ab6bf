import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Action } from "../../src/answer/types.js";
import { byteLength, CallbackCodec, truncateUtf8 } from "../../src/bot/callback-data.js";
import { MemoryStore } from "../../src/store/memory.js";

describe("callback data", () => {
  it("encodes actions compactly and decodes them back", async () => {
    const codec = new CallbackCodec();
    const cases: [Action, string][] = [
      [{ type: "job", id: "scylladb" }, "j:scylladb"],
      [{ type: "experience" }, "x"],
      [{ type: "section", name: "skills" }, "s:skills"],
      [{ type: "skill", name: "Rust" }, "k:Rust"],
      [{ type: "ask", text: "what about Go?" }, "a:what about Go?"],
      [{ type: "media", kind: "timeline" }, "m:timeline"],
    ];
    for (const [action, data] of cases) {
      expect(codec.encode(action)).toBe(data);
      expect(await codec.decode(data)).toEqual(action);
    }
  });

  it("cuts a long question at a UTF-8 boundary within 64 bytes", async () => {
    const codec = new CallbackCodec();
    const data = codec.encode({ type: "ask", text: "Расскажи про опыт работы с распределёнными базами данных" });
    expect(byteLength(data)).toBeLessThanOrEqual(64);
    expect(data).not.toContain("\uFFFD");
    expect(await codec.decode(data)).toEqual({ type: "ask", text: data.slice(2) });
  });

  it("maps a too-long job id or skill through the store (cb:<hash>), readable by another codec on that store", async () => {
    const store = new MemoryStore();
    const codec = new CallbackCodec(store);
    const job: Action = { type: "job", id: "a-very-long-job-identifier-that-goes-on-and-on-and-on-forever-2021" };
    const data = codec.encode(job);
    expect(data).toMatch(/^h:/);
    expect(byteLength(data)).toBeLessThanOrEqual(64);
    expect(await codec.decode(data)).toEqual(job);
    expect(await store.get(`cb:${data.slice(2)}`)).toEqual(job);
    // Another replica on the same store reads it; a restarted bot with its own memory has forgotten it: stale.
    expect(await new CallbackCodec(store).decode(data)).toEqual(job);
    expect(await new CallbackCodec().decode(data)).toBeUndefined();
  });

  it("rejects forged or foreign data", async () => {
    const codec = new CallbackCodec();
    for (const data of ["", "zzz", "j:", "j:Not An Id", "s:secrets", "m:video", "q:1", "h:nope", "xx", "j:../etc"]) {
      expect(await codec.decode(data)).toBeUndefined();
    }
  });

  it("truncateUtf8 never splits a character", () => {
    expect(truncateUtf8("aé🙂", 1)).toBe("a");
    expect(truncateUtf8("aé🙂", 3)).toBe("aé");
    expect(truncateUtf8("aé🙂", 6)).toBe("aé");
    expect(truncateUtf8("aé🙂", 7)).toBe("aé🙂");
  });

  it("property: every encoded action fits 64 bytes and decodes to an action", async () => {
    const codec = new CallbackCodec();
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,120}$/).map((id) => ({ type: "job" as const, id })),
      fc.string({ maxLength: 120 }).filter((s) => s.length > 0).map((name) => ({ type: "skill" as const, name })),
      fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }).map((text) => ({ type: "ask" as const, text })),
    );
    await fc.assert(
      fc.asyncProperty(action, async (a) => {
        const data = codec.encode(a);
        expect(byteLength(data)).toBeLessThanOrEqual(64);
        const back = await codec.decode(data);
        if (a.type === "ask") expect(back).toEqual({ type: "ask", text: data.slice(2) });
        else expect(back).toEqual(a);
      }),
    );
  });
});
