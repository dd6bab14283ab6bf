import { describe, expect, it } from "vitest";
import type { InlineItem } from "../../src/engine.js";
import { createTestBot, fakeEngine, inlineQuery, textMessage } from "./helpers.js";

const item = (id: string, extra: Partial<InlineItem> = {}): InlineItem => ({
  id,
  title: `Title ${id}`,
  description: `About ${id}`,
  message: { lines: [[{ text: `${id} <&>`, style: "bold" }]] },
  ...extra,
});

describe("inline mode", () => {
  it("answers a query with article results carrying the answer as HTML", async () => {
    const engine = fakeEngine({ inline: (q) => [item(`${q}-1`), item(`${q}-2`)] });
    const t = createTestBot({ engine });
    await t.send(inlineQuery("  rust "));
    expect(engine.inlineQueries).toEqual(["rust"]);
    const [call] = t.sent("answerInlineQuery");
    expect(call?.payload).toMatchObject({ cache_time: 300, is_personal: false });
    expect(call?.payload.results).toEqual([
      {
        type: "article",
        id: "rust-1",
        title: "Title rust-1",
        description: "About rust-1",
        input_message_content: { message_text: "<b>rust-1 &lt;&amp;&gt;</b>", parse_mode: "HTML" },
      },
      expect.objectContaining({ id: "rust-2" }),
    ]);
  });

  it("an empty query asks the engine for its default cards", async () => {
    const engine = fakeEngine({ inline: () => [item("card"), item("current"), item("contacts")] });
    const t = createTestBot({ engine });
    await t.send(inlineQuery(""));
    expect(engine.inlineQueries).toEqual([""]);
    expect((t.sent("answerInlineQuery")[0]?.payload.results as unknown[]).length).toBe(3);
  });

  it("never returns more than 10 results, drops empty and duplicate ones, keeps ids within 64 bytes", async () => {
    const many = Array.from({ length: 15 }, (_, i) => item(`r${i}`));
    many[1] = item("r0");
    many[2] = { ...item("empty"), message: textMessage("") };
    many[3] = item("x".repeat(100));
    const t = createTestBot({ engine: fakeEngine({ inline: () => many }) });
    await t.send(inlineQuery("go"));
    const results = t.sent("answerInlineQuery")[0]?.payload.results as { id: string }[];
    expect(results.length).toBeLessThanOrEqual(10);
    const ids = results.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain("empty");
    for (const id of ids) expect(Buffer.byteLength(id)).toBeLessThanOrEqual(64);
  });

  it("keeps only URL buttons on inline results and disables previews when asked", async () => {
    const engine = fakeEngine({
      inline: () => [
        item("contacts", {
          message: {
            ...textMessage("Contacts"),
            disablePreview: true,
            buttons: [[{ text: "GitHub", url: "https://github.com/x" }, { text: "More", action: { type: "section", name: "contacts" } }]],
          },
        }),
      ],
    });
    const t = createTestBot({ engine });
    await t.send(inlineQuery(""));
    const [result] = t.sent("answerInlineQuery")[0]?.payload.results as Record<string, unknown>[];
    expect(result?.reply_markup).toEqual({ inline_keyboard: [[{ text: "GitHub", url: "https://github.com/x" }]] });
    expect(result?.input_message_content).toMatchObject({ link_preview_options: { is_disabled: true } });
  });

  it("a failing answerInlineQuery (query too old) is logged, not fatal", async () => {
    const t = createTestBot({ engine: fakeEngine({ inline: () => [item("a")] }) });
    t.fail("answerInlineQuery", { error_code: 400, description: "Bad Request: query is too old" });
    await t.send(inlineQuery("a"));
    expect(t.logs.some((l) => l.level === "error" && l.msg === "handler failed")).toBe(true);
    expect(t.sent("sendMessage")).toHaveLength(0);
  });
});
